/**
 * The pane's only door to the worksheet writers and the dataset store:
 *   Excel:   populateExcelWorkbook (taskpane/excel), then reloadDataset() so live ESG formulas update
 *            (task pane and functions share one JS context; the store is a runtime-wide singleton).
 *   Browser: the in-memory workbook (src/worksheets), exported with workbookToXlsx.
 */
import type { ImportedReport, PopulateSummary } from "../src/worksheets/types";
import { createWorkbookState, populateWorkbook, workbookToXlsx, type WorkbookState } from "../src/worksheets";
import { populateExcelWorkbook } from "./excel";
import { reloadDataset } from "../functions/api";

export interface WorksheetsApi {
  /** Excel: writes the reports into the open workbook. */
  populateExcel(reports: ImportedReport[]): Promise<PopulateSummary>;
  /** Browser: merges the reports into the in-memory workbook. */
  populateInMemory(reports: ImportedReport[]): Promise<PopulateSummary>;
  /** Browser: the in-memory workbook as .xlsx bytes. */
  inMemoryXlsx(): Promise<Uint8Array>;
}

export function createWorksheetsApi(): WorksheetsApi {
  let workbook: WorkbookState = createWorkbookState();
  return {
    async populateExcel(reports) {
      const summary = await populateExcelWorkbook(reports);
      try {
        await reloadDataset();
      } catch {
        summary.messages = [...summary.messages, "ESG formulas will refresh on the next change to ESG Data."];
      }
      return summary;
    },
    async populateInMemory(reports) {
      const { state, summary } = populateWorkbook(workbook, reports);
      workbook = state;
      return summary;
    },
    inMemoryXlsx() {
      return workbookToXlsx(workbook);
    },
  };
}
