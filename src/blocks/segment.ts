/**
 * Segments normalized lines into blocks in one forward pass (linear in the number of lines):
 * a year header opens a table; rows follow (blank lines between rows allowed); wrapped label
 * fragments join the next row; headings become row context; a prose line closes the table.
 * Lines outside tables become paragraphs, and "label / figure" line pairs become cards.
 */
import type { TextLine } from "../lines/normalize";
import { parseRow, parseSegmentHeader, parseSubHeader, parseYearHeader, type ParsedRow, type RowLayout, type SegmentColumns, type SubColumns, type YearHeader } from "./rows";
import { isValueToken } from "./tokens";
import type { Block, CardBlock, LineSpan, ProseBlock, TableBlock, TableRow, UnitRecognizer, ValueCell } from "./types";

/** A line this long without trailing figures is running text, not a row label. */
const PROSE_MIN_CHARS = 160;
/**
 * Ends like a sentence: a stop (. ; : 。 ； ! ?), maybe then a closing quote or bracket. Asked of most
 * short lines, so it reads the last two characters instead of running a regex (which tried every
 * position of the line): the same test as /[.;:。；!?]["')\]]?$/.
 */
function endsSentence(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (isSentenceStop(last)) return true;
  return n >= 2 && isClosingMark(last) && isSentenceStop(text.charCodeAt(n - 2));
}

function isSentenceStop(c: number): boolean {
  // . : ; ! ? 。 ；
  return c === 0x2e || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff1b;
}

