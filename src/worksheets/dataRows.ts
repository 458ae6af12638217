/** ESG Data rows, typed, and their cells in DATA_COLUMNS order. Reading goes by header name, so moved columns still read. */
import { DATA_COLUMNS, type DataColumn, type RecordStatus } from "../dataset/schema";
import type { CheckableRow } from "../checks/types";

/** A cell as Office.js and exceljs give it. */
export type CellValue = string | number | boolean | null | undefined;

/** One row of the ESG Data table. */
export interface DataRow extends CheckableRow {
  metricName: string;
  category: string;
  reportedValue: number | null;
  reportedUnit: string;
  page: number | null;
  line: number | null;
  evidence: string;
  confidence: number | null;
}

const STATUSES: ReadonlySet<string> = new Set<RecordStatus>(["extracted", "edited", "confirmed"]);

export function cellText(cell: CellValue): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** Numbers as Excel returns them, or typed as text ("1,234.5"); anything else → null. */
export function cellNumber(cell: CellValue): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const text = cell.normalize("NFKC").replace(/[,\s]/g, "");
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : null;
}

/** Blank cells as "", the way both writers want them. */
function blankIfNull(value: number | null): number | string {
  return value === null ? "" : value;
}

export function dataRowToCells(row: DataRow): Array<string | number> {
  const cells: Record<DataColumn, string | number> = {
    Company: row.company,
    Year: row.year,
    "Metric ID": row.metricId,
    Metric: row.metricName,
    Category: row.category,
    Value: blankIfNull(row.value),
    Unit: row.unit,
    "Reported value": blankIfNull(row.reportedValue),
    "Reported unit": row.reportedUnit,
    "Source document": row.sourceDocument,
    Page: blankIfNull(row.page),
    Line: blankIfNull(row.line),
    Evidence: row.evidence,
    Confidence: blankIfNull(row.confidence),
    Status: row.status,
    Conflict: row.conflict,
    "Imported value": blankIfNull(row.importedValue),
  };
  return DATA_COLUMNS.map((column) => cells[column]);
}

/**
 * The table's values (header row first) → rows, one per body row, in table order, none dropped: the
 * writers put rows back at the same positions. A table without a header we know reads in schema order.
 */
export function dataRowsFromValues(values: readonly (readonly CellValue[])[]): DataRow[] {
  if (values.length === 0) return [];
  const header = values[0].map((cell) => cellText(cell).toLowerCase());
  const position = (column: DataColumn): number => header.indexOf(column.toLowerCase());
  const at = (row: readonly CellValue[], column: DataColumn): CellValue => {
    const index = position(column);
    return index >= 0 ? row[index] : undefined;
  };
  return values.slice(1).map((row) => {
    const status = cellText(at(row, "Status")).toLowerCase();
    return {
      company: cellText(at(row, "Company")),
      year: cellNumber(at(row, "Year")) ?? 0,
      metricId: cellText(at(row, "Metric ID")),
      metricName: cellText(at(row, "Metric")),
      category: cellText(at(row, "Category")),
      value: cellNumber(at(row, "Value")),
      unit: cellText(at(row, "Unit")),
      reportedValue: cellNumber(at(row, "Reported value")),
      reportedUnit: cellText(at(row, "Reported unit")),
      sourceDocument: cellText(at(row, "Source document")),
      page: cellNumber(at(row, "Page")),
      line: cellNumber(at(row, "Line")),
      evidence: cellText(at(row, "Evidence")),
      confidence: cellNumber(at(row, "Confidence")),
      status: STATUSES.has(status) ? (status as RecordStatus) : "extracted",
      conflict: cellText(at(row, "Conflict")),
      importedValue: cellNumber(at(row, "Imported value")),
    };
  });
}

/**
 * True when the analyst changed the row: they marked it edited, changed the Value cell away from what
 * the add-in wrote, or typed the row themselves (no Imported value but a Value).
 */
export function isUserEdited(row: DataRow): boolean {
  if (row.status === "edited") return true;
  if (row.importedValue === null) return row.value !== null;
  return row.value === null || row.value !== row.importedValue;
}
