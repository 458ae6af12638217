/**
 * Printed figure → number. Handles what ESG tables print: thousands separators ("1,004,914"), full-width
 * digits and commas ("2，395，766", "１２３"), bold markers ("**3**"), footnote markers ("140 ^{note}",
 * "6,436.68²³", "12*"), accounting negatives ("(1,234)") and percent signs ("8.3%").
 * Placeholders ("-", "/", "N/A", "—", "不适用") are null. Scale words ("1.2 million") are units, not handled here.
 */

/** Superscript digits are footnote markers; NFKC would turn them into real digits, so drop them first. */
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ]+/g;
const CARET_FOOTNOTE = /\^\s*(?:\{[^}]*\}|\S+)/g;
const BRACKET_FOOTNOTE = /\s*\[(?:\d{1,2}|[a-z]|note[^\]]*|注[^\]]*)\]/gi;
const MARKUP = /\*+|__|~~/g;
const TRAILING_MARKERS = /(?:\s*(?:[*#†‡§△▲]|注\s*\d+|note\s*\d+))+$/i;
const LEADING_APPROX = /^(?:约|~|≈|approx\.?|approximately|about)\s*/i;
const CURRENCY_SIGNS = /^[¥$€£]\s*/;
const PLACEHOLDERS: ReadonlySet<string> = new Set(["", "-", "--", "---", "–", "—", "——", "/", "//", "n/a", "na", "n.a.", "n.a", "nd", "n.d.", "not applicable", "不适用", "无", "暂无", "未统计", "/ ", "×", "x", "tbd"]);
/** "Nil" in HKEX tables means none: zero. */
const ZERO_WORDS: ReadonlySet<string> = new Set(["nil", "零"]);

const PLAIN = /^\d+(?:\.\d+)?$|^\.\d+$|^\d+\.$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** European style "1.234.567" or "1.234,56": dots as thousands separators, only when unambiguous. */
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}\.\d{3},\d+$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

export function parseNumber(printed: string): number | null {
  if (typeof printed !== "string") return null;
  let s = printed.replace(SUPERSCRIPTS, "").normalize("NFKC");
  s = s.replace(CARET_FOOTNOTE, "").replace(BRACKET_FOOTNOTE, "").replace(MARKUP, "").trim();
  s = s.replace(TRAILING_MARKERS, "").trim();
  const lower = s.toLowerCase();
  if (PLACEHOLDERS.has(lower)) return null;
  if (ZERO_WORDS.has(lower)) return 0;
  s = s.replace(LEADING_APPROX, "");

  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1]!.trim();
  }
  if (/^[-−]/.test(s)) {
    sign = -sign;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY_SIGNS, "");
  s = s.replace(/\s*%$/, "");

  let n: number;
  if (PLAIN.test(s) || SCIENTIFIC.test(s)) n = Number(s);
  else if (GROUPED_COMMA.test(s)) n = Number(s.replace(/,/g, ""));
  else if (GROUPED_DOT.test(s)) n = Number(s.replace(/\./g, "").replace(",", "."));
  else return null;
  return Number.isFinite(n) ? sign * n : null;
}