function isClosingMark(c: number): boolean {
  // " ' ) ]
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
}
/** Consecutive non-row lines after which a table is over. */
const MAX_GAP_LINES = 5;
const MAX_BLANK_RUN = 4;
/** Leading framework / row codes: "A1.2", "B3.1", "KPI A2.1", "GRI 305-1", "1", "12". */
const ROW_CODE = /^(?:KPI\s*)?((?:[A-D]\d{1,2}(?:\.\d{1,2})?)|(?:GRI\s?\d{1,3}(?:-\d{1,2})?)|\d{1,3})(?:[.)]\s*|\s+)(?=\S)/i;
const CODE_ONLY = /^(?:KPI\s*)?(?:[A-D]\d{1,2}(?:\.\d{1,2})?|GRI\s?\d{1,3}(?:-\d{1,2})?|\d{1,3})\.?$/i;
/** A fragment that cannot end a label: the next line continues it. */
const OPEN_END = /(?:[-/(,&]|\b(?:of|and|or|the|in|per|from|to|for|by|with|including|on|at|a|an|its|which|that))$/i;
const STARTS_LOWER = /^[a-z(]/;
/** A card value: a figure, then up to 40 characters of unit or caption. */
const CARD_FIGURE = /^[-+]?\d[\d,]*(?:\.\d+)?\s*%?\s*/;
const CARD_TAIL_MAX = 40;
const HAS_DIGIT = /\d/;
const CARD_LABEL_MAX = 90;
const BARE_YEAR = /^(?:19|20)\d\d$/;
const HAS_DIGIT_START = /^\d/;
/** "（单位：万元）", "Unit: RMB 10,000", "Units: tonnes": a unit stated once for a whole table. */
const CAPTION_UNIT = /(?:单位|\bunits?)\s*[:：]\s*((?:[^()（）;；,，。:：]|,(?=\d{3}))+?)\s*(?:[)）;；，。]|,(?!\d{3})|$)/i;
/** "(in RMB million)", "(in tonnes)". */
const CAPTION_IN_UNIT = /[(（]\s*in\s+([^()（）]+?)\s*[)）]/i;
/** CAPTION_UNIT needs a colon and CAPTION_IN_UNIT an opening parenthesis. */
const CAPTION_MARK = /[:：(（]/;
const UNLESS = /\s+(?:unless|except|if)\b.*$/i;
/** Lines longer than this are not captions. */
const CAPTION_MAX_CHARS = 120;
/** A numbered section heading ends the reach of a caption unit: "三、", "（二）", "Chapter 3", "4.2 Water". */
const SECTION_HEADING = /^(?:[(（]?[一二三四五六七八九十]{1,3}[)）、]|第\S{1,3}[章节部分]|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Za-z\u3400-\u9fff]|(?:chapter|section|part)\s+\w)/i;

/** "(tCO2e)" printed under each year, or "单位"/"Unit" then the unit per column. */
const UNIT_ROW_LEAD = /^(?:单位|單位|units?)\s*[:：]?$/i;
const BRACKETED = /^[(（]\s*(.+?)\s*[)）]$/;
const BRACKET_GROUPS = /^(?:[(（][^()（）]+[)）]\s*)+$/;
const BRACKET_GROUP = /[(（]([^()（）]+)[)）]/g;

/**
 * A header row of units under the years: every non-empty cell the same unit, bracketed or not, an
 * optional "单位" / "Unit" lead cell ("\t(tCO2e)\t(tCO2e)", "Unit | MWh | MWh"); in space rows only
 * bracketed units ("(tCO2e) (tCO2e)"). "" when the line is not one.
 */
export function columnUnitOf(tl: TextLine, isUnit: UnitRecognizer): string {
  let parts: string[];
  if (tl.cells) {
    parts = [];
    for (const c of tl.cells) if (c !== "") parts.push(c);
    if (parts.length > 1 && UNIT_ROW_LEAD.test(parts[0])) parts.shift();
    for (let k = 0; k < parts.length; k++) {
      const m = BRACKETED.exec(parts[k]);
      if (m) parts[k] = m[1];
    }
  } else {
    if (tl.text.length > CAPTION_MAX_CHARS || !BRACKET_GROUPS.test(tl.text)) return "";
    parts = Array.from(tl.text.matchAll(BRACKET_GROUP), (m) => m[1].trim());
  }
  if (parts.length === 0) return "";
  for (let k = 1; k < parts.length; k++) if (parts[k] !== parts[0]) return "";
  return isUnit(parts[0]) ? parts[0] : "";
}

export interface SegmentOptions {
  isUnit: UnitRecognizer;
}

/**
 * The unit a caption, a unit line or a header lead states for a whole table ("" when none). `ascii`:
 * the text is known to be printable ASCII (TextLine.ascii).
 */
export function captionUnitOf(text: string, isUnit: UnitRecognizer, ascii = false): string {
  if (text.length > CAPTION_MAX_CHARS) return "";
  // Asked of nearly every short line: the two regexes run only when the colon or parenthesis one of
  // them needs is there (one scan for both; in ASCII text, where neither full-width form can be, two
  // `includes` of these rare characters are cheaper than the regex).
  if (ascii ? !text.includes(":") && !text.includes("(") : !CAPTION_MARK.test(text)) return "";
  const m = CAPTION_UNIT.exec(text) ?? CAPTION_IN_UNIT.exec(text);
  if (!m) return "";
  const unit = (m[1] as string).replace(UNLESS, "").trim();
  return unit && isUnit(unit) ? unit : "";
}

/** A caption this many lines above the header (blank lines counted) may give the table its unit. */
const TITLE_UNIT_REACH = 3;
const TRAILING_BRACKET_UNIT = /[(（]\s*([^()（）]{1,30}?)\s*[)）]$/;

/** "Scope 3 emissions by category (tCO2e)" → "tCO2e": a caption ending in a bracketed unit. */
function bracketUnitOf(text: string, isUnit: UnitRecognizer): string {
  if (text.length > CAPTION_MAX_CHARS || (text.charCodeAt(text.length - 1) !== 0x29 && text.charCodeAt(text.length - 1) !== 0xff09)) return "";
  const m = TRAILING_BRACKET_UNIT.exec(text);
  return m && isUnit(m[1]) ? m[1] : "";
}

/** "Fatalities - 2022", "Fatalities (FY2022)", "Fatalities in 2022", "工亡人数（2022年）": a year ending a label. */
const LABEL_YEAR = /^(.*?\S)(?:\s*[(（]\s*(?:FY\s?)?((?:19|20)\d\d)年?\s*[)）]|(?:\s+-\s*|\s*[:,]\s*|\s+(?:in|for)\s+)(?:FY\s?)?((?:19|20)\d\d)年?)$/i;
/** A year a figure is compared with or counted from is not the figure's year: "reduction vs baseline (2019)". */
const COMPARED_WITH = /\b(?:baseline|base\s+year|compared|comparison|versus|vs\.?|since|from|relative|against|reduction|reduced|change|target|cumulative)\b|较|相比|基准|以来|累计|减少|目标/i;
/** How many years before the column's year a label's own year may be. */
const LABEL_YEAR_REACH = 10;

function labelYearOf(label: string, columnYear: number): { label: string; year: number } | null {
  const n = label.length;
  // Cheap test first: the label ends in a digit, or a bracket or 年 right after one.
  const last = label.charCodeAt(n - 1);
  const digitAt = (k: number): boolean => k >= 0 && label.charCodeAt(k) >= 48 && label.charCodeAt(k) <= 57;
  if (!digitAt(n - 1) && !digitAt(n - 2) && !digitAt(n - 3)) return null;
  if (!digitAt(n - 1) && last !== 0x29 && last !== 0xff09 && last !== 0x5e74) return null;
  const m = LABEL_YEAR.exec(label);
  if (!m || COMPARED_WITH.test(m[1])) return null;
  const year = Number(m[2] ?? m[3]);
  if (year > columnYear || year < columnYear - LABEL_YEAR_REACH) return null;
  return { label: m[1], year };
}

function stripCode(label: string): { label: string; code?: string } {
  const m = ROW_CODE.exec(label);
  if (!m) return { label };
  return { label: label.slice(m[0].length).trim(), code: m[1] };
}

function unbalanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(" || ch === "（") depth++;
    else if ((ch === ")" || ch === "）") && depth > 0) depth--;
  }
  return depth > 0;
}

/** How a wrapped fragment meets its continuation; only the fragment's last character matters. */
type WrapJoint = "mend-hyphen" | "adjoin" | "space";

function wrapJoint(first: string, next: string): WrapJoint {
  // Asked for every line of a paragraph: character codes, not one-character strings and regexes.
  const end = first.charCodeAt(first.length - 1);
  const start = next.charCodeAt(0);
  if (end === 0x2d /* - */ && start >= 0x61 && start <= 0x7a) return "mend-hyphen";
  if (isCjkCode(end) && isCjkCode(start)) return "adjoin";
  return "space";
}

/** A code unit in the CJK range U+3400..U+9FFF. */
function isCjkCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Joins a wrapped fragment and its continuation, mending "post-\ndoctoral" style breaks. */
export function joinWrapped(first: string, next: string): string {
  const joint = wrapJoint(first, next);
  if (joint === "mend-hyphen") return first.slice(0, -1) + next;
  if (joint === "adjoin") return first + next;
  return `${first} ${next}`;
}

/** Tabs (empty cells included) become one space: cell rows read as text. */
function untabbed(text: string): string {
  return text.includes("\t") ? text.replace(/\t+/g, " ") : text;
}

function isContinuation(fragment: string, next: string): boolean {
  return OPEN_END.test(fragment) || unbalanced(fragment) || STARTS_LOWER.test(next);
}

