/**
 * One line → its table-row parts: label cells, unit, trailing value cells; or a year header.
 * Works on cell rows (tab, pipe, HTML) and on space-separated rows, where the unit is found as the
 * longest run of words before the figures that the units module recognises.
 */
import type { TextLine } from "../lines/normalize";
import { figureValue, isValueToken, yearOf } from "./tokens";
import type { UnitRecognizer, ValueCell } from "./types";

export interface ParsedRow {
  /** Label cells left to right, with their column index (cell rows) or 0 (space rows). */
  labelCells: { text: string; col: number }[];
  unit: string;
  values: ValueCell[];
  /** Column index of each value (cell rows), for positional alignment. */
  valueCols: number[];
  /** Cell rows: the unit was a cell of its own (not split from the label, not the table's). */
  unitCell?: boolean;
  /** Cell rows: the column of that unit cell, to line the row up with the header's "Unit" column. */
  unitCol?: number;
}

export interface YearHeader {
  years: number[];
  /** Column index of each year (cell rows). */
  yearCols: number[];
  /** Text before the years ("Indicator Unit"). */
  lead: string;
  /** A unit every year cell printed after its year ("2024 (tCO2e)"); the table's unit if the units module agrees. */
  unit?: string;
  /** Non-year columns after the years ("Change (%)", "YoY", "Remarks", "备注"): their cells are never a year's value. */
  extraCols: number;
  /** Cell count of the header row (cell rows), to line rows up with it. */
  cellCount: number;
  /** Column of a "Unit" header cell (cell rows), before or after the years; undefined when none. */
  unitCol?: number;
  /** Space rows: the header ends in a "Unit" word after the years (rows print their unit after the figures). */
  unitAfter?: boolean;
  /** Segments side by side over the same years (a segment header row above the years row). */
  segments?: SegmentColumns;
}

/** What a row parser needs to know of its table's header. */
export interface RowLayout {
  years: number;
  /** Trailing non-year columns of the header. */
  extraCols: number;
  /** Cell rows: columns of the first and last year, and the header's cell count. */
  firstYearCol: number;
  lastYearCol: number;
  cellCount: number;
  /** Column of the header's "Unit" cell (cell rows), if any. */
  unitCol?: number;
  /** Space rows: each row's unit follows its figures. */
  unitAfter?: boolean;
  /** Sub-columns under each year (a two-row header), once the row under the years named them. */
  sub?: SubColumns;
}

