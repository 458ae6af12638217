/** Header + body cells of the three tables, and their column widths: what both writers put in the cells. */
import type { CheckResult } from "../checks";
import {
  CHECKS_COLUMNS,
  CHECKS_SHEET_NAME,
  CHECKS_TABLE_NAME,
  DATA_COLUMNS,
  DATA_SHEET_NAME,
  DATA_TABLE_NAME,
  SOURCES_COLUMNS,
  SOURCES_SHEET_NAME,
  SOURCES_TABLE_NAME,
  type ChecksColumn,
  type DataColumn,
  type SourcesColumn,
} from "../dataset/schema";
import { dataRowToCells, sourceRowToCells } from "../dataset/rows";
import type { DataRow, SourceRow } from "../dataset/types";

export type TableCell = string | number;

export function dataTableBody(rows: readonly DataRow[]): TableCell[][] {
  return rows.map(dataRowToCells);
}

export function sourcesTableBody(rows: readonly SourceRow[]): TableCell[][] {
  return rows.map(sourceRowToCells);
}

export const NO_ISSUES_CHECK = "No issues found";

/** Check rows in CHECKS_COLUMNS order. A table needs a body row, so no flags is said in one row. */
export function checksTableBody(checks: readonly CheckResult[]): TableCell[][] {
  if (checks.length === 0) return [["", "", "", "", NO_ISSUES_CHECK, "No data-quality issues were found in ESG Data."]];
  return checks.map((check) => {
    const cells: Record<ChecksColumn, TableCell> = {
      Severity: check.severity,
      Company: check.company,
      Year: check.year ?? "",
      "Metric ID": check.metricId,
      Check: check.check,
      Message: check.message,
    };
    return CHECKS_COLUMNS.map((column) => cells[column]);
  });
}

/** Column widths in characters (Excel's unit in files; the Office writer converts to points). */
const DATA_WIDTHS: Record<DataColumn, number> = {
  Company: 28, Year: 7, "Metric ID": 24, Metric: 36, Category: 9, Value: 16, Unit: 9, "Reported value": 15, "Reported unit": 14,
  "Source document": 28, Page: 6, Line: 7, Evidence: 60, Confidence: 11, Status: 10, Conflict: 30, "Imported value": 15,
};
const SOURCES_WIDTHS: Record<SourcesColumn, number> = {
  Document: 32, Company: 28, Aliases: 36, "Stock code": 11, "Report year": 11, Format: 8, "Imported at": 22, Records: 9, Pages: 7,
};
const CHECKS_WIDTHS: Record<ChecksColumn, number> = { Severity: 9, Company: 28, Year: 7, "Metric ID": 24, Check: 32, Message: 100 };

export const DATA_COLUMN_WIDTHS = DATA_COLUMNS.map((column) => DATA_WIDTHS[column]);
export const SOURCES_COLUMN_WIDTHS = SOURCES_COLUMNS.map((column) => SOURCES_WIDTHS[column]);
export const CHECKS_COLUMN_WIDTHS = CHECKS_COLUMNS.map((column) => CHECKS_WIDTHS[column]);

/** 0-based column of ESG Data that is hidden: the analyst does not need it, populate does. */
export const HIDDEN_DATA_COLUMN = DATA_COLUMNS.indexOf("Imported value");

/** One of the three tables as both writers (Office.js and the .xlsx export) put it on its sheet. */
export interface TableSpec {
  sheetName: string;
  tableName: string;
  columns: readonly string[];
  /** Body rows in `columns` order. */
  body: TableCell[][];
  /** Column widths in characters. */
  widths: readonly number[];
  /** 0-based index into `columns` of a column to hide. */
  hiddenColumn?: number;
}

/** ESG Data, ESG Sources and ESG Checks for a workbook's content (a populate plan or the in-memory state). */
export function tableSpecs(content: {
  dataRows: readonly DataRow[];
  sourceRows: readonly SourceRow[];
  checks: readonly CheckResult[];
}): { data: TableSpec; sources: TableSpec; checks: TableSpec } {
  return {
    data: {
      sheetName: DATA_SHEET_NAME,
      tableName: DATA_TABLE_NAME,
      columns: DATA_COLUMNS,
      body: dataTableBody(content.dataRows),
      widths: DATA_COLUMN_WIDTHS,
      hiddenColumn: HIDDEN_DATA_COLUMN,
    },
    sources: {
      sheetName: SOURCES_SHEET_NAME,
      tableName: SOURCES_TABLE_NAME,
      columns: SOURCES_COLUMNS,
      body: sourcesTableBody(content.sourceRows),
      widths: SOURCES_COLUMN_WIDTHS,
    },
    checks: {
      sheetName: CHECKS_SHEET_NAME,
      tableName: CHECKS_TABLE_NAME,
      columns: CHECKS_COLUMNS,
      body: checksTableBody(content.checks),
      widths: CHECKS_COLUMN_WIDTHS,
    },
  };
}