function isProseLine(text: string): boolean {
  return text.length >= PROSE_MIN_CHARS || (endsSentence(text) && hasMoreSpaces(text, 7));
}

/** More than `n` spaces in `text` (as `text.split(" ").length > n + 1`, without building the parts). */
function hasMoreSpaces(text: string, n: number): boolean {
  let count = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) if (++count > n) return true;
  return false;
}

interface OpenTable {
  block: TableBlock;
  header: YearHeader;
  /** What rows need of the header (year count, trailing non-year columns). */
  layout: RowLayout;
  /** Unconsumed label fragments since the last row (wraps or headings). */
  pending: TextLine[];
  /** Every line since the last row, blanks included: replayed as text if the table ends here. */
  skipped: TextLine[];
  /** Sticky group cells by column (cell layouts). */
  groups: Map<number, string>;
  /** Heading context (space layouts): the last heading line(s). */
  heading: string;
  /** Cell layouts: the last heading line between rows, for the rows below it. */
  section: string;
  /** Cell layouts: the row just added, as wide as it was meant to be (cells a rowspan took counted back). */
  prev: PrevRow | null;
  /** The label cells of the row just added: a row of percentages under it, with no label, is its share. */
  prevLabelCells: ParsedRow["labelCells"];
  /** Unit stated once for the table (caption, unit line, header): rows without their own unit take it. */
  defaultUnit: string;
  /** The header is a cell row with columns between its years. */
  gapped: boolean;
  gap: number;
  blanks: number;
}

/** Longest label tail a row's label takes from the line after its figures. */
const MAX_LABEL_TAIL_CHARS = 40;

/**
 * A line right after a row (no line between) that ends the row's label: a bracketed qualifier
 * ("(market-based)") or the end of a bracket the label left open ("location-based)").
 */
function continuesRowLabel(t: OpenTable, tl: TextLine): boolean {
  if (t.gap !== 0 || t.pending.length > 0 || t.block.rows.length === 0 || tl.cells !== null) return false;
  const text = tl.text.trim();
  if (text.length === 0 || text.length > MAX_LABEL_TAIL_CHARS || HAS_DIGIT_START.test(text)) return false;
  const label = t.block.rows[t.block.rows.length - 1].label;
  const closesOpenBracket = label.lastIndexOf("(") > label.lastIndexOf(")") && text.endsWith(")") && !text.includes("(");
  const bracketedQualifier = text.startsWith("(") && text.endsWith(")") && !label.endsWith(")");
  return closesOpenBracket || bracketedQualifier;
}

function alignValues(parsed: ParsedRow, years: number[]): { values: (ValueCell | null)[]; aligned: boolean; extra: ValueCell[] } {
  const n = parsed.values.length;
  const m = years.length;
  if (n >= m) return { values: parsed.values.slice(n - m), aligned: true, extra: parsed.values.slice(0, n - m) };
  const values: (ValueCell | null)[] = parsed.values.slice();
  while (values.length < m) values.push(null);
  return { values, aligned: false, extra: [] };
}

/**
 * Values under a two-row header: each figure's column (cell rows lined up with the sub-header row) or,
 * failing that, its order (a figure for every sub-column of every year) says its year and sub-column;
 * the year's own sub-column ("Total") gives the year's value. Nothing when that cannot be told.
 */
function alignSubValues(parsed: ParsedRow, tl: TextLine, sub: SubColumns, m: number): (ValueCell | null)[] {
  const values: (ValueCell | null)[] = new Array(m).fill(null);
  if (sub.main < 0) return values;
  if (tl.cells && sub.cols) {
    for (const offset of rowOffsets(tl.cells, sub.cellCount)) {
      let mapped = true;
      const byCol: (ValueCell | null)[] = new Array(m).fill(null);
      for (let v = 0; v < parsed.values.length && mapped; v++) {
        const at = sub.cols[parsed.valueCols[v] - offset];
        if (!at) mapped = false;
        else if (at[1] === sub.main) byCol[at[0]] = parsed.values[v];
      }
      if (mapped) return byCol;
    }
  }
  if (parsed.values.length !== m * sub.perYear) return values;
  for (let j = 0; j < m; j++) values[j] = parsed.values[j * sub.perYear + sub.main];
  return values;
}

/**
 * How a cell row may line up with its header row, as offsets (row column = header column + offset): cell
 * for cell; shifted right by the row's extra cells in front (a code column the header lacks), counted
 * with or without its trailing empty cells; and, for a row shorter than the header, also lined up by
 * its last cells. A row as wide as the header or wider never lines up shifted left.
 */
function cellOffsets(cells: readonly string[], headerCells: number): number[] {
  const n = cells.length;
  let nt = n;
  while (nt > 0 && cells[nt - 1] === "") nt--;
  const out = [0];
  for (const d of [n - headerCells, nt - headerCells]) if (d !== 0 && (d > 0 || n < headerCells) && !out.includes(d)) out.push(d);
  return out;
}

/**
 * The year (index) of each figure of a cell row lined up with its header at offset `d`: every figure in
 * a year column of its own (an empty or "-" cell there is that year's missing value), and no year
 * column holding text (a label or unit cell there says the row does not line up this way); else null.
 */
function yearsAt(parsed: ParsedRow, cells: readonly string[], yearCols: readonly number[], d: number): number[] | null {
  const years: number[] = [];
  for (let v = 0; v < parsed.values.length; v++) {
    const j = yearCols.indexOf(parsed.valueCols[v] - d);
    // Two figures in one cell: not a column each.
    if (j < 0 || (v > 0 && parsed.valueCols[v] === parsed.valueCols[v - 1])) return null;
    years.push(j);
  }
  for (const col of yearCols) {
    const c = col + d;
    if (c >= 0 && c < cells.length && cells[c] !== "" && !parsed.valueCols.includes(c)) return null;
  }
  return years;
}

