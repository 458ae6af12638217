/**
 * Lines: document lines → normalized text lines that keep their original line (and page) number.
 * One output line per table row or text line; nothing is re-ordered, so provenance stays exact.
 */
import type { DocumentLine } from "../document/types";
import { type CellLine, expandHtmlTableAt, opensHtmlTable } from "./html";

export interface TextLine {
  /** Normalized text (ASCII digits and punctuation, no bold markers or footnote marks). */
  text: string;
  /** Cells, when the source marked them (tab, markdown pipes, HTML table); null for running text. */
  cells: string[] | null;
  /** The original line's text, as evidence. */
  raw: string;
  /** 1-based line number in the source text. */
  line: number;
  page?: number;
  /**
   * True when the text is known to be printable ASCII without tabs, and trimmed (most lines of most
   * reports): later stages then skip their scans for Chinese text and tabs. Absent or false when not known.
   */
  ascii?: boolean;
}

/**
 * Characters rewritten one for one, first: full-width forms U+FF01..U+FF5E (onto ASCII by a fixed
 * offset), ideographic and other wide spaces (thin and narrow no-break ones too), the ideographic comma,
 * and typographic quotes and dashes. One scan for all of them: the quotes and dashes could go first
 * with the rest because no later rewrite tells them from the ASCII they become (none matches a quote,
 * a dash or a space-like character, and `\b` sees both as non-word characters).
 */
const ONE_FOR_ONE = /[\uFF01-\uFF5E\u3000\u00A0\u2002-\u200B\u202F\u3001\u2018\u2019\u2032\u201C\u201D\u2010-\u2015\u2212]/g;
function asciiOfOneForOne(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3001) return ",";
  if (code === 0x201c || code === 0x201d) return '"';
  if (code === 0x2018 || code === 0x2019 || code === 0x2032) return "'";
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 ? "-" : " ";
}
const BOLD = /\*\*|__/g;
const BRACE_NOTE = /\s*\^\{[^}]*\}/g;
const CARET_NOTE = /\^(\d+|[a-z]+)\b/g;
const SUBSCRIPT_DIGITS = /[\u2080-\u2089]/g;
const SUPER_MAP: Record<string, string> = { "\u2070": "0", "\u00B9": "1", "\u00B2": "2", "\u00B3": "3", "\u2074": "4", "\u2075": "5", "\u2076": "6", "\u2077": "7", "\u2078": "8", "\u2079": "9" };
/** Superscript digits that are part of a unit (CO², m³) rather than a footnote mark. */
const UNIT_SUPERSCRIPT = /(CO|m)\s?([\u00B2\u00B3])/g;
const FOOTNOTE_SUPERSCRIPT = /\s?[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
/** Any subscript or superscript digit: most lines have none, and this scan is cheaper than the three rewrites'. */
const SUB_OR_SUPERSCRIPT = /[\u2080-\u2089\u00B2\u00B3\u00B9\u2070\u2074-\u2079]/;
const CO2_SPACED = /CO\s*2(\s*e\b)?/g;
const UNDERSCORE_SUB = /\s?_([a-zA-Z0-9])\b/g;
const MULTI_SPACE = / {2,}/g;
/** Printable ASCII and tabs only: an anchored scan, much cheaper in V8 than searching for what is not. */
const PLAIN_ASCII = /^[\x20-\x7E\t]*$/;
const UNDERSCORE_MARK = /__|_[a-zA-Z0-9]/;
const CO2_MARK = /CO\s*2/;
/** Printable ASCII but "|": no tab, no pipe, no non-ASCII character. An anchored scan with few ranges is the cheapest. */
/** Printable ASCII only (after normalization): what `TextLine.ascii` promises. */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;
const PLAIN_TEXT = /^[\x20-\x7B\x7D\x7E]*$/;
/** The same with tabs: a TAB row whose cells are all plain text. */
const PLAIN_CELLS = /^[\t\x20-\x7B\x7D\x7E]*$/;
/** A regex, not "\t": V8 splits a line (a substring of the whole text) about twice as fast with it. */
const TAB = /\t/;
const MD_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MD_ROW = /^\s*\|.*\|\s*$/;

/** Whether plain-ASCII text holds markup `normalizeText` rewrites (`**`, `^`, `_x`, CO 2). */
function hasAsciiMarkup(t: string): boolean {
  return t.includes("**") || t.includes("^") || (t.includes("_") && UNDERSCORE_MARK.test(t)) || (t.includes("CO") && CO2_MARK.test(t));
}

/** Normalizes one string: full-width → ASCII, strips emphasis and footnote marks, unifies CO₂ spellings. */
export function normalizeText(s: string): string {
  let t = s;
  if (t.length === 0) return t;
  const ascii = PLAIN_ASCII.test(t);
  // Fast path: plain ASCII without markup needs no rewriting (most lines of most reports).
  if (ascii && !hasAsciiMarkup(t)) return t;
  // Each rewrite below runs only when the text holds what it acts on (`includes` is far cheaper than a
  // regex scan); the order is the one the rewrites need. The non-ASCII rewrites only ever produce
  // ASCII, so plain ASCII skips them. Most other text (Chinese, with its full-width punctuation) holds
  // something to rewrite one for one: the rewrite runs without a test first (a replace that finds
  // nothing costs one scan, as the test would).
  if (!ascii) t = rewriteOneForOne(t);
  if (t.includes("**") || t.includes("__")) t = t.replace(BOLD, "");
  if (t.includes("^")) t = t.replace(BRACE_NOTE, "").replace(CARET_NOTE, "");
  if (!ascii && SUB_OR_SUPERSCRIPT.test(t)) {
    t = t.replace(SUBSCRIPT_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0x2080 + 48));
    t = t.replace(UNIT_SUPERSCRIPT, (_m, base: string, sup: string) => base + SUPER_MAP[sup]);
    t = t.replace(FOOTNOTE_SUPERSCRIPT, "");
  }
  if (t.includes("CO")) t = t.replace(CO2_SPACED, (_m, e?: string) => (e ? "CO2e" : "CO2"));
  if (t.includes("_")) t = t.replace(UNDERSCORE_SUB, "$1");
  return t;
}

