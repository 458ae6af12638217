/**
 * Year/value pair blocks: one metric per two-line block, a label line (an optional KPI code, the metric
 * name, its unit in a trailing bracket) and directly under it a line of year/value pairs —
 *
 *   A1.2  Total GHG emissions (tCO2e)
 *   2024: 12,345.6    2023: 11,002.1    2022: 10,118.0
 *
 * Pairs may read "2024: v", "2024年: v" or "FY2024 v" ("FY2024: v"), separated by spaces, tabs, ";" or
 * "|"; a value is a figure (thousands separated by ",", "'" or a space; sign, decimals, "%") or a missing
 * mark ("n/a", "-"). A pairs line has two or more pairs, all years distinct, at least one figure, and
 * nothing else. The line above must be a label: non-empty, a letter in it, not a sentence (no closing
 * punctuation, no ":" inside — "name: text" is a caption or a clause, not a bare metric name — at most
 * LABEL_MAX_WORDS words) and no figures but its KPI code and bracketed unit (a lone digit such as
 * "Scope 1" is a name, not a figure).
 *
 * Such a block is re-emitted as one header cell row ["Indicator", "Unit", years…] and one cell row
 * [label, unit, values…] (unit from the label's trailing bracket when it is a unit, else ""; values with
 * "'" or space thousands separators rewritten with ","), so the segmenter reads a TAB table. The next
 * block with the same years, after nothing but blank lines, adds a row under the same header (one table).
 * Strict: anything else passes through unchanged and in order; a line is held back at most one step.
 *
 * Provenance: a row's line number and page are the label line's — the line that names the metric and its
 * unit, where the block starts (the flattened-table and transposed readers cite a metric's first/naming
 * line the same way); its raw text is both lines, label + " | " + pairs line, so the evidence shows the values.
 */
import { parseUnit } from "../units";
import type { TextLine } from "./normalize";

export interface PairsOptions {
  /** Whether a string is a unit ("tCO2e", "m3", "%"); parseUnit by default. */
  isUnit?: (text: string) => boolean;
}