/**
 * A cell row's figures by the year columns they sit in. The row's unit cell under the header's "Unit"
 * column says how the row lines up, when it fits; else each way the row may line up is tried, and the
 * ones that fit must agree. Null when none fits or they disagree.
 */
function alignByColumns(parsed: ParsedRow, cells: readonly string[], header: YearHeader): (ValueCell | null)[] | null {
  const place = (years: number[]): (ValueCell | null)[] => {
    const out = new Array<ValueCell | null>(header.years.length).fill(null);
    for (let v = 0; v < years.length; v++) out[years[v]] = parsed.values[v];
    return out;
  };
  if (parsed.unitCol !== undefined && header.unitCol !== undefined) {
    const years = yearsAt(parsed, cells, header.yearCols, parsed.unitCol - header.unitCol);
    if (years) return place(years);
  }
  let found: number[] | null = null;
  for (const d of cellOffsets(cells, header.cellCount)) {
    const years = yearsAt(parsed, cells, header.yearCols, d);
    if (!years) continue;
    if (found && years.some((j, v) => j !== (found as number[])[v])) return null;
    found = years;
  }
  return found ? place(found) : null;
}

/**
 * A cell row under a header whose years sit side by side: by column when the row lines up with the
 * header; else (a ragged row) in order when it prints a figure for every year (the last ones, those
 * before being the unit's or the label's), and nothing when it prints fewer: their years cannot be told.
 */
function alignCellValues(parsed: ParsedRow, tl: TextLine, header: YearHeader): { values: (ValueCell | null)[]; aligned: boolean; extra: ValueCell[] } {
  const cells = tl.cells as string[];
  const byColumn = header.cellCount > 0 ? alignByColumns(parsed, cells, header) : null;
  // A row cut short (its last cells missing) is read by column too, but with less certainty when it
  // leaves years without a figure.
  if (byColumn) return { values: byColumn, aligned: cells.length >= header.cellCount || parsed.values.length >= header.years.length, extra: [] };
  if (parsed.values.length >= header.years.length) return alignValues(parsed, header.years);
  return { values: new Array<ValueCell | null>(header.years.length).fill(null), aligned: false, extra: [] };
}

/** True when a cell header leaves columns between its years ("| 2025 | | 2024 |"). */
function hasYearGaps(header: YearHeader): boolean {
  const cols = header.yearCols;
  if (header.cellCount === 0) return false;
  for (let j = 1; j < cols.length; j++) if (Math.abs(cols[j] - cols[j - 1]) > 1) return true;
  return false;
}

/**
 * A cell row under a header with columns between its years, and no row naming those columns: a figure
 * in a year's column is that year's, and a figure in a column between years (an intensity, a share, a
 * second measure) leaves the row unreadable (no values) rather than read by position.
 */
function alignGappedValues(parsed: ParsedRow, tl: TextLine, header: YearHeader): (ValueCell | null)[] {
  const m = header.years.length;
  for (const offset of rowOffsets(tl.cells as string[], header.cellCount)) {
    const values: (ValueCell | null)[] = new Array(m).fill(null);
    let v = 0;
    for (; v < parsed.values.length; v++) {
      const j = header.yearCols.indexOf(parsed.valueCols[v] - offset);
      if (j < 0) break;
      values[j] = parsed.values[v];
    }
    if (v === parsed.values.length) return values;
  }
  return new Array(m).fill(null);
}

/**
 * How a cell row may line up with a header row: cell for cell, or (a row with more cells, trailing empty
 * ones not counted) shifted right by the difference, an extra group cell in front.
 */
function rowOffsets(cells: readonly string[], headerCells: number): number[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return n > headerCells ? [0, n - headerCells] : [0];
}

/** What a cell row leaves for the row below it to line up with. */
interface PrevRow {
  /** Its cell count, the cells it lacked (taken by a cell spanning rows above it) counted. */
  width: number;
  /** Its unit when that was a cell (its own or one spanning down to it). */
  unit: string;
  full: boolean;
}

/**
 * A cell row shorter than the full row just above it, with a figure for every year: the cells it lacks
 * are cells of the rows above that span down over it (an HTML rowspan an importer wrote once). Without
 * a unit of its own it lacks the unit cell, which is the row above's; the other cells it lacks are the
 * leftmost (group labels), so its own cells move right by their number and the groups stay its context.
 */
function spannedFromAbove(t: OpenTable, tl: TextLine, parsed: ParsedRow, m: number): { shift: number; unit: string; width: number } | null {
  const p = t.prev;
  const cells = tl.cells as string[];
  if (!p || !p.full || t.pending.length || parsed.values.length !== m || cells.length >= p.width) return null;
  const missing = p.width - cells.length;
  const unit = !parsed.unit && p.unit ? p.unit : "";
  const shift = missing - (unit ? 1 : 0);
  if (shift < 0 || (shift === 0 && !unit)) return null;
  return { shift, unit, width: p.width };
}

/** A segment's figure counts as the whole's when the other segments add up to it within this (rounding). */
const SEGMENT_SUM_TOLERANCE = 0.005;

/**
 * A cell row under segment columns: each figure's column says its segment and year (lined up cell for
 * cell with the years row, or shifted by an extra cell in front); only the whole entity's figures are
 * the row's values. Nothing when no segment names the whole, or a figure sits outside the columns. A
 * weakly named whole ("Company", "本公司") keeps a year's figure only when the other segments print
 * figures for that year that add up to it.
 */
