/**
 * One line → its table-row parts: label cells, unit, trailing value cells; or a year header.
 * Works on cell rows (tab, pipe, HTML) and on space-separated rows, where the unit is found as the
 * longest run of words before the figures that the units module recognises.
 */
import type { TextLine } from "../lines/normalize";
import { figureValue, isMissing, isValueToken, yearOf } from "./tokens";
import type { UnitRecognizer, ValueCell } from "./types";

export interface ParsedRow {
  /** Label cells left to right, with their column index (cell rows) or 0 (space rows). */
  labelCells: { text: string; col: number }[];
  unit: string;
  values: ValueCell[];
  /** Column index of each value (cell rows), for positional alignment. */
  valueCols: number[];
}

export interface YearHeader {
  years: number[];
  /** Column index of each year (cell rows). */
  yearCols: number[];
  /** Text before the years ("Indicator Unit"). */
  lead: string;
}

/** Longest unit suffix tried on space-separated rows, in words. */
const MAX_UNIT_WORDS = 7;
/** "Hazardous waste (t)*": a footnote marker after the bracketed unit stays out of both. */
const TRAILING_PAREN = /^(.*?)\s*[(（]([^()（）]{1,40})[)）]\s*[*#†‡§]*\s*$/;
const YEAR_PREFIX = /^(?:Year|FY|年度)\s*/i;
/** Header lead words: short, no figures, and not a sentence ending in a preposition ("Prospect of 2022"). */
const HEADER_LEAD_BAD_END = /\b(?:of|in|to|by|since|from|for|before|after|until|and|the|at|on)$/i;
const HAS_DIGIT = /\d/;
/** A label cannot end in a function word: "Number of | suppliers" is a label, not label + unit. */
const DANGLING_LABEL = /(?:^|\s)(?:of|the|and|or|in|for|to|by|with|per|total|number|amount|a|an)$/i;
const PER_WORD = /(?:^|\s)per\s/i;
const MAX_HEADER_LEAD_WORDS = 8;

function valueCell(token: string): ValueCell {
  return { text: token, value: isMissing(token) ? null : figureValue(token) };
}

/** The unit at the end of `words` (longest recognised suffix that leaves a label), or null. */
function splitTrailingUnit(words: string[], isUnit: UnitRecognizer): { label: string; unit: string } | null {
  const maxLen = Math.min(MAX_UNIT_WORDS, words.length - 1);
  for (let len = maxLen; len >= 1; len--) {
    const unit = words.slice(words.length - len).join(" ");
    const label = words.slice(0, words.length - len).join(" ");
    // "hours per employee Hour": a "per" phrase ending in a plain unit is the label's, not the unit's.
    if (len > 1 && PER_WORD.test(unit) && isUnit(words[words.length - 1])) continue;
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

function parseCellRow(cells: string[], isUnit: UnitRecognizer): ParsedRow | null {
  let end = cells.length - 1;
  while (end >= 0 && cells[end] === "") end--;
  const values: ValueCell[] = [];
  const valueCols: number[] = [];
  let i = end;
  for (; i >= 0; i--) {
    const c = cells[i];
    if (c === "") continue;
    const tokens = c.split(" ");
    if (!tokens.every(isValueToken)) break;
    for (let k = tokens.length - 1; k >= 0; k--) {
      values.unshift(valueCell(tokens[k]));
      valueCols.unshift(i);
    }
  }
  if (values.length === 0) return null;
  let unit = "";
  // Skip blank cells between the label/unit and the first value.
  while (i >= 0 && cells[i] === "") i--;
  if (i >= 0 && isUnit(cells[i])) {
    unit = cells[i];
    i--;
  }
  const labelCells: { text: string; col: number }[] = [];
  for (let k = 0; k <= i; k++) if (cells[k] !== "") labelCells.push({ text: cells[k], col: k });
  if (labelCells.length > 0 && !unit) {
    // The unit may share the label's cell ("Water consumption Ton") or sit in parentheses.
    const last = labelCells[labelCells.length - 1];
    const split = splitParenUnit(last.text, isUnit) ?? splitTrailingUnit(last.text.split(" "), isUnit);
    if (split && split.label) {
      last.text = split.label;
      unit = split.unit;
    }
  }
  return { labelCells, unit, values, valueCols };
}

function parseSpaceRow(text: string, isUnit: UnitRecognizer): ParsedRow | null {
  const words = text.split(" ");
  let i = words.length - 1;
  const values: ValueCell[] = [];
  for (; i >= 0 && isValueToken(words[i]); i--) values.unshift(valueCell(words[i]));
  if (values.length === 0 || i < 0) return null;
  const rest = words.slice(0, i + 1);
  const split = splitTrailingUnit(rest, isUnit) ?? splitParenUnit(rest.join(" "), isUnit);
  const label = split ? split.label : rest.join(" ");
  return { labelCells: [{ text: label, col: 0 }], unit: split ? split.unit : "", values, valueCols: values.map(() => 0) };
}

/** Parses a line as a table row with at least one trailing value; null when it has none. */
export function parseRow(tl: TextLine, isUnit: UnitRecognizer): ParsedRow | null {
  if (tl.text === "") return null;
  return tl.cells ? parseCellRow(tl.cells, isUnit) : parseSpaceRow(tl.text, isUnit);
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
  if (!mayEndInYear(tl.cells ? lastPart(tl) : tl.text)) return null;
  return yearHeaderOf(tl);
}

function yearHeaderOf(tl: TextLine): YearHeader | null {
  // Look at the last cell or word before splitting the whole line.
  if (yearOf(lastPart(tl).replace(YEAR_PREFIX, "")) === null) return null;
  const cells: { text: string; col: number }[] = [];
  if (tl.cells) tl.cells.forEach((c, col) => c !== "" && cells.push({ text: c, col }));
  else tl.text.split(" ").forEach((w) => cells.push({ text: w, col: 0 }));
  const years: number[] = [];
  const yearCols: number[] = [];
  let i = cells.length - 1;
  for (; i >= 0; i--) {
    const y = yearOf(cells[i].text.replace(YEAR_PREFIX, ""));
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
  if (HAS_DIGIT.test(lead)) return null;
  if (lead.split(" ").length > MAX_HEADER_LEAD_WORDS || HEADER_LEAD_BAD_END.test(lead)) return null;
  return { years, yearCols, lead };
}
