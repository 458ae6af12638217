/**
 * Queues the writes of a populate plan; the caller syncs once. Bulk assignments only (one range per table
 * column, one rows.add for the new rows, one range per model sheet), so the number of syncs does not
 * grow with the number of rows.
 */
import { blockAddress, columnLetter, topLeftOf } from "../../src/worksheets/address";
import type { Cell as CellValue } from "../../src/dataset/types";
import { layoutFormulas, type ModelSheetLayout } from "../../src/worksheets/modelSheet";
import type { TableCell, TableSpec } from "../../src/worksheets/tables";
import { asTextInput, asTextInputRows, charactersToPoints } from "./cells";
import type { TableSnapshot } from "./read";

/** A table to write; `body` is the whole body after the populate, and its first `existingCount` rows are the table's current rows. */
export interface TableWrite extends TableSpec {
  existingCount: number;
}

function getOrAddSheet(context: Excel.RequestContext, sheetNames: readonly string[], name: string): { sheet: Excel.Worksheet; existed: boolean } {
  const existed = sheetNames.some((existing) => existing.toLowerCase() === name.toLowerCase());
  const sheet = existed ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  return { sheet, existed };
}

function setColumnWidths(sheet: Excel.Worksheet, firstColumn: number, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    const letter = columnLetter(firstColumn + i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
  });
}

/** A cell that holds a real formula (not text that starts with "="): written back as the formula, not its value. */
function isFormulaCell(formula: CellValue, value: CellValue): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

function sameCell(planned: TableCell, read: CellValue): boolean {
  return planned === read || (planned === "" && (read === null || read === undefined));
}

/** A new table at A1 of its sheet (created if missing). An empty body gets the header row but no table. */
function writeNewTable(context: Excel.RequestContext, sheetNames: readonly string[], write: TableWrite): void {
  const { sheet, existed } = getOrAddSheet(context, sheetNames, write.sheetName);
  const rows = [[...write.columns], ...asTextInputRows(write.body)];
  const address = blockAddress(0, 0, rows.length, write.columns.length);
  sheet.getRange(address).values = rows;
  if (write.body.length > 0) {
    const table = sheet.tables.add(address, true);
    table.name = write.tableName;
  } else {
    sheet.getRange(blockAddress(0, 0, 1, write.columns.length)).format.font.bold = true;
  }
  if (!existed) {
    setColumnWidths(sheet, 0, write.widths);
    sheet.freezePanes.freezeRows(1);
  }
  if (write.hiddenColumn !== undefined) {
    const letter = columnLetter(write.hiddenColumn);
    sheet.getRange(`${letter}:${letter}`).columnHidden = true;
  }
}

/**
 * Updates a table in place. Columns are found by header name; our columns are written one range each, so
 * the analyst's own columns, their order and their formulas are left alone. A cell whose value did not change
 * is written back as its formula, so a formula the analyst typed survives. New rows are appended with rows.add.
 */
function updateTable(snapshot: TableSnapshot, write: TableWrite): void {
  const { table } = snapshot;
  const sheet = table.worksheet;
  const header = (snapshot.values[0] ?? []).map((cell) => String(cell ?? "").trim().toLowerCase());
  let width = header.length;
  const existingRows = snapshot.values.length - 1;
  const positions = write.columns.map((column) => {
    const found = header.indexOf(column.toLowerCase());
    if (found >= 0) return found;
    // A table from an older version lacks a newer column: append it.
    table.columns.add(undefined, [[column], ...Array.from({ length: existingRows }, () => [""])]);
    return width++;
  });
  const { row: top, column: left } = topLeftOf(snapshot.address);

  if (write.existingCount > 0) {
    positions.forEach((position, j) => {
      const column = write.body.slice(0, write.existingCount).map((row, i) => {
        const planned = row[j];
        const value = snapshot.values[i + 1]?.[position];
        const formula = snapshot.formulas[i + 1]?.[position];
        return [isFormulaCell(formula, value) && sameCell(planned, value) ? formula : asTextInput(planned)];
      });
      sheet.getRange(blockAddress(top + 1, left + position, write.existingCount, 1)).formulas = column;
    });
  }

  const added = write.body.slice(write.existingCount);
  if (added.length > 0) {
    const rows = added.map((row) => {
      const full: Array<string | number> = Array.from({ length: width }, () => "");
      positions.forEach((position, j) => (full[position] = asTextInput(row[j])));
      return full;
    });
    table.rows.add(undefined, rows);
  }
  if (write.hiddenColumn !== undefined) {
    const letter = columnLetter(left + positions[write.hiddenColumn]);
    sheet.getRange(`${letter}:${letter}`).columnHidden = true;
  }
}

export function writeKeyedTable(context: Excel.RequestContext, sheetNames: readonly string[], snapshot: TableSnapshot | null, write: TableWrite): void {
  if (snapshot) updateTable(snapshot, write);
  else writeNewTable(context, sheetNames, write);
}

/** ESG Checks is derived: the old table goes and the new one is written in its place. */
export function replaceTable(context: Excel.RequestContext, sheetNames: readonly string[], old: Excel.Table | null, write: TableWrite): void {
  if (old) old.delete();
  if (sheetNames.some((name) => name.toLowerCase() === write.sheetName.toLowerCase())) {
    context.workbook.worksheets.getItem(write.sheetName).getRange().clear("Contents");
  }
  writeNewTable(context, sheetNames, write);
}

/** A model sheet is generated: it is cleared and rewritten on every populate (A1's title marks it as ours). */
export function writeModelSheet(context: Excel.RequestContext, sheetNames: readonly string[], layout: ModelSheetLayout): void {
  const { sheet, existed } = getOrAddSheet(context, sheetNames, layout.sheetName);
  if (existed) sheet.getRange().clear("All");
  const rows = layout.cells.length;
  const columns = layout.cells[0].length;
  const range = sheet.getRange(blockAddress(0, 0, rows, columns));
  range.formulas = layoutFormulas(layout).map((row, r) =>
    row.map((cell, c) => (layout.cells[r][c].kind === "formula" ? cell : asTextInput(cell))),
  );
  range.numberFormat = layout.numberFormats;
  for (const row of layout.boldRows) sheet.getRange(blockAddress(row, 0, 1, columns)).format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  setColumnWidths(sheet, 0, layout.columnWidths);
  sheet.freezePanes.freezeAt(blockAddress(0, 0, layout.frozenRows, layout.frozenColumns));
}
