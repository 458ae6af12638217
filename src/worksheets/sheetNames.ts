/** Excel sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique ignoring case. */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A valid sheet name from any text ("A/B: Ltd." → "A B Ltd."). Never empty. */
export function toSheetName(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  // "History" is reserved by Excel.
  const usable = cleaned && cleaned.toLowerCase() !== "history" ? cleaned : `Company ${cleaned}`.trim();
  return truncate(usable, MAX_SHEET_NAME_LENGTH);
}

/** Cut by code points (never half a surrogate pair) and drop what would end badly. */
function truncate(text: string, length: number): string {
  const cut = Array.from(text).slice(0, length).join("");
  return cut.replace(/[\s']+$/, "") || cut;
}

/** `base`, or `base (2)`, `base (3)`…, shortened to fit, not in `taken` (compared ignoring case). */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const isTaken = (name: string) => taken.has(name.toLowerCase());
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!isTaken(candidate)) return candidate;
  }
}