/** `t.replace(ONE_FOR_ONE, asciiOfOneForOne)`, built from the slices between matches (no callback per match). */
function rewriteOneForOne(t: string): string {
  ONE_FOR_ONE.lastIndex = 0;
  let m = ONE_FOR_ONE.exec(t);
  if (m === null) return t;
  let out = "";
  let from = 0;
  do {
    out += t.slice(from, m.index) + asciiOfOneForOne(m[0]);
    from = m.index + 1;
    m = ONE_FOR_ONE.exec(t);
  } while (m !== null);
  return out + t.slice(from);
}

/** Collapses runs of spaces; most text has none, and `includes` finds that faster than the regex. */
function collapseSpaces(s: string): string {
  return s.includes("  ") ? s.replace(MULTI_SPACE, " ") : s;
}

/**
 * Whether a string needs nothing but trimming: plain text (see PLAIN_TEXT) without the markup
 * `normalizeText` acts on ("*", "^", "_", "CO") or a run of spaces. Most lines and cells; the
 * one-character `includes` tests are cheap, and the regex leaves them few non-ASCII lines to look at.
 */
function onlyNeedsTrim(s: string): boolean {
  return PLAIN_TEXT.test(s) && !hasMarkupOrSpaceRun(s);
}

function hasMarkupOrSpaceRun(s: string): boolean {
  return s.includes("*") || s.includes("^") || s.includes("_") || s.includes("CO") || s.includes("  ");
}

function trim(s: string): string {
  return s.trim();
}

function normalizeAndTrim(s: string): string {
  return collapseSpaces(normalizeText(s)).trim();
}

/** A line or cell as read: normalized, runs of spaces collapsed, trimmed. */
function cleanText(s: string): string {
  if (s.length === 0) return s;
  return onlyNeedsTrim(s) ? s.trim() : normalizeAndTrim(s);
}

