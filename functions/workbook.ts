/** Office.js side of the store: read the two tables, and watch them for changes. Kept thin; the logic is in src/dataset. */
import type { TableRows } from "../src/dataset/dataset";
import { DATA_TABLE_NAME, SOURCES_TABLE_NAME } from "../src/dataset/schema";
import type { Cell } from "../src/dataset/types";

type Values = Cell[][];

/**
 * Both tables' values (header row first) with one context.sync() when both exist. When one is
 * missing (a workbook with no import yet) that batch fails as a whole, so a second, slower
 * path asks which tables exist first.
 */
export async function readDatasetTables(context: Excel.RequestContext): Promise<TableRows> {
  try {
    const data = context.workbook.tables.getItem(DATA_TABLE_NAME).getRange().load("values");
    const sources = context.workbook.tables.getItem(SOURCES_TABLE_NAME).getRange().load("values");
    await context.sync();
    return { data: data.values as Values, sources: sources.values as Values };
  } catch {
    return readExistingTables(context);
  }
}

async function readExistingTables(context: Excel.RequestContext): Promise<TableRows> {
  const data = context.workbook.tables.getItemOrNullObject(DATA_TABLE_NAME);
  const sources = context.workbook.tables.getItemOrNullObject(SOURCES_TABLE_NAME);
  data.load("isNullObject");
  sources.load("isNullObject");
  await context.sync();
  const dataRange = data.isNullObject ? null : data.getRange().load("values");
  const sourcesRange = sources.isNullObject ? null : sources.getRange().load("values");
  if (dataRange || sourcesRange) await context.sync();
  return { data: (dataRange?.values as Values) ?? [], sources: (sourcesRange?.values as Values) ?? [] };
}

/**
 * Subscribes `onChange` to edits of either table and to tables being added (the first import
 * creates them). Returns the names it now watches. Safe to call again after an import: a table
 * already watched (by id) is not subscribed twice.
 */
export async function watchDatasetTables(context: Excel.RequestContext, onChange: () => void, watchedIds: Set<string>): Promise<string[]> {
  const tables = [context.workbook.tables.getItemOrNullObject(DATA_TABLE_NAME), context.workbook.tables.getItemOrNullObject(SOURCES_TABLE_NAME)];
  for (const table of tables) table.load("id,name,isNullObject");
  await context.sync();
  const watching: string[] = [];
  for (const table of tables) {
    if (table.isNullObject) continue;
    watching.push(table.name);
    if (watchedIds.has(table.id)) continue;
    table.onChanged.add(async () => onChange());
    watchedIds.add(table.id);
  }
  if (!watchedIds.has("#tables.onAdded")) {
    context.workbook.tables.onAdded.add(async () => onChange());
    watchedIds.add("#tables.onAdded");
  }
  await context.sync();
  return watching;
}
