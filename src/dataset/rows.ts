/** Table rows ⇄ typed rows (the one row model of ESG Data and ESG Sources). Columns are found by header name, so a user who moves or adds columns does not break the read. */
import type { CompanyInfo, EsgRecord } from "../records/types";
import { ALIAS_SEPARATOR, DATA_COLUMNS, SOURCES_COLUMNS, type DataColumn, type RecordStatus, type SourcesColumn } from "./schema";
import type { Cell, DataRow, DatasetRecord, SourceRow } from "./types";

const STATUSES: ReadonlySet<string> = new Set<RecordStatus>(["extracted", "edited", "confirmed"]);

export type ColumnIndex<C extends string> = Record<C, number>;

/** Where each known column is in `header` (-1 when absent); without a header, the schema's order. */
export function columnIndex<C extends string>(columns: readonly C[], header?: readonly Cell[]): ColumnIndex<C> {
  const index = {} as ColumnIndex<C>;
  const names = header?.map((cell) => String(cell ?? "").trim().toLowerCase());
  columns.forEach((column, position) => {
    index[column] = names ? names.indexOf(column.toLowerCase()) : position;
  });
  return index;
}

/** True when the row looks like the table's header row (its first known column holds its own name). */
export function isHeaderRow(row: readonly Cell[], columns: readonly string[]): boolean {
  return row.some((cell) => typeof cell === "string" && cell.trim().toLowerCase() === columns[0].toLowerCase());
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/** Numbers as Excel gives them, or as text a user typed ("1,234.5", " 12 "). Blank or non-numeric → null. */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const text = cell.normalize("NFKC").replace(/[,\s]/g, "");
  if (!text || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

function pick<C extends string>(row: readonly Cell[], index: ColumnIndex<C>, column: C): Cell {
  const at = index[column];
  return at >= 0 ? row[at] : undefined;
}

/**
 * True when the analyst changed the row: they marked it edited, changed the Value cell away from what
 * the add-in wrote, or typed the row themselves (no Imported value but a Value). The one rule for
 * "did the user edit this row": populate keeps such rows' values, the dataset reads them as "edited".
 */
export function isUserEdited(row: Pick<DataRow, "status" | "value" | "importedValue">): boolean {
  if (row.status === "edited") return true;
  if (row.importedValue === null) return row.value !== null;
  return row.value === null || row.value !== row.importedValue;
}

/**
 * A data row's cells → the row, whatever they hold: a blank or non-numeric Value is null, a blank Year 0,
 * an unknown Status "extracted". Status is as written (see recordFromDataRow for the dataset's reading).
 */
export function dataRowFromCells(row: readonly Cell[], index: ColumnIndex<DataColumn>): DataRow {
  const statusText = cellText(pick(row, index, "Status")).toLowerCase();
  return {
    company: cellText(pick(row, index, "Company")),
    year: cellNumber(pick(row, index, "Year")) ?? 0,
    metricId: cellText(pick(row, index, "Metric ID")),
    metricName: cellText(pick(row, index, "Metric")),
    category: cellText(pick(row, index, "Category")),
    value: cellNumber(pick(row, index, "Value")),
    unit: cellText(pick(row, index, "Unit")),
    reportedValue: cellNumber(pick(row, index, "Reported value")),
    reportedUnit: cellText(pick(row, index, "Reported unit")),
    sourceDocument: cellText(pick(row, index, "Source document")),
    page: cellNumber(pick(row, index, "Page")),
    line: cellNumber(pick(row, index, "Line")),
    evidence: cellText(pick(row, index, "Evidence")),
    confidence: cellNumber(pick(row, index, "Confidence")),
    status: STATUSES.has(statusText) ? (statusText as RecordStatus) : "extracted",
    conflict: cellText(pick(row, index, "Conflict")),
    importedValue: cellNumber(pick(row, index, "Imported value")),
  };
}

/**
 * A data row → the dataset's record, or a reason it cannot be used (blank value, no year, …). A row the
 * analyst edited (isUserEdited) reads as "edited" unless they confirmed it, whatever Status says.
 */
export function recordFromDataRow(row: readonly Cell[], index: ColumnIndex<DataColumn>): DatasetRecord | string {
  const parsed = dataRowFromCells(row, index);
  if (!parsed.company) return "no company";
  if (!parsed.metricId) return "no metric id";
  const year = cellNumber(pick(row, index, "Year"));
  if (year === null || !Number.isInteger(year)) return "no year";
  if (parsed.value === null) return "no numeric value";
  if (parsed.status === "extracted" && isUserEdited(parsed)) parsed.status = "edited";
  return parsed as DatasetRecord;
}

/**
 * The table's values (header row first) → rows, one per body row, in table order, none dropped: the
 * writers put rows back at the same positions. Columns are found by header name.
 */
export function dataRowsFromValues(values: readonly (readonly Cell[])[]): DataRow[] {
  if (values.length === 0) return [];
  const index = columnIndex(DATA_COLUMNS, values[0]);
  return values.slice(1).map((row) => dataRowFromCells(row, index));
}

/** A row → its cells in DATA_COLUMNS order (blank cells are ""). */
export function dataRowToCells(row: DataRow): Array<string | number> {
  const cells: Record<DataColumn, string | number> = {
    Company: row.company,
    Year: row.year,
    "Metric ID": row.metricId,
    Metric: row.metricName,
    Category: row.category,
    Value: row.value ?? "",
    Unit: row.unit,
    "Reported value": row.reportedValue ?? "",
    "Reported unit": row.reportedUnit,
    "Source document": row.sourceDocument,
    Page: row.page ?? "",
    Line: row.line ?? "",
    Evidence: row.evidence,
    Confidence: row.confidence ?? "",
    Status: row.status,
    Conflict: row.conflict,
    "Imported value": row.importedValue ?? "",
  };
  return DATA_COLUMNS.map((column) => cells[column]);
}

/** The dataset's name for dataRowToCells (kept for its callers). */
export const dataRowFromRecord: (record: DataRow) => Array<string | number> = dataRowToCells;

/** Display name for a company: its legal name, else the short name, Chinese name, stock code or first alias, else `fallback`. */
export function companyDisplayName(company: CompanyInfo, fallback = ""): string {
  return company.name ?? company.shortName ?? company.chineseName ?? company.stockCode ?? company.aliases[0] ?? fallback;
}

/** An engine record → dataset record. Metric name and category come from the caller (the catalogue). */
export function recordFromEsgRecord(
  company: string,
  record: EsgRecord & { status?: RecordStatus },
  metricInfo: { name: string; category: string } = { name: "", category: "" },
): DatasetRecord {
  return {
    company,
    year: record.year,
    metricId: record.metric,
    metricName: metricInfo.name,
    category: metricInfo.category,
    value: record.value,
    unit: record.unit,
    reportedValue: record.reported?.value ?? null,
    reportedUnit: record.reported?.unit ?? "",
    sourceDocument: record.source?.document ?? "",
    page: record.source?.page ?? null,
    line: record.source?.line ?? null,
    evidence: record.source?.text ?? "",
    confidence: record.confidence ?? null,
    status: record.status ?? "extracted",
    conflict: record.conflict ? "other candidates disagree" : "",
    importedValue: record.value,
  };
}

/** A Sources row's cells → the row, whatever they hold (blank cells are "" or null). */
export function sourceRowFromCells(row: readonly Cell[], index: ColumnIndex<SourcesColumn>): SourceRow {
  return {
    document: cellText(pick(row, index, "Document")),
    company: cellText(pick(row, index, "Company")),
    aliases: splitAliases(cellText(pick(row, index, "Aliases"))),
    stockCode: cellText(pick(row, index, "Stock code")),
    reportYear: cellNumber(pick(row, index, "Report year")),
    format: cellText(pick(row, index, "Format")),
    importedAt: cellText(pick(row, index, "Imported at")),
    records: cellNumber(pick(row, index, "Records")),
    pages: cellNumber(pick(row, index, "Pages")),
  };
}

/** The dataset's reading of a Sources row: null when it names no company. */
export function sourceFromRow(row: readonly Cell[], index: ColumnIndex<SourcesColumn>): SourceRow | null {
  const source = sourceRowFromCells(row, index);
  return source.company ? source : null;
}

/**
 * The ESG Sources values (header row first) → rows, one per body row, in table order, none dropped (populate
 * writes them back at their positions). Blank cells stay blank: a count nobody wrote is not a zero.
 */
export function sourceRowsFromValues(values: readonly (readonly Cell[])[]): SourceRow[] {
  if (values.length === 0) return [];
  const index = columnIndex(SOURCES_COLUMNS, values[0]);
  return values.slice(1).map((row) => sourceRowFromCells(row, index));
}

/** A Sources row → its cells in SOURCES_COLUMNS order (blank cells are ""). */
export function sourceRowToCells(row: SourceRow): Array<string | number> {
  const cells: Record<SourcesColumn, string | number> = {
    Document: row.document,
    Company: row.company,
    Aliases: row.aliases.join(ALIAS_SEPARATOR),
    "Stock code": row.stockCode,
    "Report year": row.reportYear ?? "",
    Format: row.format,
    "Imported at": row.importedAt,
    Records: row.records ?? "",
    Pages: row.pages ?? "",
  };
  return SOURCES_COLUMNS.map((column) => cells[column]);
}

/** The dataset's name for sourceRowToCells (kept for its callers). */
export const sourceRowFromEntry: (entry: SourceRow) => Array<string | number> = sourceRowToCells;

/** Users type aliases with ";" or "," or newlines; the writer uses ALIAS_SEPARATOR. Commas stay: legal names contain them. */
export function splitAliases(cell: string): string[] {
  return cell
    .split(/[;；\n]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);
}
