/**
 * The in-memory workbook for browser mode (the pane outside Excel): successive populates update it the way
 * they update a real workbook, and workbookToXlsx turns it into a download.
 */
import type { CheckResult } from "../checks";
import type { DataRow, SourceRow } from "../dataset/types";
import type { ModelSheetLayout } from "./modelSheet";
import { buildPopulatePlan, type PlanOptions, type PopulatePlan } from "./plan";
import type { ImportedReport, PopulateSummary } from "./types";

export interface WorkbookState {
  dataRows: DataRow[];
  sourceRows: SourceRow[];
  modelSheets: ModelSheetLayout[];
  checks: CheckResult[];
}

export function createWorkbookState(): WorkbookState {
  return { dataRows: [], sourceRows: [], modelSheets: [], checks: [] };
}

export function stateFromPlan(plan: PopulatePlan): WorkbookState {
  return { dataRows: plan.dataRows, sourceRows: plan.sourceRows, modelSheets: plan.modelSheets, checks: plan.checks };
}

/** Populates the in-memory workbook; the given state is not modified. */
export function populateWorkbookState(
  state: WorkbookState,
  reports: readonly ImportedReport[],
  options: PlanOptions,
): { state: WorkbookState; summary: PopulateSummary; plan: PopulatePlan } {
  const plan = buildPopulatePlan(
    reports,
    {
      dataRows: state.dataRows,
      sourceRows: state.sourceRows,
      sheets: state.modelSheets.map((sheet) => ({ name: sheet.sheetName, modelOf: sheet.company })),
    },
    options,
  );
  return { state: stateFromPlan(plan), summary: plan.summary, plan };
}