/** Longest unit suffix tried on space-separated rows, in words. */
const MAX_UNIT_WORDS = 7;
/** "Hazardous waste (t)*": a footnote marker after the bracketed unit stays out of both. */
const TRAILING_PAREN = /^(.*?)\s*[(（]([^()（）]{1,40})[)）]\s*[*#†‡§]*\s*$/;
const YEAR_PREFIX = /^(?:Year|FY|财政年度|財政年度|年度)\s*/i;
/** A unit printed in the year cell: "2024 (tCO2e)", "FY2024 (MWh)". */
const YEAR_CELL_UNIT = /^(.+?)\s*[(（]([^()（）]{1,30})[)）]$/;
/** Header lead words: short, no figures, and not a sentence ending in a preposition ("Prospect of 2022"). */
const HEADER_LEAD_BAD_END = /\b(?:of|in|to|by|since|from|for|before|after|until|and|the|at|on)$/i;
const HAS_DIGIT = /\d/;
/** A label cannot end in a function word: "Number of | suppliers" is a label, not label + unit. */
const DANGLING_LABEL = /(?:^|\s)(?:of|the|and|or|in|for|to|by|with|per|total|number|amount|a|an)$/i;
const PER_WORD = /(?:^|\s)per\s/i;
const MAX_HEADER_LEAD_WORDS = 8;
/**
 * A header cell (or space-row word) of a non-year column printed after the years: a change, a
 * variance, a remark or note column. "Change (%)" in a space row is two words, each of which matches.
 */
const EXTRA_HEAD_EN = String.raw`(?:%\s*)?(?:(?:yoy|y-o-y|y\/y|year[- ]on[- ]year|yearly|annual)\s+)?(?:changes?|chg\.?|yoy|y-o-y|y\/y|variance|var\.?|growth|movement|remarks?|notes?|comments?|explanations?)(?:\s*[(（]?%[)）]?)?`;
const EXTRA_HEAD_ZH = String.raw`(?:同比|环比|環比|增减|增減|变化|變化|变动|變動|增长|增長|备注|備註|说明|說明|附注|附註)\S{0,6}`;
/** Either language alone, or a bilingual cell naming it twice ("變動 Change", "Remarks 备注"). */
const EXTRA_HEAD = new RegExp(
  String.raw`^(?:[(（]?%[)）]?|${EXTRA_HEAD_EN}|${EXTRA_HEAD_ZH}|${EXTRA_HEAD_ZH}\s*${EXTRA_HEAD_EN}|${EXTRA_HEAD_EN}\s*${EXTRA_HEAD_ZH})$`,
  "i",
);
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** A header cell naming the unit column: "Unit", "Units", "Unit of measure", "单位", "单位 Unit". */
const UNIT_HEAD = /^(?:units?(?:\s+of\s+measure(?:ment)?)?|计量单位|单位|單位|(?:单位|單位)\s*units?|units?\s*(?:单位|單位))$/i;
/** A header with a non-year column after the years is a short line (cell rows: a short last cell). */
const MAX_EXTRA_HEADER_CHARS = 160;
/** A share column after the years (cell rows): "Share of 2025 total (%)", "Proportion", "% of total", "占比". */
const SHARE_HEAD = /^(?:share|proportion|percentage|percent|portion|% of)\b|[(（]%[)）]$|占比|比重/i;
const MAX_SHARE_HEAD_CHARS = 40;
/** Trailing extra header columns at most. */
const MAX_EXTRA_COLS = 3;
/** Last characters an extra-column header can end with (a cheap pre-test before EXTRA_HEAD). */
const EXTRA_HEAD_LAST = new Set(
  Array.from(")）%esSEhHyYtT率注註化动動减減长長明比位", (c) => c.charCodeAt(0)),
);
/** Thousands grouped by spaces: "4 286 567", "7 864", "1 126.5". */
const SPACE_GROUPED = /^[-+]?\d{1,3}(?: \d{3})+(?:\.\d+)?%?$/;
const GROUP_HEAD = /^\d{1,3}$/;
const GROUP_MID = /^\d{3}$/;
const GROUP_TAIL = /^\d{3}(?:\.\d+)?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
/** A figure cell with no sign, bracket or percent: "4 571", "63,508", "40.11". */
const PLAIN_CELL = /^\d[\d, ]*(?:\.\d+)?$/;
/** Space-separated rows: words after the values scanned for a remark at most. */
const MAX_REMARK_WORDS = 16;

/** A value token as a cell: a missing mark ("-", "N/A") prints no digit, so figureValue already gives it null. */
function valueCell(token: string): ValueCell {
  return { text: token, value: figureValue(token) };
}

/**
 * The unit at the end of `text`, words separated by single spaces (longest recognised suffix of at
 * most MAX_UNIT_WORDS words that leaves a label), or null. Label and unit are cut at the spaces
 * themselves: the same strings as joining the words back, without splitting the text into them.
 */
function splitTrailingUnit(text: string, isUnit: UnitRecognizer): { label: string; unit: string } | null {
  // The space before the longest unit tried: MAX_UNIT_WORDS spaces from the end, or the first space.
  let cut = text.length;
  let len = 0;
  for (; len < MAX_UNIT_WORDS && cut > 0; len++) {
    const space = text.lastIndexOf(" ", cut - 1);
    if (space < 0) break;
    cut = space;
  }
  // Then ever shorter units: each next space is the next cut.
  for (; len >= 1; len--, cut = text.indexOf(" ", cut + 1)) {
    const unit = text.slice(cut + 1);
    const label = text.slice(0, cut);
    // "hours per employee Hour": a "per" phrase ending in a plain unit is the label's, not the unit's.
    if (len > 1 && PER_WORD.test(unit) && isUnit(text.slice(text.lastIndexOf(" ") + 1))) continue;
    if (!DANGLING_LABEL.test(label) && isUnit(unit)) return { label, unit };
  }
  return null;
}

/** "Total assets (100 million yuan)" → label "Total assets", unit "100 million yuan". */
function splitParenUnit(label: string, isUnit: UnitRecognizer): { label: string; unit: string } | null {
  const m = TRAILING_PAREN.exec(label);
  if (m && m[1] && isUnit(m[2].trim())) return { label: m[1].trim(), unit: m[2].trim() };
  return null;
}

/**
 * A row whose figures sit one or more columns right of the header's years (PDF tables rebuilt from
 * positions: "Female | persons | | 4 878 | 4 571" under "KPI | Unit | FY2024 | FY2023 | Remarks"):
 * the first year column is empty, the cells past the last year column are plain figures (not a change
 * "(4.3)", "5%", nor a remark), and there are exactly as many figures as years.
 */
function shiftedRight(cells: string[], firstYearCol: number, cut: number, end: number, years: number): boolean {
  if (cut >= end || cells[firstYearCol] !== "") return false;
  let n = 0;
  for (let k = firstYearCol; k <= end; k++) {
    const c = cells[k];
    if (c === "") continue;
    n++;
    if (k > cut && !PLAIN_CELL.test(c)) return false;
  }
  return n === years;
}

function parseCellRow(cells: string[], isUnit: UnitRecognizer, layout?: RowLayout): ParsedRow | null {
  let end = cells.length - 1;
  /** The row's cell in a "Unit" column after the years, and its column. */
  let unitAfter = "";
  let unitCol = -1;
  // Columns after the header's last year (change, remarks, unit) are never a year's value. A row with
  // more cells than the header (an extra group cell in front) is lined up from the left by the difference.
  if (layout && layout.extraCols > 0) {
    const offset = Math.max(0, cells.length - layout.cellCount);
    // Under sub-columns the last year's columns run on past its own cell.
    const cut = layout.lastYearCol + (layout.sub ? layout.sub.perYear - 1 : 0) + offset;
    const unitAt = layout.unitCol !== undefined && layout.unitCol > layout.lastYearCol ? layout.unitCol + offset : -1;
    if (unitAt >= 0) {
      unitAfter = cells[unitAt] ?? "";
      if (unitAfter) unitCol = unitAt;
      end = Math.min(end, cut);
    } else if (!shiftedRight(cells, layout.firstYearCol + offset, cut, end, layout.years)) end = Math.min(end, cut);
  }
  while (end >= 0 && cells[end] === "") end--;
  const values: ValueCell[] = [];
  const valueCols: number[] = [];
  let i = end;
  for (; i >= 0; i--) {
    const c = cells[i];
    if (c === "") continue;
    // "4 286 567" in one cell is one figure with spaces as thousands separators.
    if (c.length > 4 && c.includes(" ") && SPACE_GROUPED.test(c)) {
      values.unshift({ text: c, value: figureValue(c.replace(/ /g, "")) });
      valueCols.unshift(i);
      continue;
    }
    // Most cells hold one token: only a cell with spaces is split.
    if (!c.includes(" ")) {
      if (!isValueToken(c)) break;
      values.unshift(valueCell(c));
      valueCols.unshift(i);
      continue;
    }
    const tokens = c.split(" ");
    if (!tokens.every(isValueToken)) break;
    for (let k = tokens.length - 1; k >= 0; k--) {
      values.unshift(valueCell(tokens[k]));
      valueCols.unshift(i);
    }
  }
  if (values.length === 0) return null;
  let unit = unitAfter;
  let unitFromCell = unitAfter !== "";
  // Skip blank cells between the label/unit and the first value.
  while (i >= 0 && cells[i] === "") i--;
  // The cell before the figures is the unit when it reads as one; but the row's first cell is its label
  // even then ("每名僱員平均受訓時數 … (hours)" parses as "per …"): its own unit is split from it below.
  if (!unit && i > 0 && isUnit(cells[i])) {
    unit = cells[i];
    unitFromCell = true;
    unitCol = i;
    i--;
  }
  // Else the header's "Unit" column further left ("Unit | Indicator | 2024"), lined up by the first
  // value when the row has a value for every year, or else from the left; its cell must be a unit and
  // the row must keep a label besides it.
  let unitAt = -1;
  if (!unit && layout && layout.unitCol !== undefined && layout.unitCol < layout.firstYearCol) {
    const shift = values.length === layout.years ? valueCols[0] - layout.firstYearCol : Math.max(0, cells.length - layout.cellCount);
    unitAt = layout.unitCol + shift;
    if (unitAt < 0 || unitAt >= i || cells[unitAt] === "" || !isUnit(cells[unitAt])) unitAt = -1;
  }
  const labelCells: { text: string; col: number }[] = [];
  for (let k = 0; k <= i; k++) if (cells[k] !== "" && k !== unitAt) labelCells.push({ text: cells[k], col: k });
  if (unitAt >= 0) {
    unit = cells[unitAt];
    unitFromCell = true;
    unitCol = unitAt;
  }
  if (labelCells.length > 0 && !unit) {
    // The unit may share the label's cell ("Water consumption Ton") or sit in parentheses.
    const last = labelCells[labelCells.length - 1];
    const split = splitParenUnit(last.text, isUnit) ?? splitTrailingUnit(last.text, isUnit);
    if (split && split.label) {
      last.text = split.label;
      unit = split.unit;
    }
  }
  const parsed: ParsedRow = { labelCells, unit, values, valueCols };
  if (unitFromCell && unit) {
    parsed.unitCell = true;
    if (unitCol >= 0) parsed.unitCol = unitCol;
  }
  return parsed;
}

/** A group of space-separated tokens that print one figure: "4 286 567" ([4, 286, 567]), or one token. */
function isGroup(tokens: string[], from: number, to: number): boolean {
  if (to - from === 1) return true;
  if (!GROUP_HEAD.test(tokens[from]) || !GROUP_TAIL.test(tokens[to - 1])) return false;
  for (let k = from + 1; k < to - 1; k++) if (!GROUP_MID.test(tokens[k])) return false;
  return true;
}

/**
 * Space rows with spaces as thousands separators ("Employees persons 7 864 7 402"): the value tokens
 * regrouped into exactly `m` figures when that is possible, every group a valid thousands grouping
 * (1–3 digits, then 3-digit groups). Among several groupings the one whose figures have the most
 * similar digit counts wins (a table's years print figures of like size); null when none fits.
 */
function regroup(tokens: string[], m: number): string[] | null {
  const n = tokens.length;
  if (n <= m || n > 24 || m < 1) return null;
  for (const t of tokens) if (!PLAIN_NUMBER.test(t)) return null;
  // Enumerate cuts depth-first (n ≤ 24 tokens, m groups: small); keep the most balanced.
  let best: number[] | null = null;
  let bestSpread = Infinity;
  const cuts: number[] = [];
  const digits = (from: number, to: number): number => {
    let d = 0;
    for (let k = from; k < to; k++) d += tokens[k].replace(/\..*$/, "").length;
    return d;
  };
  const walk = (from: number, left: number): void => {
    if (left === 0) {
      if (from !== n) return;
      let lo = Infinity;
      let hi = -Infinity;
      let start = 0;
      for (const c of cuts) {
        const d = digits(start, c);
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
        start = c;
      }
      if (hi - lo < bestSpread) {
        bestSpread = hi - lo;
        best = cuts.slice();
      }
      return;
    }
    for (let to = from + 1; to <= n - (left - 1); to++) {
      if (!isGroup(tokens, from, to)) {
        if (to - from > 1) break;
        continue;
      }
      cuts.push(to);
      walk(to, left - 1);
      cuts.pop();
    }
  };
  walk(0, m);
  if (!best) return null;
  const out: string[] = [];
  let start = 0;
  for (const c of best as number[]) {
    out.push(tokens.slice(start, c).join(" "));
    start = c;
  }
  return out;
}

function spaceValueCell(text: string): ValueCell {
  return text.includes(" ") ? { text, value: figureValue(text.replace(/ /g, "")) } : valueCell(text);
}

function parseSpaceRow(text: string, isUnit: UnitRecognizer, layout?: RowLayout): ParsedRow | null {
  // A row ends in a figure unless a remark column may follow it: most lines asked (the running text
  // around a table) fail on their last word, before the whole line is split.
  const remarks = layout !== undefined && layout.extraCols > 0 && layout.cellCount === 0;
  if (!remarks && !isValueToken(text.slice(text.lastIndexOf(" ") + 1))) return null;
  let words = text.split(" ");
  let i = words.length - 1;
  /** The words after the figures when the header's last column is "Unit". */
  let unitAfter = "";
  // A remark column after the values ("… 0.382 0.379 Students on roll rose"): the values end before it.
  // Only under a header of words: a header of cells says nothing of the words of a line without cells.
  if (remarks && i >= 0 && !isValueToken(words[i])) {
    let j = i;
    const stop = Math.max(0, words.length - 1 - MAX_REMARK_WORDS);
    while (j >= stop && !isValueToken(words[j])) j--;
    if (j < 0 || j < stop) return null;
    if (layout.unitAfter) {
      const after = words.slice(j + 1).join(" ");
      if (words.length - 1 - j <= MAX_UNIT_WORDS && isUnit(after)) unitAfter = after;
    }
    words = words.slice(0, j + 1);
    i = j;
  }
  let tokens: string[] = [];
  for (; i >= 0 && isValueToken(words[i]); i--) tokens.unshift(words[i]);
  if (tokens.length === 0 || i < 0) return null;
  // Under sub-columns a row prints a figure for every sub-column of every year.
  const expected = layout ? layout.years * (layout.sub ? layout.sub.perYear : 1) : 0;
  if (layout && tokens.length > expected) {
    // Trailing change figures ("+4.2%", "(3.1)") of the header's extra columns are not a year's value.
    let drop = Math.min(layout.extraCols, tokens.length - expected);
    // A change column is usually a signed or percentage figure; plain grouped digits are kept for regrouping.
    if (drop > 0 && PLAIN_NUMBER.test(tokens[tokens.length - 1]) && regroup(tokens, expected)) drop = 0;
    if (drop > 0) tokens = tokens.slice(0, tokens.length - drop);
    const grouped = tokens.length > expected ? regroup(tokens, expected) : null;
    if (grouped) tokens = grouped;
  }
  const values: ValueCell[] = tokens.map(spaceValueCell);
  let rest = words.slice(0, i + 1).join(" ");
  // "Diesel, tonnes ........ 412.6 398.1": dot leaders between label and figures (tables printed from PDFs).
  if (rest.endsWith(".") || rest.endsWith("…")) rest = rest.replace(DOT_LEADER_END, "");
  if (unitAfter) return { labelCells: [{ text: rest, col: 0 }], unit: unitAfter, values, valueCols: values.map(() => 0) };
  const split = splitTrailingUnit(rest, isUnit) ?? splitParenUnit(rest, isUnit);
  const label = split ? split.label : rest;
  return { labelCells: [{ text: label, col: 0 }], unit: split ? split.unit : "", values, valueCols: values.map(() => 0) };
}

const DOT_LEADER_END = /\s*(?:[.…]\s?){2,}$/;

/** Parses a line as a table row with at least one trailing value; null when it has none. */
export function parseRow(tl: TextLine, isUnit: UnitRecognizer, layout?: RowLayout): ParsedRow | null {
  if (tl.text === "") return null;
  const parsed = tl.cells ? parseCellRow(tl.cells, isUnit, layout) : parseSpaceRow(tl.text, isUnit, layout);
  if (parsed && layout?.sub) noteSubCells(parsed, tl, layout.sub, layout.years);
  return parsed;
}

/** One figure of a row under sub-columns: its year (index) and sub-column (index within the year). */
export interface SubCell {
  year: number;
  sub: number;
  cell: ValueCell;
}

/** A row's figures under sub-columns, with the sub-columns they sit under. */
export interface SubCellRow {
  sub: SubColumns;
  cells: readonly SubCell[];
}

/**
 * Under sub-columns a table row keeps only each year's own figure ("Total"); the other figures of the
 * row (the "Intensity" beside it) are noted here, keyed by the year's own figure as the row holds it.
 */
const SUB_CELLS = new WeakMap<ValueCell, SubCellRow>();

/**
 * All the figures of the row whose year's own figure (under sub-columns) is `cell`, each with its year
 * and sub-column; undefined when the row was not read under sub-columns. Callers check that `cell` sits
 * at the year and main sub-column they hold it for.
 */
export function subColumnCells(cell: ValueCell): SubCellRow | undefined {
  return SUB_CELLS.get(cell);
}

/**
 * Each figure's year and sub-column, placed as the table rows place the year's own figure: by the
 * sub-header's columns (cell rows, lined up cell for cell or shifted by an extra group cell), else by
 * order when the row prints a figure for every sub-column of every year; nothing otherwise.
 */
function noteSubCells(parsed: ParsedRow, tl: TextLine, sub: SubColumns, years: number): void {
  if (sub.main < 0) return;
  let cells: SubCell[] | null = null;
  if (tl.cells && sub.cols) {
    const cols = sub.cols;
    for (const offset of subRowOffsets(tl.cells, sub.cellCount)) {
      const mapped: SubCell[] = [];
      for (let v = 0; v < parsed.values.length; v++) {
        const at = cols[parsed.valueCols[v] - offset];
        if (!at) break;
        mapped.push({ year: at[0], sub: at[1], cell: parsed.values[v] });
      }
      if (mapped.length === parsed.values.length) {
        cells = mapped;
        break;
      }
    }
  }
  if (!cells && parsed.values.length === years * sub.perYear) cells = parsed.values.map((cell, v) => ({ year: Math.floor(v / sub.perYear), sub: v % sub.perYear, cell }));
  if (!cells) return;
  const row: SubCellRow = { sub, cells };
  for (const c of cells) if (c.sub === sub.main) SUB_CELLS.set(c.cell, row);
}

/** How a cell row may line up with the sub-header row: cell for cell, or shifted right by its extra cells. */
function subRowOffsets(cells: readonly string[], headerCells: number): number[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return n > headerCells ? [0, n - headerCells] : [0];
}

/** The last non-empty cell (cell rows) or the last word (space rows). */
function lastPart(tl: TextLine): string {
  if (tl.cells) {
    for (let col = tl.cells.length - 1; col >= 0; col--) if (tl.cells[col] !== "") return tl.cells[col];
    return "";
  }
  return tl.text.slice(tl.text.lastIndexOf(" ") + 1);
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** A character a year token may end with after its digits: "2023A", "2023E", "2023年", "2023年度". */
function isYearSuffixAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x41 /* A */ || c === 0x45 /* E */ || c === 0x5e74 /* 年 */ || c === 0x5ea6 /* 度 */;
}

/**
 * Cheap necessary condition for a year token at the end of `text`: "19dd" or "20dd" followed by at
 * most two year-suffix characters. Every `yearOf` match ends that way, so lines failing it (almost
 * all) skip the slicing and regexes of the full test.
 */
function mayEndInYear(text: string): boolean {
  let end = text.length - 1;
  for (let k = 0; k < 2 && end >= 0 && isYearSuffixAt(text, end); k++) end--;
  if (end < 3 || !isDigitAt(text, end) || !isDigitAt(text, end - 1)) return false;
  // A fiscal year across two calendar years: "2024/25".
  if (end >= 6 && text.charCodeAt(end - 2) === 0x2f /* / */) end -= 3;
  // The year starts "19" or "20".
  const c1 = text.charCodeAt(end - 3);
  const c2 = text.charCodeAt(end - 2);
  return (c1 === 0x31 && c2 === 0x39) || (c1 === 0x32 && c2 === 0x30);
}

/** Recognises a header row whose last cells are distinct years ("Indicator Unit 2024 2023 2022"). */
export function parseYearHeader(tl: TextLine): YearHeader | null {
  if (tl.text === "") return null;
  // Asked of every line, and almost every line fails here. The full test is a separate function: its
  // closures make V8 allocate a context on each call, which the lines failing here should not pay for.
  // The last cell is an existing string; the last word of a space row ends where the text ends.
  const end = tl.cells ? lastPart(tl) : tl.text;
  if (!mayEndInYear(end) && !mayEndInExtraHead(end, tl.text)) return null;
  return yearHeaderOf(tl);
}

/**
 * Cheap necessary condition for a header whose years are followed by a non-year column: a short last
 * part ending in a character such a header ends with, on a line that holds a year-like digit run.
 */
function mayEndInExtraHead(end: string, text: string): boolean {
  return end !== "" && end.length <= MAX_EXTRA_HEADER_CHARS && EXTRA_HEAD_LAST.has(end.charCodeAt(end.length - 1)) && YEAR_DIGITS.test(text);
}

/**
 * A header cell of a non-year column after the years: a change or remark column, a unit column, and
 * in cell rows a share column ("Share of 2025 total (%)", "Proportion", "占比"); never a year cell.
 */
function isTrailingHead(text: string, isCell: boolean): boolean {
  if (EXTRA_HEAD.test(text) || UNIT_HEAD.test(text)) return true;
  return isCell && text.length <= MAX_SHARE_HEAD_CHARS && SHARE_HEAD.test(text) && cellYear(text, true) === null;
}

/**
 * Trailing header cells naming non-year columns ("Change (%)", "Remarks", "Unit"), counted from the
 * end; `unit` is the index (in `cells`) of the one "Unit" cell among them, or -1.
 */
function countExtraHeads(cells: { text: string }[], isCell: boolean): { k: number; unit: number } {
  let k = 0;
  let unit = -1;
  while (k < MAX_EXTRA_COLS && k < cells.length) {
    const idx = cells.length - 1 - k;
    const text = cells[idx].text;
    if (!isTrailingHead(text, isCell)) break;
    if (UNIT_HEAD.test(text)) {
      if (unit >= 0) break;
      unit = idx;
    }
    k++;
  }
  return { k, unit };
}

/** The year a header cell names; in cell rows also "2024 (tCO2e)", whose unit goes to `units`. */
function cellYear(text: string, isCell: boolean, units?: string[]): number | null {
  const y = yearOf(text.replace(YEAR_PREFIX, ""));
  if (y !== null || !isCell || text.charCodeAt(text.length - 1) !== 0x29 && text.charCodeAt(text.length - 1) !== 0xff09) return y;
  const m = YEAR_CELL_UNIT.exec(text);
  const inner = m ? yearOf(m[1].replace(YEAR_PREFIX, "")) : null;
  if (inner !== null && units) units.push((m as RegExpExecArray)[2].trim());
  return inner;
}

/** "Scope 3 category", "Tier 1 suppliers": a word then a one- or two-digit number. */
const NUMBERED_WORD = /^[A-Za-z]+\s\d{1,2}$/;
const LEAD_NUMBER = /[A-Za-z]+\s\d+\b|\d/g;

/**
 * A cell header's lead may number a thing ("Scope 3 category | 2025 | 2024") when every digit belongs
 * to a word + small number and the years are consecutive (a reporting period, never "2030 | 2025").
 */
function numberedLead(lead: string, years: number[]): boolean {
  if (years.length < 2) return false;
  for (let k = 1; k < years.length; k++) if (Math.abs(years[k] - years[k - 1]) !== 1) return false;
  for (const m of lead.matchAll(LEAD_NUMBER)) if (!NUMBERED_WORD.test(m[0])) return false;
  return true;
}

function yearHeaderOf(tl: TextLine): YearHeader | null {
  // Look at the last cell or word before splitting the whole line.
  const last = lastPart(tl);
  const isCell = tl.cells !== null;
  const endsInYear = cellYear(last, isCell) !== null;
  if (!endsInYear && !isTrailingHead(last, isCell)) return null;
  const cells: { text: string; col: number }[] = [];
  if (tl.cells) tl.cells.forEach((c, col) => c !== "" && cells.push({ text: c, col }));
  else tl.text.split(" ").forEach((w) => cells.push({ text: w, col: 0 }));
  let extraCols = 0;
  let unitCol: number | undefined;
  let unitAfter = false;
  if (!endsInYear) {
    // Non-year columns after the years: counted (cell rows by column, space rows by word), then set aside.
    const { k, unit } = countExtraHeads(cells, isCell);
    if (k === 0 || k === cells.length) return null;
    if (tl.cells) extraCols = Math.max(1, (tl.cells.length - 1) - cells[cells.length - k - 1].col);
    // Space rows: the words "YoY change (%)" name one column.
    else extraCols = 1;
    if (unit >= 0) {
      if (tl.cells) unitCol = cells[unit].col;
      // Space rows: only a lone trailing "Unit" word (the row's unit then follows its figures).
      else if (k === 1) unitAfter = true;
      else return null;
    }
    cells.length -= k;
    if (cellYear(cells[cells.length - 1].text, isCell) === null) return null;
  }
  const years: number[] = [];
  const yearCols: number[] = [];
  const units: string[] = [];
  let i = cells.length - 1;
  for (; i >= 0; i--) {
    const y = cellYear(cells[i].text, isCell, units);
    if (y === null) break;
    years.unshift(y);
    yearCols.unshift(cells[i].col);
  }
  // Space rows of a bilingual header print each year twice in a row ("2023年 2023 2024年 2024").
  if (!tl.cells && years.length >= 2 && years.length % 2 === 0 && years.every((y, k) => k % 2 === 0 || y === years[k - 1])) {
    for (let k = years.length - 1; k > 0; k -= 2) {
      years.splice(k, 1);
      yearCols.splice(k, 1);
    }
  }
  if (years.length === 0 || new Set(years).size !== years.length) return null;
  // A lone "Year" word before the first year belongs to it ("Year 2021").
  if (i >= 0 && /^(?:Year|FY)$/i.test(cells[i].text)) i--;
  const lead = cells.slice(0, i + 1).map((c) => c.text).join(" ").trim();
  if (HAS_DIGIT.test(lead) && !(tl.cells && numberedLead(lead, years))) return null;
  if (lead.split(" ").length > MAX_HEADER_LEAD_WORDS || HEADER_LEAD_BAD_END.test(lead)) return null;
  const header: YearHeader = { years, yearCols, lead, extraCols, cellCount: tl.cells ? tl.cells.length : 0 };
  // A "Unit" cell among the lead cells ("Unit | Indicator | 2024", "Indicator | Unit | 2024").
  if (unitCol === undefined && tl.cells) {
    for (let k = 0; k <= i; k++) if (UNIT_HEAD.test(cells[k].text)) unitCol = cells[k].col;
  }
  if (unitCol !== undefined) header.unitCol = unitCol;
  if (unitAfter) header.unitAfter = true;
  // "2024 (tCO2e)": the same unit after every year is the table's.
  if (units.length === years.length && units.every((u) => u === units[0])) header.unit = units[0];
  return header;
}

/**
 * Sub-columns under each year of a two-row header: the years row ("| 2025 | | 2024 |", or years in
 * cells spanning two columns) and under it a row naming the columns of each year ("Indicator | Total |
 * Intensity | Total | Intensity").
 */
export interface SubColumns {
  /** Sub-columns under each year. */
  perYear: number;
  /** Position (within a year's sub-columns) of the year's own figure ("Total"); -1 when none can be told. */
  main: number;
  /** Cell rows: each column of the sub-header row → [year index, sub-column index], or null (lead columns). */
  cols: ([number, number] | null)[] | null;
  /** Cell count of the sub-header row. */
  cellCount: number;
  /** A unit printed in the main sub-column's head ("Total (tCO2e)"). */
  unit?: string;
  /** The sub-column heads as printed under the first year ("Total", "Intensity (tCO2e/RMB million)"). */
  heads: string[];
}

/** Sub-columns under a year: the year's own figure. */
const MAIN_SUB = /^(?:total|totals|absolute|absolute (?:value|figure|amount)s?|amount|value|volume|quantity|actual|figure|emissions?|consumption|usage|use|number|count|数值|数据|总量|合计|总计|总额|绝对值|数量|排放量|消耗量|使用量)$/i;
/** Sub-columns that are not the year's own figure: rates, shares, intensities, changes. */
const OTHER_SUB = /^(?:intensity|intensities|per\b.*|.*\bper\s.*|ratio|rate|share|proportion|percentage|percent|%|changes?|yoy|y-o-y|growth|variance|target|baseline|restated|强度|占比|比例|比重|同比|变化|变动|增减|单位.*)$/i;
const SUB_TRAILING_BRACKET = /\s*[(（]([^()（）]{1,40})[)）]$/;
const MAX_SUB_PER_YEAR = 4;
/** A figure somewhere in a line (a digit run not part of a word such as "CO2" or "m3"). */
const HAS_DIGIT_FIGURE = /(?:^|[\s\t(])[-+]?\d[\d,.]*%?(?=$|[\s\t)])/;

/** A unit that is a rate, a share or a per-unit figure: "%", "tCO2e/RMB m", "MWh per tonne", "每万元". */
const RATIO_UNIT = /[/%‰]|\bper\b|每|单位/i;

/**
 * What a sub-column head says: the year's own figure ("Total", "Emissions (tCO2e)", or a plain unit
 * such as "tCO2e"), something else of known kind ("Intensity", "%", "tCO2e/RMB m"), or unknown.
 */
function subRole(text: string, isUnit: UnitRecognizer): { key: string; main: boolean; known: boolean } {
  const key = text.replace(SUB_TRAILING_BRACKET, "").trim().toLowerCase();
  if (MAIN_SUB.test(key)) return { key, main: true, known: true };
  if (OTHER_SUB.test(key)) return { key, main: false, known: true };
  if (isUnit(text)) return RATIO_UNIT.test(text) ? { key, main: false, known: true } : { key, main: true, known: true };
  return { key, main: false, known: false };
}

function subColumns(labels: string[][], isUnit: UnitRecognizer): Omit<SubColumns, "cols" | "cellCount"> | null {
  const k = labels[0].length;
  if (k < 2 || k > MAX_SUB_PER_YEAR) return null;
  const roles = labels[0].map((l) => subRole(l, isUnit));
  for (const year of labels) {
    if (year.length !== k) return null;
    for (let s = 0; s < k; s++) if (subRole(year[s], isUnit).key !== roles[s].key) return null;
  }
  // One year alone cannot show the repeated pattern: its sub-columns must all be known kinds.
  if (labels.length === 1 && !roles.every((r) => r.known)) return null;
  const mains = roles.flatMap((r, s) => (r.main ? [s] : []));
  const out: Omit<SubColumns, "cols" | "cellCount"> = { perYear: k, main: mains.length === 1 ? mains[0] : -1, heads: labels[0] };
  if (out.main >= 0) {
    // "Emissions (tCO2e)" or "tCO2e": the unit of the rows that print none.
    const head = labels[0][out.main];
    const bracket = SUB_TRAILING_BRACKET.exec(head);
    if (bracket && isUnit(bracket[1].trim())) out.unit = bracket[1].trim();
    else if (!MAIN_SUB.test(roles[out.main].key) && isUnit(head)) out.unit = head;
  }
  return out;
}

/**
 * A sub-header cell whose figures are all inside its trailing bracket, a unit, after a sub-column name
 * ("Intensity (tCO2e/RMB 10,000)", "Total (tCO2e/RMB 100 million)"); never a figure with a unit.
 */
function unitBracketOnly(cell: string, isUnit: UnitRecognizer): boolean {
  const m = SUB_TRAILING_BRACKET.exec(cell);
  if (!m) return false;
  const name = cell.slice(0, m.index).trim();
  if (name === "" || HAS_DIGIT.test(name) || !(MAIN_SUB.test(name) || OTHER_SUB.test(name))) return false;
  return isUnit(m[1].trim());
}

/**
 * The sub-header row under a year header, or null. Cell rows: each year's cell opens a span that runs to
 * the next year's cell (the last one to the row's end); every span holds the same sub-columns, in the
 * same order. Space rows: the line ends with the same one-word sub-columns repeated once per year.
 * The row holds no figure, but for one inside a sub-column's bracketed unit (cell rows).
 */
export function parseSubHeader(tl: TextLine, header: YearHeader, isUnit: UnitRecognizer): SubColumns | null {
  if (tl.text === "") return null;
  const m = header.years.length;
  if (HAS_DIGIT_FIGURE.test(tl.text)) {
    // Cell rows: a figure only inside a sub-column's bracketed unit ("Intensity (tCO2e/RMB 10,000)").
    if (!tl.cells) return null;
    for (const c of tl.cells) if (c !== "" && HAS_DIGIT_FIGURE.test(c) && !unitBracketOnly(c, isUnit)) return null;
  }
  if (tl.cells) {
    if (header.cellCount === 0) return null;
    // A sub-header row may lack its first cells (a header cell spanning both rows, dropped by the
    // importer): it is tried shifted right by up to as many cells as precede the first year.
    for (let shift = 0; shift <= header.yearCols[0]; shift++) {
      const cells = shift ? [...new Array<string>(shift).fill(""), ...tl.cells] : tl.cells;
      const end = Math.max(cells.length, header.cellCount);
      const labels: string[][] = [];
      const cols: ([number, number] | null)[] = new Array(cells.length).fill(null);
      for (let j = 0; j < m; j++) {
        const from = header.yearCols[j];
        const to = j + 1 < m ? header.yearCols[j + 1] : end;
        const subs: string[] = [];
        for (let c = from; c < to && c < cells.length; c++) {
          if (cells[c] === "") continue;
          cols[c] = [j, subs.length];
          subs.push(cells[c]);
        }
        labels.push(subs);
      }
      const sub = subColumns(labels, isUnit);
      if (sub) return { ...sub, cols, cellCount: cells.length };
    }
    return null;
  }
  if (header.cellCount !== 0) return null;
  const words = tl.text.split(" ");
  for (let k = 2; k <= MAX_SUB_PER_YEAR && m * k <= words.length; k++) {
    const tail = words.slice(words.length - m * k);
    const labels: string[][] = [];
    for (let j = 0; j < m; j++) labels.push(tail.slice(j * k, j * k + k));
    // Space rows: every word must be a known kind of sub-column.
    if (!tail.every((w) => subRole(w, isUnit).known)) continue;
    const sub = subColumns(labels, isUnit);
    if (sub) return { ...sub, cols: null, cellCount: 0 };
  }
  return null;
}

/**
 * Segment columns: business segments, regions or entities side by side, each over the same years,
 * with the whole reporting entity among them. A segment header row ("Indicator | Unit | Group | |
 * Cement | ") names the segments; the years row right under it repeats the years under each one.
 */
export interface SegmentColumns {
  /** The segment names as printed, left to right. */
  names: string[];
  /** Each column of the years row → [segment index, year index], or null (lead columns). */
  cols: ([number, number] | null)[];
  /** Cell count of the years row. */
  cellCount: number;
  /** The segment naming the whole reporting entity; -1 when none (or more than one) does. */
  whole: number;
  /** The whole segment is named only weakly ("Company", "本公司"): a year's figure counts when the other segments add up to it. */
  weak: boolean;
}

/**
 * Segment names that stand for the whole reporting entity (compared lower-cased, brackets and
 * punctuation removed). Data: extend it for other wordings.
 */
export const WHOLE_ENTITY_NAMES: readonly string[] = [
  "group", "the group", "group total", "total group", "group wide", "groupwide", "whole group", "entire group", "group consolidated",
  "total", "totals", "grand total", "overall", "overall total", "consolidated", "consolidated total", "total consolidated",
  "company total", "total company", "company wide", "whole company", "entire company", "all operations", "total operations",
  "all segments", "all business segments", "total of segments", "all entities", "all regions", "all sites",
  "集团", "本集团", "全集团", "集团合计", "集团总计", "集团整体", "集团汇总", "合计", "总计", "共计", "汇总", "总体", "整体",
  "全公司", "公司合计", "公司总计", "公司整体", "公司汇总", "合并", "合并口径", "合并报表", "合并范围",
];
/**
 * Names that may mean the whole entity or only the parent company ("Company" beside "Consolidated",
 * "本公司" beside 子公司 columns): the whole only when no segment names it strongly and, year by year,
 * the other segments add up to its figure.
 */
export const WEAK_WHOLE_ENTITY_NAMES: readonly string[] = ["company", "the company", "本公司", "公司", "全部"];

const STRONG_WHOLE = new Set(WHOLE_ENTITY_NAMES);
const WEAK_WHOLE = new Set(WEAK_WHOLE_ENTITY_NAMES);
const NAME_BRACKETS = /[(（][^()（）]*[)）]/g;
const NAME_PUNCT = /[-–—_:：,，.、/]+/g;

/** "strong", "weak" or "" for a segment name. */
export function wholeEntityKind(name: string): "strong" | "weak" | "" {
  const key = name.replace(NAME_BRACKETS, " ").replace(NAME_PUNCT, " ").replace(/\s+/g, " ").trim().toLowerCase();
  if (STRONG_WHOLE.has(key)) return "strong";
  if (WEAK_WHOLE.has(key)) return "weak";
  return "";
}

/** Lead cells (before the years) at most. */
const MAX_SEGMENT_LEAD = 4;

/**
 * A years row repeating the same years under each segment of the cell row above it (`segRow`), or
 * null. Cheap for the lines it is asked of: both rows must be cell rows and the years row must end in
 * a year. Each segment spans from its cell to the next segment's (the last one to the row's end) and
 * every span holds the same years in the same order; the first segment starts over the first year.
 */
export function parseSegmentHeader(segRow: TextLine, yearsRow: TextLine): { header: YearHeader; segments: SegmentColumns } | null {
  const ycells = yearsRow.cells;
  const scells = segRow.cells;
  if (!ycells || !scells || !mayEndInYear(lastPart(yearsRow))) return null;
  // The years row: lead cells (no figure, no year), then only years and empty cells.
  let first = -1;
  const yearAt: (number | null)[] = new Array(ycells.length).fill(null);
  for (let c = 0; c < ycells.length; c++) {
    const text = ycells[c];
    if (text === "") continue;
    const y = cellYear(text, true);
    if (y !== null) {
      if (first < 0) first = c;
      yearAt[c] = y;
    } else if (first >= 0 || HAS_DIGIT.test(text)) return null;
  }
  if (first < 0 || first > MAX_SEGMENT_LEAD) return null;
  // The segment row: lead cells (no figure), then the segment names, the first over the first year.
  const starts: number[] = [];
  const names: string[] = [];
  for (let c = 0; c < scells.length; c++) {
    const text = scells[c];
    if (text === "") continue;
    if (HAS_DIGIT_FIGURE.test(text) || cellYear(text, true) !== null) return null;
    if (c >= first) {
      starts.push(c);
      names.push(text);
    }
  }
  if (starts.length < 2 || starts[0] !== first) return null;
  const end = Math.max(ycells.length, scells.length);
  const cols: ([number, number] | null)[] = new Array(ycells.length).fill(null);
  const perSegment: { years: number[]; cols: number[] }[] = [];
  for (let s = 0; s < starts.length; s++) {
    const to = s + 1 < starts.length ? starts[s + 1] : end;
    const years: number[] = [];
    const yc: number[] = [];
    for (let c = starts[s]; c < to && c < ycells.length; c++) {
      const y = yearAt[c];
      if (y === null) continue;
      cols[c] = [s, years.length];
      years.push(y);
      yc.push(c);
    }
    if (years.length === 0 || new Set(years).size !== years.length) return null;
    if (s > 0 && years.join() !== perSegment[0].years.join()) return null;
    perSegment.push({ years, cols: yc });
  }
  const strong: number[] = [];
  const weak: number[] = [];
  names.forEach((n, s) => {
    const kind = wholeEntityKind(n);
    if (kind === "strong") strong.push(s);
    else if (kind === "weak") weak.push(s);
  });
  const whole = strong.length === 1 ? strong[0] : strong.length === 0 && weak.length === 1 ? weak[0] : -1;
  const segments: SegmentColumns = { names, cols, cellCount: ycells.length, whole, weak: whole >= 0 && strong.length === 0 };
  const leadCells: string[] = [];
  let unitCol: number | undefined;
  for (let c = 0; c < first; c++) {
    const text = scells[c] || ycells[c] || "";
    if (text === "") continue;
    leadCells.push(text);
    if (UNIT_HEAD.test(text)) unitCol = c;
  }
  const at = perSegment[whole >= 0 ? whole : 0];
  const header: YearHeader = { years: at.years, yearCols: at.cols, lead: leadCells.join(" "), extraCols: 0, cellCount: ycells.length, segments };
  if (unitCol !== undefined) header.unitCol = unitCol;
  return header.lead.split(" ").length > MAX_HEADER_LEAD_WORDS ? null : { header, segments };
}
