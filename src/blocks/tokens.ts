/** Token shapes shared by the block and fact stages: printed figures, missing-value marks, years. */

/** A printed figure: 1,234.5  1234  -3  8.3%  (12)  .5 */
export const FIGURE = /^[-+]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?%?$/;
const HAS_DIGIT = /\d/;
/** Marks that stand for "no value" in a value column. */
export const MISSING = /^(?:\/|-{1,2}|—|–|N\/?A|n\/?a|NA|\*|×|—|无|不适用)$/;
/** A four-digit reporting year, optionally "FY2023", "Year 2023", "2023年". */
const YEAR_TOKEN = /^(?:FY)?((?:19[89]|20[0-4])\d)(?:年度?|A|E)?$/;

export function isFigure(token: string): boolean {
  return HAS_DIGIT.test(token) && FIGURE.test(token);
}

export function isMissing(token: string): boolean {
  return MISSING.test(token);
}

export function isValueToken(token: string): boolean {
  return isFigure(token) || isMissing(token);
}

/** The year a header token names, or null. */
export function yearOf(token: string): number | null {
  const m = YEAR_TOKEN.exec(token);
  if (m) return Number(m[1]);
  // A bilingual header cell names the year twice: "2023年 2023", "2023年度 FY2023".
  const space = token.indexOf(" ");
  if (space < 0 || token.length > 24) return null;
  let year: number | null = null;
  for (const part of token.split(" ")) {
    if (part === "") continue;
    const p = YEAR_TOKEN.exec(part);
    if (!p || (year !== null && Number(p[1]) !== year)) return null;
    year = Number(p[1]);
  }
  return year;
}

/** Parses a printed figure (ASCII digits, thousands commas, optional %, parentheses = negative). */
export function figureValue(token: string): number | null {
  if (!isFigure(token)) return null;
  let t = token.replace(/,/g, "").replace(/%$/, "");
  let sign = 1;
  if (t.startsWith("(") && t.endsWith(")")) {
    sign = -1;
    t = t.slice(1, -1);
  }
  const v = Number(t);
  return Number.isFinite(v) ? sign * v : null;
}
