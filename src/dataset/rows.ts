/** Table rows ⇄ typed records. Columns are found by header name, so a user who moves or adds columns does not break the read. */
import type { CompanyInfo, EsgRecord } from "../records/types";
import { ALIAS_SEPARATOR, DATA_COLUMNS, SOURCES_COLUMNS, type DataColumn, type RecordStatus, type SourcesColumn } from "./schema";
import type { Cell, DatasetRecord, SourceEntry } from "./types";

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

/** A data row → record, or a reason it cannot be used (blank value, no year, …). */
export function recordFromDataRow(row: readonly Cell[], index: ColumnIndex<DataColumn>): DatasetRecord | string {
  const company = cellText(pick(row, index, "Company"));
  const metric = cellText(pick(row, index, "Metric ID"));
  const year = cellNumber(pick(row, index, "Year"));
  const value = cellNumber(pick(row, index, "Value"));
  if (!company) return "no company";
  if (!metric) return "no metric id";
  if (year === null || !Number.isInteger(year)) return "no year";
  if (value === null) return "no numeric value";
  const statusText = cellText(pick(row, index, "Status")).toLowerCase();
  const importedValue = cellNumber(pick(row, index, "Imported value"));
  // A Value that differs from what the import wrote is the analyst's correction, whatever Status says.
  const editedInSheet = importedValue !== null && importedValue !== value;
  const status: RecordStatus = STATUSES.has(statusText) ? (statusText as RecordStatus) : "extracted";
  return {
    company,
    year,
    metric,
    metricName: cellText(pick(row, index, "Metric")),
    category: cellText(pick(row, index, "Category")),
    value,
    unit: cellText(pick(row, index, "Unit")),
    reportedValue: cellNumber(pick(row, index, "Reported value")),
    reportedUnit: cellText(pick(row, index, "Reported unit")),
    document: cellText(pick(row, index, "Source document")),
    page: cellNumber(pick(row, index, "Page")),
    line: cellNumber(pick(row, index, "Line")),
    evidence: cellText(pick(row, index, "Evidence")),
    confidence: cellNumber(pick(row, index, "Confidence")),
    status: editedInSheet && status === "extracted" ? "edited" : status,
    conflict: cellText(pick(row, index, "Conflict")),
    importedValue,
  };
}

/** A record → its row, cells in DATA_COLUMNS order (blank cells are ""). */
export function dataRowFromRecord(record: DatasetRecord): Array<string | number> {
  const cells: Record<DataColumn, string | number> = {
    Company: record.company,
    Year: record.year,
    "Metric ID": record.metric,
    Metric: record.metricName,
    Category: record.category,
    Value: record.value,
    Unit: record.unit,
    "Reported value": record.reportedValue ?? "",
    "Reported unit": record.reportedUnit,
    "Source document": record.document,
    Page: record.page ?? "",
    Line: record.line ?? "",
    Evidence: record.evidence,
    Confidence: record.confidence ?? "",
    Status: record.status,
    Conflict: record.conflict,
    "Imported value": record.importedValue ?? "",
  };
  return DATA_COLUMNS.map((column) => cells[column]);
}

/** Display name for a company: its legal name, else the short name, Chinese name or stock code. */
export function companyDisplayName(company: CompanyInfo): string {
  return company.name ?? company.shortName ?? company.chineseName ?? company.stockCode ?? company.aliases[0] ?? "";
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
    metric: record.metric,
    metricName: metricInfo.name,
    category: metricInfo.category,
    value: record.value,
    unit: record.unit,
    reportedValue: record.reported?.value ?? null,
    reportedUnit: record.reported?.unit ?? "",
    document: record.source?.document ?? "",
    page: record.source?.page ?? null,
    line: record.source?.line ?? null,
    evidence: record.source?.text ?? "",
    confidence: record.confidence ?? null,
    status: record.status ?? "extracted",
    conflict: record.conflict ? "other candidates disagree" : "",
    importedValue: record.value,
  };
}

export function sourceFromRow(row: readonly Cell[], index: ColumnIndex<SourcesColumn>): SourceEntry | null {
  const company = cellText(pick(row, index, "Company"));
  if (!company) return null;
  return {
    document: cellText(pick(row, index, "Document")),
    company,
    aliases: splitAliases(cellText(pick(row, index, "Aliases"))),
    stockCode: cellText(pick(row, index, "Stock code")),
    reportYear: cellNumber(pick(row, index, "Report year")),
    format: cellText(pick(row, index, "Format")),
    importedAt: cellText(pick(row, index, "Imported at")),
    records: cellNumber(pick(row, index, "Records")),
    pages: cellNumber(pick(row, index, "Pages")),
  };
}

export function sourceRowFromEntry(entry: SourceEntry): Array<string | number> {
  const cells: Record<SourcesColumn, string | number> = {
    Document: entry.document,
    Company: entry.company,
    Aliases: entry.aliases.join(ALIAS_SEPARATOR),
    "Stock code": entry.stockCode,
    "Report year": entry.reportYear ?? "",
    Format: entry.format,
    "Imported at": entry.importedAt,
    Records: entry.records ?? "",
    Pages: entry.pages ?? "",
  };
  return SOURCES_COLUMNS.map((column) => cells[column]);
}

/** Users type aliases with ";" or "," or newlines; the writer uses ALIAS_SEPARATOR. Commas stay: legal names contain them. */
export function splitAliases(cell: string): string[] {
  return cell
    .split(/[;；\n]/)
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0);
}
