/** ESG Sources rows: one per imported document, typed, and their cells in SOURCES_COLUMNS order. */
import { ALIAS_SEPARATOR, SOURCES_COLUMNS, type SourcesColumn } from "../dataset/schema";
import { cellNumber, cellText, type CellValue } from "./dataRows";

export interface SourceRow {
  document: string;
  company: string;
  aliases: string[];
  stockCode: string;
  reportYear: number | null;
  format: string;
  /** ISO 8601. */
  importedAt: string;
  records: number;
  pages: number | null;
}

export function sourceRowToCells(row: SourceRow): Array<string | number> {
  const cells: Record<SourcesColumn, string | number> = {
    Document: row.document,
    Company: row.company,
    Aliases: row.aliases.join(ALIAS_SEPARATOR),
    "Stock code": row.stockCode,
    "Report year": row.reportYear ?? "",
    Format: row.format,
    "Imported at": row.importedAt,
    Records: row.records,
    Pages: row.pages ?? "",
  };
  return SOURCES_COLUMNS.map((column) => cells[column]);
}

/** Aliases typed by hand may use ";" or newlines; commas stay (legal names contain them). */
function splitAliases(cell: string): string[] {
  return cell.split(/[;；\n]/).map((alias) => alias.trim()).filter(Boolean);
}

export function sourceRowsFromValues(values: readonly (readonly CellValue[])[]): SourceRow[] {
  if (values.length === 0) return [];
  const header = values[0].map((cell) => cellText(cell).toLowerCase());
  const at = (row: readonly CellValue[], column: SourcesColumn): CellValue => {
    const index = header.indexOf(column.toLowerCase());
    return index >= 0 ? row[index] : undefined;
  };
  return values.slice(1).map((row) => ({
    document: cellText(at(row, "Document")),
    company: cellText(at(row, "Company")),
    aliases: splitAliases(cellText(at(row, "Aliases"))),
    stockCode: cellText(at(row, "Stock code")),
    reportYear: cellNumber(at(row, "Report year")),
    format: cellText(at(row, "Format")),
    importedAt: cellText(at(row, "Imported at")),
    records: cellNumber(at(row, "Records")) ?? 0,
    pages: cellNumber(at(row, "Pages")),
  }));
}
