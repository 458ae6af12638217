/** Values as Excel should receive them through Office.js. */

export type OfficeCell = string | number | boolean | null;

/**
 * Office.js parses strings like typed input: "=x" becomes a formula, "002008" the number 2008, "30%" 0.3,
 * "2024-03-01" a date. A leading apostrophe keeps text as text (it is not part of the cell's value).
 */
export function asTextInput(cell: string | number): string | number {
  if (typeof cell !== "string" || cell === "") return cell;
  const looksLikeInput =
    /^[=+\-@']/.test(cell) ||
    /^\s*[-+(]?[$¥€£]?\s*[\d.,\s]+\)?\s*%?\s*$/.test(cell) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?/.test(cell) ||
    /^(true|false)$/i.test(cell);
  return looksLikeInput ? `'${cell}` : cell;
}

export function asTextInputRows(rows: ReadonlyArray<ReadonlyArray<string | number>>): Array<Array<string | number>> {
  return rows.map((row) => row.map(asTextInput));
}

/** Excel column widths are in points; files and our layouts speak characters (~5.6 pt each in Calibri 11). */
export function charactersToPoints(characters: number): number {
  return Math.round(characters * 5.6 + 5);
}
