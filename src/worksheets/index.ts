/**
 * The worksheets: what "populate" writes, computed without Excel, and the .xlsx export for browser mode.
 *
 * Task pane, in Excel: call `populateExcelWorkbook(reports)` from taskpane/excel.
 * Task pane, in a plain browser:
 *   let workbook = createWorkbookState();
 *   const { state, summary } = populateWorkbook(workbook, reports); workbook = state;
 *   const bytes = await workbookToXlsx(workbook);   // offer as XLSX_MIME_TYPE download, e.g. "ESG.xlsx"
 */
import { DEFAULT_CATALOGUE } from "./catalogue";
import type { MetricCatalogue } from "./metrics";
import { buildPopulatePlan, type ExistingWorkbook, type PopulatePlan } from "./plan";
import { populateWorkbookState, type WorkbookState } from "./state";
import type { ImportedReport, PopulateSummary } from "./types";

export type { ImportedReport, PopulateSummary, ReviewedRecord } from "./types";
export type { DataRow, SourceRow, Cell as CellValue } from "../dataset/types";
export type { ModelCell, ModelSheetLayout } from "./modelSheet";
export type { ExistingSheet, ExistingWorkbook, PopulatePlan } from "./plan";
export type { RowOutcome } from "./merge";
export type { MetricCatalogue, MetricInfo } from "./metrics";
export type { WorkbookState } from "./state";
export { createWorkbookState } from "./state";
export { workbookToXlsx, XLSX_MIME_TYPE } from "./xlsx";
export { dataRowsFromValues, isUserEdited, sourceRowsFromValues } from "../dataset/rows";
export { layoutFormulas, metricFormula, MODEL_SHEET_TITLE } from "./modelSheet";
export { numberFormatForUnit } from "./numberFormats";
export { toSheetName, uniqueSheetName } from "./sheetNames";
export { catalogueFromList } from "./metrics";
export { DEFAULT_CATALOGUE } from "./catalogue";
export { EMPTY_WORKBOOK } from "./plan";

/**
 * Browser mode: populates the in-memory workbook with the reviewed reports. Returns the new state (the
 * given one is left as it was) and the summary to show. Re-importing a report updates its rows.
 */
export function populateWorkbook(
  state: WorkbookState,
  reports: readonly ImportedReport[],
  catalogue: MetricCatalogue = DEFAULT_CATALOGUE,
): { state: WorkbookState; summary: PopulateSummary } {
  const { state: next, summary } = populateWorkbookState(state, reports, { catalogue });
  return { state: next, summary };
}

/** The populate plan for a workbook's current content (both writers apply it). Pure. */
export function planPopulate(
  reports: readonly ImportedReport[],
  existing: ExistingWorkbook,
  catalogue: MetricCatalogue = DEFAULT_CATALOGUE,
): PopulatePlan {
  return buildPopulatePlan(reports, existing, { catalogue });
}
