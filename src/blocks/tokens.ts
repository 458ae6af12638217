/** Token shapes shared by the block and fact stages: printed figures, missing-value marks, years. */

/** A printed figure: 1,234.5  1234  -3  8.3%  (12)  .5 */
export const FIGURE = /^[-+]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?%?$/;
const HAS_DIGIT = /\d/;
/** Marks that stand for "no value" in a value column. */
export const MISSING = /^(?:\/|-{1,2}|—|–|N\/?A|n\/?a|NA|\*|×|—|无|不适用)$/;
/** A four-digit reporting year, optionally "FY2023", "Year 2023", "2023年". */
const YEAR_TOKEN = /^(?:FY)?((?:19[89]|20[0-4])\d)(?:年度?|A|E)?$/;
/**
 * A fiscal year across two calendar years ("2024/25", "FY2024/25", "2024-2025"), or a year-end date
 * ("Year ended 31 August 2024", "31 Dec 2024"). Rule: a fiscal year is labelled by the calendar year
 * it ends in (FY2024/25 → 2025; the year ended 31 August 2024 → 2024), as its own report does when it
 * calls that year "FY2024" in the HKEX style.
 */
const SPLIT_YEAR = /^(?:FY)?((?:19[89]|20[0-4])\d)[/-](\d{2}|\d{4})$/;
const YEAR_ENDED = /^(?:(?:(?:the\s+)?(?:financial\s+|fiscal\s+)?years?\s+)?end(?:ed|ing)\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)\s+((?:19[89]|20[0-4])\d)$/i;

export function isFigure(token: string): boolean {
  return mayBeginFigure(token.charCodeAt(0)) && HAS_DIGIT.test(token) && FIGURE.test(token);
}

/**
 * A figure that holds a digit begins with a sign, "(", "." or a digit: one character test rules out
 * the words of running text before any regex runs.
 */
function mayBeginFigure(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 /* - */ || c === 43 /* + */ || c === 40 /* ( */ || c === 46 /* . */;
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
  const split = SPLIT_YEAR.exec(token);
  if (split) {
    const start = Number(split[1]);
    const end = split[2].length === 2 ? Math.floor(start / 100) * 100 + Number(split[2]) : Number(split[2]);
    return end === start + 1 ? end : null;
  }
  if (token.length > 10 && token.length < 48) {
    const ended = YEAR_ENDED.exec(token);
    if (ended) return Number(ended[1]);
  }
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

const COMMAS = /,/g;

/** Parses a printed figure (ASCII digits, thousands commas, optional %, parentheses = negative). */
export function figureValue(token: string): number | null {
  if (!isFigure(token)) return null;
  let t = token.includes(",") ? token.replace(COMMAS, "") : token;
  // A figure has at most one "%", at its end.
  if (t.endsWith("%")) t = t.slice(0, -1);
  let sign = 1;
  if (t.startsWith("(") && t.endsWith(")")) {
    sign = -1;
    t = t.slice(1, -1);
  }
  const v = Number(t);
  return Number.isFinite(v) ? sign * v : null;
}

/**
 * True for the characters `\s` matches (ASCII spacing, no-break and Unicode spaces, line and paragraph
 * separators, BOM): a word scanner can test character codes instead of running a regex per character.
 */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