function alignSegmentValues(parsed: ParsedRow, tl: TextLine, seg: SegmentColumns, m: number): (ValueCell | null)[] {
  const values: (ValueCell | null)[] = new Array(m).fill(null);
  if (seg.whole < 0 || !tl.cells) return values;
  for (const offset of rowOffsets(tl.cells, seg.cellCount)) {
    const byCol: (ValueCell | null)[] = new Array(m).fill(null);
    const sums: (number | null)[] = new Array(m).fill(0);
    let mapped = true;
    for (let v = 0; v < parsed.values.length && mapped; v++) {
      const at = seg.cols[parsed.valueCols[v] - offset];
      if (!at || (v > 0 && parsed.valueCols[v] === parsed.valueCols[v - 1])) mapped = false;
      else if (at[0] === seg.whole) byCol[at[1]] = parsed.values[v];
      else {
        const x = parsed.values[v].value;
        const s = sums[at[1]];
        sums[at[1]] = x === null || s === null ? null : s + x;
      }
    }
    if (!mapped) continue;
    if (seg.weak) {
      for (let j = 0; j < m; j++) {
        const w = byCol[j]?.value;
        const s = sums[j];
        if (w === null || w === undefined || s === null || Math.abs(s - w) > SEGMENT_SUM_TOLERANCE * Math.max(Math.abs(w), 1)) byCol[j] = null;
      }
    }
    return byCol;
  }
  return values;
}

function addRow(t: OpenTable, tl: TextLine, parsed: ParsedRow, isUnit: UnitRecognizer): void {
  const sub = t.layout.sub;
  const segments = t.header.segments;
  const m = t.header.years.length;
  const { values, aligned, extra } = segments
    ? { values: alignSegmentValues(parsed, tl, segments, m), aligned: true, extra: [] }
    : sub
    ? { values: alignSubValues(parsed, tl, sub, m), aligned: true, extra: [] }
    : tl.cells && t.gapped
      ? { values: alignGappedValues(parsed, tl, t.header), aligned: true, extra: [] }
      : tl.cells
        ? alignCellValues(parsed, tl, t.header)
        : alignValues(parsed, t.header.years);
  // "Female | persons | 4,127" then " | % | 70.4": a percentage row without a label states the share of
  // the row above it.
  let cells = parsed.labelCells.length === 0 && parsed.unit.startsWith("%") ? t.prevLabelCells : parsed.labelCells;
  t.prevLabelCells = cells;
  let label = cells.length ? cells[cells.length - 1].text : "";
  let unit = parsed.unit;
  let inherited = false;
  const spanned = tl.cells && !sub && !segments ? spannedFromAbove(t, tl, parsed, m) : null;
  if (spanned) {
    if (spanned.shift) cells = cells.map((c) => ({ text: c.text, col: c.col + spanned.shift }));
    if (spanned.unit) {
      unit = spanned.unit;
      inherited = true;
    }
  }
  if (tl.cells) {
    t.prev = {
      width: spanned ? spanned.width : tl.cells.length,
      unit: spanned?.unit || (parsed.unitCell ? parsed.unit : ""),
      full: parsed.values.length === m,
    };
  }
  // Figures beyond the year columns belong to the unit ("RMB 10,000") or else to the label ("Scope 1").
  if (extra.length) {
    const extraText = extra.map((v) => v.text).join(" ");
    if (unit && isUnit(`${unit} ${extraText}`)) unit = `${unit} ${extraText}`;
    else if (!unit && isUnit(extraText)) unit = extraText;
    else label = `${label} ${extraText}`.trim();
  }
  const context: string[] = [];
  let sectionOpened = false;
  if (tl.cells) {
    // Cell layout: earlier cells are groups; an empty group cell inherits the cell above.
    const lastCol = cells.length ? cells[cells.length - 1].col : 0;
    for (let k = 0; k < cells.length - 1; k++) t.groups.set(cells[k].col, cells[k].text);
    // Most tables have no group cells: no key lists to copy and sort on each of their rows.
    if (t.groups.size > 0) {
      for (const col of [...t.groups.keys()]) if (col >= lastCol) t.groups.delete(col);
      const cols = [...t.groups.keys()].sort((a, b) => a - b);
      for (const col of cols) {
        const g = t.groups.get(col) as string;
        if (!CODE_ONLY.test(g)) context.push(stripCode(g).label);
      }
    }
    if (t.pending.length) {
      context.unshift(...t.pending.map((p) => untabbed(p.text).trim()));
      // The heading: the last pending line, joined to the line before when it continues it (wrapped).
      let section = "";
      for (let k = 0; k < t.pending.length; k++) {
        const text = context[k];
        section = section && isContinuation(section, text) ? joinWrapped(section, text) : text;
      }
      t.section = stripCode(section).label;
      sectionOpened = true;
    }
    // A group cell opened on this row applies to later rows too; pending notes do not.
  } else {
    // Space layout: a pending fragment is the first part of a wrapped label or a heading.
    let prefix = "";
    for (const p of t.pending) {
      if (prefix && isContinuation(prefix, p.text)) prefix = joinWrapped(prefix, p.text);
      else {
        if (prefix) t.heading = prefix;
        prefix = p.text;
      }
    }
    if (prefix) {
      if (isContinuation(prefix, label)) label = joinWrapped(prefix, label);
      else t.heading = prefix;
    }
    if (t.heading) context.push(t.heading);
  }
  t.pending = [];
  t.skipped = [];
  if (!unit && t.defaultUnit) {
    unit = t.defaultUnit;
    inherited = true;
  }
  const stripped = stripCode(label);
  // One year column, and a year at the end of the label: the row is that year's.
  const labelled = m === 1 ? labelYearOf(stripped.label, t.header.years[0]) : null;
  const row: TableRow = {
    line: tl.line,
    raw: tl.raw,
    label: labelled ? labelled.label : stripped.label,
    context,
    unit,
    values,
    aligned,
  };
  if (labelled) row.year = labelled.year;
  if (inherited) row.unitInherited = true;
  const code = stripped.code ?? (cells.length > 1 && CODE_ONLY.test(cells[0].text) ? cells[0].text : undefined);
  if (code) row.code = code;
  // A row with a framework code of its own opens a new block: the heading above no longer applies.
  if (code && tl.cells && !sectionOpened) t.section = "";
  const section = tl.cells ? t.section : t.heading;
  if (section) row.section = section;
  if (tl.page !== undefined) row.page = tl.page;
  t.block.rows.push(row);
}

