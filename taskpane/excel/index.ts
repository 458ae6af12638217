/**
 * The Office.js writer. `populateExcelWorkbook(reports)` is all the task pane needs inside Excel; it returns
 * the PopulateSummary to show. Browser mode uses src/worksheets (populateWorkbook + workbookToXlsx) instead.
 */
export { populateExcelWorkbook, populateWithContext, type ExcelPopulateOptions } from "./populate";