/** Splits a markdown pipe row into cells ("| a | b |" → ["a", "b"]). */
export function splitPipeRow(text: string): string[] {
  const inner = text.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map(cleanText);
}

/**
 * Cleans each cell of a TAB row where it stands; whether any changed. A row that is plain text but for
 * its tabs, without markup or runs of spaces, has cells that only need trimming: one test for all.
 */
function cleanCellsInPlace(row: string, cells: string[]): boolean {
  const clean = PLAIN_CELLS.test(row) && !hasMarkupOrSpaceRun(row) ? trim : cleanText;
  let changed = false;
  for (let k = 0; k < cells.length; k++) {
    const c = clean(cells[k]);
    if (c !== cells[k]) {
      cells[k] = c;
      changed = true;
    }
  }
  return changed;
}

/** Normalizes document lines (HTML tables become one cell row per <tr>; markdown separators are dropped). */
export function normalizeLines(lines: readonly DocumentLine[]): TextLine[] {
  const out: TextLine[] = [];
  forEachTextLine(lines, (tl) => out.push(tl));
  return out;
}

/**
 * normalizeLines, handing each line to `visit` as it is made: a caller that reads lines once (the
 * engine) keeps none of them, so they die young in the garbage collector. HTML tables are expanded
 * (see expandHtmlTables) where they stand, in the same pass: one read of each line instead of two.
 */
export function forEachTextLine(lines: readonly DocumentLine[], visit: (tl: TextLine) => void): void {
  // An index loop: `for…of` here left an iterator result per line to the garbage collector.
  for (let i = 0; i < lines.length; ) {
    const dl = lines[i];
    if (opensHtmlTable(dl.text)) {
      const rows: CellLine[] = [];
      i = expandHtmlTableAt(lines, i, rows);
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        const tl = row.cells !== undefined ? cellRow(row, row.cells) : textLineOf(row);
        if (tl !== null) visit(tl);
      }
      continue;
    }
    i++;
    const tl = textLineOf(dl);
    if (tl !== null) visit(tl);
  }
}

/** An HTML table row: its cells cleaned, joined by tabs. */
function cellRow(dl: DocumentLine, rowCells: readonly string[]): TextLine {
  const cells = rowCells.map(cleanText);
  const tl: TextLine = { text: cells.join("\t"), cells, raw: dl.text, line: dl.line, ascii: false };
  if (dl.page !== undefined) tl.page = dl.page;
  return tl;
}

/** A document line read: text, or a TAB or markdown row with its cells; null for a markdown separator row. */
function textLineOf(dl: DocumentLine): TextLine | null {
  const raw = dl.text;
  let cells: string[] | null = null;
  let text: string;
  let ascii = false;
  if (raw.length === 0 || onlyNeedsTrim(raw)) {
    // Most lines: no cells, nothing to rewrite; the only white space such a line can hold is " ", and
    // most lines neither start nor end with one (two character reads instead of a trim call).
    text = raw.charCodeAt(0) === 32 || raw.charCodeAt(raw.length - 1) === 32 ? raw.trim() : raw;
    ascii = true;
  } else if (raw.includes("\t")) {
    cells = raw.split(TAB);
    // Cells that need no cleaning (most) join back into the raw line: no need to build it again.
    text = cleanCellsInPlace(raw, cells) ? cells.join("\t") : raw;
  } else if (raw.includes("|") && MD_ROW.test(raw)) {
    if (MD_SEPARATOR.test(raw)) return null;
    cells = splitPipeRow(raw);
    text = cells.join("\t");
  } else {
    text = normalizeAndTrim(raw);
    // Typographic quotes and dashes become ASCII: such a line of English is plain after rewriting.
    ascii = PRINTABLE_ASCII.test(text);
  }
  const tl: TextLine = { text, cells, raw, line: dl.line, ascii };
  if (dl.page !== undefined) tl.page = dl.page;
  return tl;
}
