/** Populate the open workbook: read (2 syncs), plan (pure), write (1 sync). Three syncs for any number of rows. */
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
} from "../../src/dataset/schema";
import { DEFAULT_CATALOGUE } from "../../src/worksheets/catalogue";
import type { MetricCatalogue } from "../../src/worksheets/metrics";
import { buildPopulatePlan, type PopulatePlan } from "../../src/worksheets/plan";
import {
  CHECKS_COLUMN_WIDTHS,
  checksTableBody,
  DATA_COLUMN_WIDTHS,
  dataTableBody,
  HIDDEN_DATA_COLUMN,
  SOURCES_COLUMN_WIDTHS,
  sourcesTableBody,
} from "../../src/worksheets/tables";
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

  writeKeyedTable(context, sheetNames, snapshot.data, {
    sheetName: DATA_SHEET_NAME,
    tableName: DATA_TABLE_NAME,
    columns: DATA_COLUMNS,
    body: dataTableBody(plan.dataRows),
    existingCount: plan.existingDataRowCount,
    widths: DATA_COLUMN_WIDTHS,
    hiddenColumn: HIDDEN_DATA_COLUMN,
  });
  writeKeyedTable(context, sheetNames, snapshot.sources, {
    sheetName: SOURCES_SHEET_NAME,
    tableName: SOURCES_TABLE_NAME,
    columns: SOURCES_COLUMNS,
    body: sourcesTableBody(plan.sourceRows),
    existingCount: plan.existingSourceRowCount,
    widths: SOURCES_COLUMN_WIDTHS,
  });
  replaceTable(context, sheetNames, snapshot.checks, {
    sheetName: CHECKS_SHEET_NAME,
    tableName: CHECKS_TABLE_NAME,
    columns: CHECKS_COLUMNS,
    body: checksTableBody(plan.checks),
    existingCount: 0,
    widths: CHECKS_COLUMN_WIDTHS,
  });
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