const VALUE = String.raw`[-+]?(?:\d{1,3}(?:[,' ]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s?%)?|n\/a|n\.a\.?|na|-{1,3}|不适用`;
/** One pair at the current position: year (bare with ":" or "年", or FY), then its value, then a separator or the end. */
const PAIR = new RegExp(String.raw`(?:FY\s?((?:19|20)\d\d)\s?:?|((?:19|20)\d\d)\s?(?:年度?\s?:?|:))\s?(${VALUE})(?=$|[\s;|])`, "iy");
/** Between two pairs: spaces/tabs, or ";" / "|" with optional spaces. */
const SEP = /\s*[;|]\s*|\s+/y;
const FIGURE_START = /^[-+]?\d/;
const SPACE_OR_APOS_GROUPS = /[' ](?=\d{3}(?!\d))/g;

/** A label's KPI code: "A1.2", "E-01", "GRI 305-1", "KPI A2.1", "3.1.2". */
const KPI_CODE = /^(?:(?:GRI|KPI|SASB)\s)?(?:[A-Z]{1,4}[-. ]?\d{1,3}(?:[-.]\d{1,3}){0,3}[a-z]?|\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)/;
const TRAILING_UNIT = /^(.*?\S)\s*[([]([^()[\]]+)[)\]]$/;
const LETTER = /\p{L}/u;
/** A label line that names its unit last: "… Unit: tCO2e", "… 单位：吨". */
const UNIT_CLAUSE = /^(.*?\S)\s+(?:units?|单位)\s*[:：]\s*(\S.*)$/i;
const SENTENCE_END = /[.。!?！？;；:：,，]$/;
/** A figure in a label: two or more digits not glued to a letter ("CO2", "PM2.5" are names), or a percentage. */
const LABEL_FIGURE = /(?<![\p{L}\d.,'])\d[\d,.']*\d|\d\s?%/u;
const LABEL_MAX_CHARS = 150;
const LABEL_MAX_WORDS = 16;
const MAX_PAIRS = 12;
/** Blank lines after which the segmenter no longer joins two rows into one table (its MAX_BLANK_RUN). */
const MAX_BLANKS_IN_TABLE = 4;

export interface YearPairs {
  years: string[];
  values: string[];
}

/**
 * The year/value pairs of a line, or null. The first test is one or two character reads: the line must
 * start with "1"/"2" and have ":" or "年" after the year, or start with "FY".
 */
export function parseYearPairs(t: string): YearPairs | null {
  if (t.length < 9) return null;
  const c0 = t.charCodeAt(0);
  if (c0 === 49 || c0 === 50) {
    const c4 = t.charCodeAt(4);
    if (c4 !== 58 && c4 !== 0x5e74 && !(c4 === 32 && t.charCodeAt(5) === 58)) return null;
  } else if (c0 === 70 || c0 === 102) {
    const c1 = t.charCodeAt(1);
    if (c1 !== 89 && c1 !== 121) return null;
  } else return null;
  const years: string[] = [];
  const values: string[] = [];
  let pos = 0;
  let figures = 0;
  while (pos < t.length) {
    if (years.length > 0) {
      SEP.lastIndex = pos;
      if (!SEP.exec(t)) return null;
      pos = SEP.lastIndex;
      if (pos >= t.length) break;
    }
    PAIR.lastIndex = pos;
    const m = PAIR.exec(t);
    if (!m || years.length >= MAX_PAIRS) return null;
    const year = m[1] ?? m[2];
    if (years.includes(year)) return null;
    years.push(year);
    const v = m[3];
    if (FIGURE_START.test(v)) {
      figures++;
      values.push(v.replace(SPACE_OR_APOS_GROUPS, ","));
    } else values.push(v);
    pos = PAIR.lastIndex;
  }
  return years.length >= 2 && figures > 0 ? { years, values } : null;
}

/** A label line read as [label, unit], or null when the line is no label. */
export function parseLabel(tl: TextLine, isUnit: (text: string) => boolean): [string, string] | null {
  if (tl.cells !== null) return null;
  let t = tl.text;
  if (t.length === 0 || t.length > LABEL_MAX_CHARS || SENTENCE_END.test(t)) return null;
  let unit = "";
  // "E-01 Direct GHG emissions (Scope 1)   Unit: tCO2e": the unit named at the end of the label line.
  const named = t.includes(":") || t.includes("：") ? UNIT_CLAUSE.exec(t) : null;
  if (named && isUnit(named[2].trim())) {
    t = named[1];
    unit = named[2].trim();
  }
  if (t.includes(":")) return null;
  const code = KPI_CODE.exec(t);
  if (code) t = t.slice(code[0].length);
  const m = unit ? null : TRAILING_UNIT.exec(t);
  if (m && isUnit(m[2].trim())) {
    t = m[1];
    unit = m[2].trim();
  }
  if (!LETTER.test(t) || LABEL_FIGURE.test(t) || t.split(" ").length > LABEL_MAX_WORDS) return null;
  return [t, unit];
}

/** Push-based: `push` each line in order, `end` once; lines come out through `emit`, in order. */
export class YearPairBlockReader {
  private readonly isUnit: (text: string) => boolean;
  /** The previous line, held until the next shows whether it labels a block. */
  private prev: TextLine | null = null;
  /** The years of the table open right now (joined), or null. */
  private openYears: string | null = null;
  private blanks = 0;

  constructor(private readonly emit: (tl: TextLine) => void, options: PairsOptions = {}) {
    this.isUnit = options.isUnit ?? ((s) => parseUnit(s) !== null);
  }

  push(tl: TextLine): void {
    const prev = this.prev;
    if (prev !== null && prev.cells === null && prev.text !== "") {
      // The pairs may be split into cells by tabs: their text (cells joined by tabs) is read the same way.
      const pairs = parseYearPairs(tl.text);
      const label = pairs ? parseLabel(prev, this.isUnit) : null;
      if (pairs && label) {
        this.prev = null;
        return this.block(prev, tl, label, pairs);
      }
    }
    if (prev !== null) this.pass(prev);
    this.prev = tl;
  }

  end(): void {
    if (this.prev !== null) this.pass(this.prev);
    this.prev = null;
    this.openYears = null;
  }

  private pass(tl: TextLine): void {
    if (tl.cells === null && tl.text === "") {
      if (++this.blanks > MAX_BLANKS_IN_TABLE) this.openYears = null;
    } else this.openYears = null;
    this.emit(tl);
  }

  private block(label: TextLine, pairsLine: TextLine, [name, unit]: [string, string], pairs: YearPairs): void {
    const key = pairs.years.join(" ");
    if (this.openYears !== key) {
      this.emit(this.row(["Indicator", "Unit", ...pairs.years], pairsLine.raw, label));
      this.openYears = key;
    }
    this.blanks = 0;
    this.emit(this.row([name, unit, ...pairs.values], `${label.raw} | ${pairsLine.raw}`, label));
  }

  private row(cells: string[], raw: string, at: TextLine): TextLine {
    const tl: TextLine = { text: cells.join("\t"), cells, raw, line: at.line };
    if (at.page !== undefined) tl.page = at.page;
    return tl;
  }

  /** All the reader carries to the lines after (see ExtractionPass.stateKey in src/extract.ts). */
  stateKey(): string {
    // The blank-line count matters only while a table is open (it is reset when one opens).
    return JSON.stringify([this.prev, this.openYears, this.openYears === null ? 0 : this.blanks]);
  }
}

/** The same, over an array: year/value pair blocks become cell rows; all other lines are returned unchanged, in order. */
export function readYearPairBlocks(lines: readonly TextLine[], options: PairsOptions = {}): TextLine[] {
  const out: TextLine[] = [];
  const reader = new YearPairBlockReader((tl) => out.push(tl), options);
  for (const tl of lines) reader.push(tl);
  reader.end();
  return out;
}
