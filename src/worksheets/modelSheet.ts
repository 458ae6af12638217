/**
 * A company's model sheet: metrics as rows grouped under E / S / G headers, years as columns, each cell a
 * live =ESG.METRIC($B$2,$A7,C$5) that reads the ESG Data table through the custom function.
 *
 * Cells without data stay empty rather than holding =IFERROR(ESG.METRIC(...),""): IFERROR would also hide
 * real errors (#NAME? when the add-in is not loaded, #N/A when a row was deleted from ESG Data), and every
 * populate rebuilds this sheet, so a figure imported later gets its formula then.
 */
import { columnLetter } from "./address";
import { CATEGORY_TITLES, isCategory, type MetricCatalogue, type MetricCategory } from "./metrics";
import { GENERAL_FORMAT, numberFormatForUnit } from "./numberFormats";
import type { DataRow } from "../dataset/types";

/** A1 holds this title; it also tells the writers that a sheet is a model sheet they may rewrite. */
export const MODEL_SHEET_TITLE = "ESG company model";
/** 0-based positions of the fixed cells. */
export const COMPANY_ROW = 1; // B2
export const HEADER_ROW = 4; // row 5: Metric ID | Metric | years… | Unit
export const FIRST_YEAR_COLUMN = 2; // C
const FUNCTION_NAME = "ESG.METRIC";

export type ModelCell =
  | { kind: "blank" }
  | { kind: "value"; value: string | number }
  /** `formula` starts with "="; `result` is the value ESG.METRIC should return, cached for .xlsx readers. */
  | { kind: "formula"; formula: string; result: number };

export interface ModelSheetLayout {
  sheetName: string;
  company: string;
  years: number[];
  /** Rows × columns from A1; every row has the same length. */
  cells: ModelCell[][];
  /** Same shape as `cells`. */
  numberFormats: string[][];
  /** 0-based rows to print bold: the title, the column header and the category headers. */
  boldRows: number[];
  /** Character widths per column. */
  columnWidths: number[];
  /** Rows and columns that stay in view when scrolling (the header block and the metric id/name). */
  frozenRows: number;
  frozenColumns: number;
}

/** `=ESG.METRIC($B$2,$A7,C$5)`: company fixed, metric row and year column relative so the formula copies across the grid. */
export function metricFormula(row: number, column: number): string {
  const year = `${columnLetter(column)}$${HEADER_ROW + 1}`;
  return `=${FUNCTION_NAME}($B$${COMPANY_ROW + 1},$A${row + 1},${year})`;
}

interface MetricLine {
  metricId: string;
  name: string;
  category: MetricCategory | null;
  unit: string;
  valuesByYear: Map<number, number>;
}

/** The company's metrics, with names, categories and units from the catalogue where it knows the id, else from the rows. */
function metricLines(rows: readonly DataRow[], catalogue: MetricCatalogue): MetricLine[] {
  const lines = new Map<string, MetricLine & { unitYear: number }>();
  for (const row of rows) {
    if (row.value === null) continue;
    const known = catalogue.get(row.metricId);
    const line = lines.get(row.metricId) ?? {
      metricId: row.metricId,
      name: known?.name ?? (row.metricName || row.metricId),
      category: known?.category ?? (isCategory(row.category) ? row.category : null),
      unit: row.unit || known?.unit || "",
      unitYear: row.year,
      valuesByYear: new Map<number, number>(),
    };
    line.valuesByYear.set(row.year, row.value);
    // The latest year's unit labels the row (fuels keep whichever unit the report used).
    if (row.year >= line.unitYear && row.unit) {
      line.unit = row.unit;
      line.unitYear = row.year;
    }
    lines.set(row.metricId, line);
  }
  return [...lines.values()].sort(
    (a, b) => catalogue.order(a.metricId) - catalogue.order(b.metricId) || a.metricId.localeCompare(b.metricId),
  );
}

const CATEGORY_ORDER: ReadonlyArray<MetricCategory | null> = ["E", "S", "G", null];

/**
 * The layout for one company from its preferred rows (one per year and metric; see preferredRows).
 * Years ascend left to right; metrics follow the catalogue within each category.
 */
export function buildModelSheet(sheetName: string, company: string, rows: readonly DataRow[], catalogue: MetricCatalogue): ModelSheetLayout {
  const lines = metricLines(rows, catalogue);
  const years = [...new Set(lines.flatMap((line) => [...line.valuesByYear.keys()]))].sort((a, b) => a - b);
  const unitColumn = FIRST_YEAR_COLUMN + years.length;
  const width = unitColumn + 1;

  const cells: ModelCell[][] = [];
  const numberFormats: string[][] = [];
  const boldRows: number[] = [];
  const addRow = (values: ReadonlyArray<ModelCell | string | number>, formats: readonly string[] = [], bold = false) => {
    const row: ModelCell[] = Array.from({ length: width }, (_, i) => {
      const cell = values[i];
      if (cell === undefined || cell === "") return { kind: "blank" };
      return typeof cell === "object" ? cell : { kind: "value", value: cell };
    });
    if (bold) boldRows.push(cells.length);
    cells.push(row);
    numberFormats.push(Array.from({ length: width }, (_, i) => formats[i] ?? GENERAL_FORMAT));
  };

  addRow([MODEL_SHEET_TITLE], [], true);
  addRow(["Company", company]);
  addRow(["Values", `Live ${FUNCTION_NAME} formulas over the ESG Data table; units in the Unit column.`]);
  addRow([]);
  const yearFormats = years.map(() => "0");
  addRow(["Metric ID", "Metric", ...years, "Unit"], [GENERAL_FORMAT, GENERAL_FORMAT, ...yearFormats], true);

  for (const category of CATEGORY_ORDER) {
    const inCategory = lines.filter((line) => line.category === category);
    if (inCategory.length === 0) continue;
    addRow([category ?? "", category ? CATEGORY_TITLES[category] : "Other"], [], true);
    for (const line of inCategory) {
      const row = cells.length;
      const format = numberFormatForUnit(line.unit);
      const yearCells = years.map((year, i): ModelCell | "" => {
        const value = line.valuesByYear.get(year);
        return value === undefined ? "" : { kind: "formula", formula: metricFormula(row, FIRST_YEAR_COLUMN + i), result: value };
      });
      addRow([line.metricId, line.name, ...yearCells, line.unit], [GENERAL_FORMAT, GENERAL_FORMAT, ...years.map(() => format)]);
    }
  }

  return {
    sheetName,
    company,
    years,
    cells,
    numberFormats,
    boldRows,
    columnWidths: [24, 44, ...years.map(() => 14), 10],
    frozenRows: HEADER_ROW + 1,
    frozenColumns: FIRST_YEAR_COLUMN,
  };
}

/** What goes into Office.js `range.formulas`: formulas as "=…", constants as themselves, blanks as "". */
export function layoutFormulas(layout: ModelSheetLayout): Array<Array<string | number>> {
  return layout.cells.map((row) =>
    row.map((cell) => (cell.kind === "formula" ? cell.formula : cell.kind === "value" ? cell.value : "")),
  );
}
