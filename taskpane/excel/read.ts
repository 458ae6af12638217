/**
 * Reads what populate needs from the open workbook in two syncs, whatever its size: first which tables
 * and sheets exist, then the table contents and each sheet's A1:B2 (to recognise model sheets).
 */
import { CHECKS_TABLE_NAME, DATA_TABLE_NAME, SOURCES_TABLE_NAME } from "../../src/dataset/schema";
import { cellText, dataRowsFromValues, sourceRowsFromValues } from "../../src/dataset/rows";
import type { Cell as CellValue } from "../../src/dataset/types";
import { MODEL_SHEET_TITLE } from "../../src/worksheets/modelSheet";
import type { ExistingSheet, ExistingWorkbook } from "../../src/worksheets/plan";

/** A table as read: its address, values and formulas (header row first). */
export interface TableSnapshot {
  table: Excel.Table;
  address: string;
  values: CellValue[][];
  formulas: CellValue[][];
}

export interface WorkbookSnapshot {
  existing: ExistingWorkbook;
  sheetNames: string[];
  data: TableSnapshot | null;
  sources: TableSnapshot | null;
  checks: Excel.Table | null;
}

function readTable(table: Excel.Table): () => TableSnapshot | null {
  if (table.isNullObject) return () => null;
  const range = table.getRange();
  range.load("address,values,formulas");
  return () => ({ table, address: range.address, values: range.values, formulas: range.formulas });
}

export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const dataTable = context.workbook.tables.getItemOrNullObject(DATA_TABLE_NAME);
  const sourcesTable = context.workbook.tables.getItemOrNullObject(SOURCES_TABLE_NAME);
  const checksTable = context.workbook.tables.getItemOrNullObject(CHECKS_TABLE_NAME);
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const data = readTable(dataTable);
  const sources = readTable(sourcesTable);
  const corners = worksheets.items.map((sheet) => sheet.getRange("A1:B2").load("values"));
  await context.sync();

  const sheets: ExistingSheet[] = sheetNames.map((name, i) => {
    const [[title], [, company]] = corners[i].values as CellValue[][];
    return { name, modelOf: cellText(title) === MODEL_SHEET_TITLE ? cellText(company) : null };
  });
  const dataSnapshot = data();
  const sourcesSnapshot = sources();
  return {
    existing: {
      dataRows: dataSnapshot ? dataRowsFromValues(dataSnapshot.values) : [],
      sourceRows: sourcesSnapshot ? sourceRowsFromValues(sourcesSnapshot.values) : [],
      sheets,
    },
    sheetNames,
    data: dataSnapshot,
    sources: sourcesSnapshot,
    checks: checksTable.isNullObject ? null : checksTable,
  };
}
