/** Token shapes shared by the block and fact stages: printed figures, missing-value marks, years. */

/** A printed figure: 1,234.5  1234  -3  8.3%  (12)  .5 (with a digit; `readFigure` reads it in one pass). */
export const FIGURE = /^[-+]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?%?$/;
/** Marks that stand for "no value" in a value column. */
export const MISSING = /^(?:\/|-{1,2}|—|–|N\/?A|n\/?a|NA|[Nn]\.[Aa]\.?|\*|×|—|无|不适用)$/;
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
  return mayBeginFigure(token.length > 0 ? token.charCodeAt(0) : -1) && readFigure(token) !== null;
}

/**
 * A figure that holds a digit begins with a sign, "(", "." or a digit: one character test rules out
 * the words of running text before the figure is read.
 */
function mayBeginFigure(c: number): boolean {
  return isDigit(c) || c === 45 /* - */ || c === 43 /* + */ || c === 40 /* ( */ || c === 46; /* . */
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

/** Parses a printed figure (ASCII digits, thousands commas, optional %, parentheses = negative). */
export function figureValue(token: string): number | null {
  const value = readFigure(token);
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Up to this many digits, a number read digit by digit is exact, and so is the one Number() reads. */
const EXACT_DIGITS = 15;
const POWERS_OF_TEN: readonly number[] = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

/** The character code at i, or -1 past the end (charCodeAt past the end is slow as well as NaN). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads a token as FIGURE (with a digit) matches it, in one pass: null when it is no figure; NaN when it
 * is one without a number (a sign before "(", unbalanced parentheses: "-(5)", "(5"); else its number,
 * as Number() reads it without commas and "%", negative in parentheses. About twice as fast as the
 * regexes, string copies and Number() it replaces, and checked against them in the tests.
 */
function readFigure(token: string): number | null {
  const n = token.length;
  const first = codeAt(token, 0);
  const signed = first === 45 /* - */ || first === 43; /* + */
  let i = signed ? 1 : 0;
  const open = codeAt(token, i) === 40; /* ( */
  if (open) i++;
  let mantissa = 0;
  let digits = 0;
  // The whole part: digits, or one to three digits then groups of ",ddd".
  for (let c = codeAt(token, i); isDigit(c); c = codeAt(token, ++i), digits++) mantissa = mantissa * 10 + (c - 48);
  if (codeAt(token, i) === 44 /* , */) {
    if (digits < 1 || digits > 3) return null;
    while (codeAt(token, i) === 44) {
      for (let k = 1; k <= 3; k++, digits++) {
        const c = codeAt(token, i + k);
        if (!isDigit(c)) return null;
        mantissa = mantissa * 10 + (c - 48);
      }
      i += 4;
    }
  }
  let fraction = 0;
  if (codeAt(token, i) === 46 /* . */) {
    for (let c = codeAt(token, ++i); isDigit(c); c = codeAt(token, ++i), fraction++) mantissa = mantissa * 10 + (c - 48);
    if (fraction === 0) return null;
    digits += fraction;
  }
  const close = codeAt(token, i) === 41; /* ) */
  if (close) i++;
  if (codeAt(token, i) === 37 /* % */) i++;
  if (i !== n || digits === 0) return null;
  if (open !== close || (signed && open)) return NaN;
  if (digits > EXACT_DIGITS) return valueOfLongFigure(token);
  const magnitude = fraction === 0 ? mantissa : mantissa / (POWERS_OF_TEN[fraction] as number);
  return first === 45 || open ? -magnitude : magnitude;
}

const COMMAS = /,/g;

/** A figure with more digits than a double holds exactly: read by Number() on its digits. */
function valueOfLongFigure(token: string): number {
  let t = token.replace(COMMAS, "");
  if (t.endsWith("%")) t = t.slice(0, -1);
  if (t.startsWith("(")) return -Number(t.slice(1, -1));
  return Number(t);
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
