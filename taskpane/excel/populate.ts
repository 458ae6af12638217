/** Populate the open workbook: read (2 syncs), plan (pure), write (1 sync). Three syncs for any number of rows. */
import { DEFAULT_CATALOGUE } from "../../src/worksheets/catalogue";
import type { MetricCatalogue } from "../../src/worksheets/metrics";
import { buildPopulatePlan, type PopulatePlan } from "../../src/worksheets/plan";
import { tableSpecs } from "../../src/worksheets/tables";
import type { ImportedReport, PopulateSummary } from "../../src/worksheets/types";
import { readWorkbook } from "./read";
import { replaceTable, writeKeyedTable, writeModelSheet } from "./write";

export interface ExcelPopulateOptions {
  catalogue?: MetricCatalogue;
}

/** Populates with an existing request context (for callers already inside Excel.run). Returns the plan it applied. */
export async function populateWithContext(
  context: Excel.RequestContext,
  reports: readonly ImportedReport[],
  options: ExcelPopulateOptions = {},
): Promise<PopulatePlan> {
  const snapshot = await readWorkbook(context);
  const plan = buildPopulatePlan(reports, snapshot.existing, { catalogue: options.catalogue ?? DEFAULT_CATALOGUE });
  const { sheetNames } = snapshot;

  const tables = tableSpecs(plan);
  writeKeyedTable(context, sheetNames, snapshot.data, { ...tables.data, existingCount: plan.existingDataRowCount });
  writeKeyedTable(context, sheetNames, snapshot.sources, { ...tables.sources, existingCount: plan.existingSourceRowCount });
  replaceTable(context, sheetNames, snapshot.checks, { ...tables.checks, existingCount: 0 });
  for (const layout of plan.modelSheets) writeModelSheet(context, sheetNames, layout);
  await context.sync();
  return plan;
}

/**
 * Writes the reviewed reports into the open workbook: ESG Data (updated in place, never shrunk), ESG Sources,
 * ESG Checks (regenerated) and one model sheet per company. Three context.sync() calls whatever the size.
 */
export async function populateExcelWorkbook(reports: readonly ImportedReport[], options: ExcelPopulateOptions = {}): Promise<PopulateSummary> {
  return Excel.run(async (context) => (await populateWithContext(context, reports, options)).summary);
}