function openTable(header: YearHeader, tl: TextLine, title: string, defaultUnit: string): OpenTable {
  return {
    block: { kind: "table", years: header.years, headerLine: tl.line, title, rows: [] },
    header,
    layout: {
      years: header.years.length,
      extraCols: header.extraCols,
      firstYearCol: header.yearCols[0],
      lastYearCol: header.yearCols[header.yearCols.length - 1],
      cellCount: header.cellCount,
      unitCol: header.unitCol,
      unitAfter: header.unitAfter,
    },
    pending: [],
    skipped: [],
    groups: new Map(),
    prevLabelCells: [],
    heading: "",
    section: "",
    prev: null,
    defaultUnit,
    gapped: hasYearGaps(header),
    gap: 0,
    blanks: 0,
  };
}

/**
 * Paragraph builder: consecutive non-blank lines joined (as `joinWrapped` would, line by line), with a
 * span per line for provenance. The pieces are joined once at the end: how a line meets the next
 * depends only on the previous line's last character, so the growing text is never re-read.
 */
class Paragraphs {
  constructor(private readonly emit: BlockSink) {}

  /**
   * The open paragraph's pieces and spans (the first `pieceCount` / `spanCount` entries): scratch
   * buffers reused from one paragraph to the next. Most paragraphs are one line, and two fresh
   * growing arrays per paragraph were a large share of segmentation's garbage.
   */
  private readonly pieces: string[] = [];
  private pieceCount = 0;
  private readonly spans: LineSpan[] = [];
  private spanCount = 0;
  private length = 0;
  /** Whether every line of the open paragraph is known to be ASCII. */
  private ascii = true;

  add(tl: TextLine): void {
    // A plain-ASCII line is already trimmed and holds no tab (most lines): nothing to clean.
    const piece = tl.ascii === true ? tl.text : untabbed(tl.text).trim();
    if (!piece) return this.flush();
    // A row of cells outside a table (a targets table, a table without year columns) is no sentence:
    // it stands alone, so the prose around it keeps its own sentences.
    if (tl.cells !== null) {
      this.flush();
      this.addPiece(tl, piece);
      return this.flush();
    }
    this.addPiece(tl, piece);
  }

  private addPiece(tl: TextLine, piece: string): void {
    if (tl.ascii !== true) this.ascii = false;
    const span: LineSpan = { start: 0, line: tl.line };
    if (tl.page !== undefined) span.page = tl.page;
    const last = this.pieceCount - 1;
    if (last >= 0) {
      const joint = wrapJoint(this.pieces[last], piece);
      if (joint === "mend-hyphen") {
        this.pieces[last] = this.pieces[last].slice(0, -1);
        this.length--;
      } else if (joint === "space") {
        this.pieces[this.pieceCount++] = " ";
        this.length++;
      }
    }
    span.start = this.length;
    this.pieces[this.pieceCount++] = piece;
    this.length += piece.length;
    this.spans[this.spanCount++] = span;
  }

  flush(): void {
    if (this.pieceCount === 0) return;
    const text = this.pieceCount === 1 ? this.pieces[0] : this.pieces.slice(0, this.pieceCount).join("");
    const block: ProseBlock = { kind: "prose", text, spans: this.spans.slice(0, this.spanCount), ascii: this.ascii };
    this.emit(block);
    this.pieceCount = 0;
    this.spanCount = 0;
    this.length = 0;
    this.ascii = true;
  }

  push(b: Block): void {
    this.flush();
    this.emit(b);
  }

  /** The open paragraph, if any (see Segmenter.stateKey). */
  stateKey(): string {
    return JSON.stringify([this.pieces.slice(0, this.pieceCount), this.spans.slice(0, this.spanCount), this.length, this.ascii]);
  }
}

/** A card value starts with a digit, or a sign then a digit (as CARD_VALUE requires): checked before the regex. */
function startsWithFigure(text: string): boolean {
  const c = text.charCodeAt(0) === 43 /* + */ || text.charCodeAt(0) === 45 /* - */ ? text.charCodeAt(1) : text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A currency before a card's figure: "RMB 2.74 billion", "HK$1.2 million". */
const CARD_CURRENCY = /^(?:RMB|CNY|HKD|USD|EUR|HK\$|US\$|¥|\$|€|£)\s*/;

/** First characters of a card value: a digit, a sign, or the first character of a CARD_CURRENCY. */
const CARD_VALUE_FIRST = new Set(Array.from("0123456789+-RCHUE¥$€£", (c) => c.charCodeAt(0)));

function isCardValue(printed: string, isUnit: UnitRecognizer): boolean {
  const c = printed.charCodeAt(0);
  // Only a figure, a sign or a currency can open a card value: most paragraphs fail on their first
  // character, before the currency is stripped (a regex replace) and the figure tested.
  if (!CARD_VALUE_FIRST.has(c)) return false;
  const text = c >= 48 && c <= 57 ? printed : printed.replace(CARD_CURRENCY, "");
  if (text.length > 48 || !startsWithFigure(text)) return false;
  const figure = CARD_FIGURE.exec(text);
  if (!figure) return false;
  // After the figure no other figure, unless the whole rest is a unit that prints digits ("tCO2e",
  // "m3", "tCO2e/RMB 10,000").
  const tail = text.slice(figure[0].length);
  if (tail.length > CARD_TAIL_MAX || (HAS_DIGIT.test(tail) && !isUnit(tail))) return false;
  const space = text.indexOf(" ");
  const first = (space < 0 ? text : text.slice(0, space)).replace(/%$/, "");
  if (BARE_YEAR.test(first)) return false;
  return isValueToken(first) || /^\d[\d,.]*\S*$/.test(first);
}

/**
 * Turns paragraph pairs "short label" + "figure unit" into cards as the blocks stream past: the last
 * block is held back until the next one shows whether the pair is a card (one block of look-behind,
 * so this stays linear and keeps nothing else).
 */
class CardJoiner {
  private held: Block | null = null;

  constructor(
    private readonly emit: BlockSink,
    private readonly isUnit: UnitRecognizer,
  ) {}

  push(b: Block): void {
    const prev = this.held;
    // The reverse order in one two-line paragraph: the big figure, then its caption ("RMB 2.1 billion" /
    // "operating revenue"). The caption must be short, not a sentence, and not a figure itself.
    if (b.kind === "prose" && b.spans.length === 2) {
      const cut = b.spans[1].start;
      const figure = b.text.slice(0, cut).trim();
      const caption = b.text.slice(cut).trim();
      if (
        caption.length <= CARD_LABEL_MAX &&
        isCardValue(figure, this.isUnit) &&
        !endsSentence(caption) &&
        !startsWithFigure(caption) &&
        !isCardValue(caption, this.isUnit)
      ) {
        const card: CardBlock = { kind: "card", label: caption, valueText: figure, line: b.spans[0].line, raw: figure };
        if (b.spans[0].page !== undefined) card.page = b.spans[0].page;
        return this.pass(card);
      }
    }
    if (
      b.kind === "prose" &&
      b.spans.length === 1 &&
      isCardValue(b.text, this.isUnit) &&
      prev?.kind === "prose" &&
      prev.text.length <= CARD_LABEL_MAX &&
      prev.spans.length <= 2 &&
      !endsSentence(prev.text) &&
      !isCardValue(prev.text, this.isUnit)
    ) {
      const card: CardBlock = { kind: "card", label: prev.text, valueText: b.text, line: b.spans[0].line, raw: b.text };
      if (b.spans[0].page !== undefined) card.page = b.spans[0].page;
      // The label block becomes the card's label: the card takes its place.
      this.held = card;
      return;
    }
    this.pass(b);
  }

  /** Emits the held block; `b` is held next. */
  private pass(b: Block): void {
    if (this.held) this.emit(this.held);
    this.held = b;
  }

  end(): void {
    if (this.held) this.emit(this.held);
    this.held = null;
  }

  /** The block held back until the next one shows whether they make a card. */
  heldKey(): string {
    return JSON.stringify(this.held);
  }
}

/** Receives each block as soon as it is complete, in document order. */
export type BlockSink = (block: Block) => void;

/** Splits lines into table, card and prose blocks. */
export function segmentBlocks(lines: readonly TextLine[], options: SegmentOptions): Block[] {
  const blocks: Block[] = [];
  segmentBlocksInto(lines, options, (b) => blocks.push(b));
  return blocks;
}

/**
 * segmentBlocks, handing each block to `sink` as soon as it is complete: a caller that consumes blocks
 * one by one (the engine's facts stage) never holds them all, so they die young in the garbage
 * collector instead of being copied and promoted with the rest of a large document.
 */
export function segmentBlocksInto(lines: readonly TextLine[], options: SegmentOptions, sink: BlockSink): void {
  const segmenter = new Segmenter(options, sink);
  // An index loop: `for…of` here left an iterator result per line to the garbage collector.
  for (let i = 0; i < lines.length; i++) segmenter.push(lines[i]);
  segmenter.end();
}

/** segmentBlocksInto one line at a time: the engine pushes each line as it is normalized. */
export class Segmenter {
  private readonly isUnit: UnitRecognizer;
  private readonly cards: CardJoiner;
  private readonly para: Paragraphs;
  private table: OpenTable | null = null;
  private lastHeading = "";
  private lastHeadingAt = -1;
  /** A unit line or caption seen since the last table opened, for the next table. */
  private captionUnit = "";
  /** Index of the next line. */
  private index = 0;
  /** The last non-blank line and the blank lines since: a segment header row above a years row. */
  private lastLine: TextLine | null = null;
  private blanksSince = 0;
  /** The heading line before `lastHeading`, a caption above a segment header row. */
  private priorHeading = "";
  private priorHeadingAt = -1;

  constructor(options: SegmentOptions, sink: BlockSink) {
    this.isUnit = options.isUnit;
    this.cards = new CardJoiner(sink, this.isUnit);
    this.para = new Paragraphs((b) => this.cards.push(b));
  }

  private closeTable(): void {
    const table = this.table;
    if (!table) return;
    const leftovers = table.skipped;
    if (table.block.rows.length > 0) this.para.push(table.block);
    else this.para.flush();
    this.table = null;
    for (const p of leftovers) this.para.add(p);
  }

  push(tl: TextLine): void {
    const i = this.index++;
    const above = this.lastLine;
    const blanks = this.blanksSince;
    if (tl.text === "") this.blanksSince++;
    else {
      this.lastLine = tl;
      this.blanksSince = 0;
    }
    let header = parseYearHeader(tl);
    // Years repeated under each segment of the cell row above (a blank line between: a markdown rule).
    let segmentRow = false;
    if (!header && tl.cells && above?.cells && blanks <= 1) {
      header = parseSegmentHeader(above, tl)?.header ?? null;
      segmentRow = header !== null;
    }
    if (header) {
      // The caption: the last heading line, or (a table right after another) the last line between them;
      // above a segment header row, the line before it.
      let title = segmentRow && this.lastHeading === above?.text ? this.priorHeading : this.lastHeading;
      let titleAt = segmentRow && this.lastHeading === above?.text ? this.priorHeadingAt : this.lastHeadingAt;
      if (this.table) {
        const last = this.table.pending[this.table.pending.length - (segmentRow && this.table.pending[this.table.pending.length - 1] === above ? 2 : 1)];
        const text = last ? untabbed(last.text).trim() : "";
        title = text.length < CARD_LABEL_MAX && !endsSentence(text) ? text : "";
        titleAt = i - 1;
      }
      this.closeTable();
      const yearUnit = header.unit && this.isUnit(header.unit) ? header.unit : "";
      // "Table 4 Scope 3 emissions by category (tCO2e)" just above: the unit of the rows that print none.
      const titleUnit = title && i - titleAt <= TITLE_UNIT_REACH ? bracketUnitOf(title, this.isUnit) : "";
      this.table = openTable(header, tl, title, yearUnit || captionUnitOf(header.lead, this.isUnit) || this.captionUnit || titleUnit);
      this.captionUnit = "";
      return;
    }
    if (this.table) {
      const t: OpenTable = this.table;
      if (tl.text === "") {
        t.skipped.push(tl);
        if (++t.blanks > MAX_BLANK_RUN) this.closeTable();
        return;
      }
      t.blanks = 0;
      if (t.block.rows.length === 0 && t.pending.length === 0 && !t.layout.sub && !t.header.segments) {
        // A row naming sub-columns under each year ("Total | Intensity | Total | Intensity").
        const sub = parseSubHeader(tl, t.header, this.isUnit);
        if (sub) {
          t.layout.sub = sub;
          if (sub.unit && !t.defaultUnit) t.defaultUnit = sub.unit;
          t.skipped.push(tl);
          return;
        }
      }
      const parsed = parseRow(tl, this.isUnit, t.layout);
      if (parsed && parsed.labelCells.length + (parsed.unit ? 1 : 0) > 0) {
        addRow(t, tl, parsed, this.isUnit);
        t.gap = 0;
        return;
      }
      if (t.block.rows.length === 0 && t.pending.length === 0 && !HAS_DIGIT_START.test(tl.text)) {
        // A unit row under the years applies to every row that states no unit of its own.
        const u = columnUnitOf(tl, this.isUnit);
        if (u) {
          t.defaultUnit = u;
          t.skipped.push(tl);
          return;
        }
      }
      // "Scope 2 GHG emissions  tCO2e  41,215.0 …" then "(market-based)": the row's label ends on the
      // line after its figures (text laid out by pdftotext wraps the label column).
      if (continuesRowLabel(t, tl)) {
        const row = t.block.rows[t.block.rows.length - 1];
        row.label = joinWrapped(row.label, tl.text.trim());
        t.skipped.push(tl);
        return;
      }
      if (!isProseLine(tl.text) && ++t.gap <= MAX_GAP_LINES) {
        // "Unit: tonnes" between rows applies to the rows below (and to the next table if it opens).
        const u = captionUnitOf(tl.text, this.isUnit, tl.ascii === true);
        if (u) t.defaultUnit = this.captionUnit = u;
        else if (this.captionUnit && SECTION_HEADING.test(tl.text)) this.captionUnit = "";
        t.pending.push(tl);
        t.skipped.push(tl);
        return;
      }
      // Table over: its unconsumed fragments are ordinary text.
      this.closeTable();
    }
    this.para.add(tl);
    if (tl.text !== "" && tl.text.length < CARD_LABEL_MAX && !endsSentence(tl.text)) {
      this.priorHeading = this.lastHeading;
      this.priorHeadingAt = this.lastHeadingAt;
      this.lastHeading = tl.text;
      this.lastHeadingAt = i;
    }
    if (tl.text !== "" && tl.text.length <= CAPTION_MAX_CHARS) {
      const u = captionUnitOf(tl.text, this.isUnit, tl.ascii === true);
      if (u) this.captionUnit = u;
      // A heading only matters while a caption unit is held (most lines have none to drop).
      else if (this.captionUnit && SECTION_HEADING.test(tl.text)) this.captionUnit = "";
    }
  }

  /** Closes what is open; every block has then reached the sink. */
  end(): void {
    this.closeTable();
    this.para.flush();
    this.cards.end();
  }

  /**
   * All the segmenter carries to the lines after, with line positions made relative to the next line
   * (see ExtractionPass.stateKey in src/extract.ts); null while a table is open, whose state is not
   * compared.
   */
  stateKey(): string | null {
    if (this.table !== null) return null;
    const since = (at: number): number | null => (at < 0 ? null : this.index - at);
    return JSON.stringify([
      this.lastHeading,
      since(this.lastHeadingAt),
      this.priorHeading,
      since(this.priorHeadingAt),
      this.captionUnit,
      this.lastLine,
      this.blanksSince,
      this.cards.heldKey(),
      this.para.stateKey(),
    ]);
  }
}
