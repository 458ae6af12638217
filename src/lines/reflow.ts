/**
 * Flattened tables: text taken from a PDF often prints a table one cell per line —
 *
 *   Indicator / Unit / 2024 / 2023 / 2022 / Total GHG emissions / tCO2e / 12,345.6 / 11,234.0 / 10,111.2 / …
 *
 * A header of two or more consecutive bare-year lines (optionally after header words such as
 * Indicator/Unit/指标/单位), then groups of [label line(s)] [optional unit line] [one value line per
 * year], is re-emitted as one cell row per group ([label, unit, v1..vN]) under one header cell row
 * (["Indicator", "Unit", years…]), so the segmenter reads it as a TAB table. Strict: as soon as a group
 * does not fit, the buffered lines are emitted unchanged and in order; every other line passes through
 * unchanged. A reflowed row keeps its first label line's number and page, and its lines as evidence.
 *
 * A page-number line between two groups ("12" after a blank line, "Page 12", "- 12 -", "第12页") is
 * passed through unchanged and does not end the table. A bare number straight after a group's last
 * value is not taken for one: that is an extra value, and the group does not fit.
 */
import { parseUnit } from "../units";
import type { TextLine } from "./normalize";
import { FIGURE_CELL, MISSING_CELL } from "./cell-values";

export interface ReflowOptions {
  /** Whether a line is a unit ("tCO2e", "m3", "%"); parseUnit by default. */
  isUnit?: (text: string) => boolean;
}

const BARE_YEAR = /^(?:19|20)\d\d年?$/;
const HEADER_WORD = /^(?:indicators?|metrics?|items?|kpis?|units?|categor(?:y|ies)|parameters?|unit of measure(?:ment)?|指标|指標|单位|單位|项目|項目|类别|類別|指标名称|计量单位)$/i;
const HEADER_WORD_MAX = 24;
const PAGE_FORM = /^(?:-\s?\d{1,4}\s?-|page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|p\.\s?\d{1,4}|\d{1,4}\s?\/\s?\d{1,4}|第\s?\d{1,4}\s?页)$/i;
const BARE_PAGE = /^\d{1,4}$/;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.。!?！？;；:：,，]$/;
const LABEL_MAX_CHARS = 80;
const LABEL_MAX_WORDS = 12;
const MAX_HEADER_WORDS = 3;
const MAX_YEARS = 10;
/** Label lines of one group (a wrapped label), not counting its unit line. */
const MAX_LABEL_LINES = 2;
/** Blank and page lines held between two groups. */
const MAX_BETWEEN = 6;

const enum Mode {
  Idle,
  HeaderWords,
  Years,
  Table,
}

function isYear(t: string): boolean {
  // The common case costs one length test and one character test.
  if (t.length < 4 || t.length > 5) return false;
  const c = t.charCodeAt(0);
  return (c === 49 || c === 50) && BARE_YEAR.test(t);
}
function isValue(t: string): boolean {
  return FIGURE_CELL.test(t) || MISSING_CELL.test(t);
}
function isLabel(t: string): boolean {
  if (t.length === 0 || t.length > LABEL_MAX_CHARS || !LETTER.test(t) || SENTENCE_END.test(t)) return false;
  if (isValue(t) || HEADER_WORD.test(t) || PAGE_FORM.test(t)) return false;
  return t.split(" ").length <= LABEL_MAX_WORDS;
}

/** Push-based reflow: `push` each line in order, `end` once; lines come out through `emit`, in order. */
export class FlattenedTableReflow {
  private readonly isUnit: (text: string) => boolean;
  private mode = Mode.Idle;
  /** Header lines (words, then years), not yet emitted. */
  private header: TextLine[] = [];
  private years: number[] = [];
  private headerDone = false;
  /** A complete group, emitted once the next line shows it took no extra value. */
  private pending: TextLine[] | null = null;
  private pendingLabels = 0;
  /** Blank and page lines after the pending group. */
  private between: TextLine[] = [];
  /** Whether `between` holds a bare number taken for a page number (then no value may follow). */
  private bareNumberHeld = false;
  /** The group being read, and how many of its lines are label/unit lines. */
  private cur: TextLine[] = [];
  private curLabels = 0;
  /** Blank lines between the header and the first group. */
  private headBlanks: TextLine[] = [];

  constructor(private readonly emit: (tl: TextLine) => void, options: ReflowOptions = {}) {
    this.isUnit = options.isUnit ?? ((s) => parseUnit(s) !== null);
  }

  push(tl: TextLine): void {
    if (this.mode === Mode.Idle) return this.idle(tl);
    if (this.mode === Mode.Table) return this.table(tl);
    const t = tl.cells === null ? tl.text : "";
    if (tl.cells === null && isYear(t)) {
      const y = parseInt(t, 10);
      const n = this.years.length;
      const fits = n === 0 || (n < MAX_YEARS && y !== this.years[n - 1] && (n === 1 || (y > this.years[n - 1]) === (this.years[1] > this.years[0])));
      if (fits) {
        this.header.push(tl);
        this.years.push(y);
        this.mode = Mode.Years;
        return;
      }
    } else if (this.mode === Mode.HeaderWords && tl.cells === null && this.header.length < MAX_HEADER_WORDS && t.length <= HEADER_WORD_MAX && HEADER_WORD.test(t)) {
      this.header.push(tl);
      return;
    } else if (this.mode === Mode.Years && this.years.length >= 2) {
      this.mode = Mode.Table;
      return this.table(tl);
    }
    this.flushAll();
    this.idle(tl);
  }

  end(): void {
    if (this.mode === Mode.Table) this.closeTable(true);
    this.flushAll();
  }

  private idle(tl: TextLine): void {
    if (tl.cells === null) {
      const t = tl.text;
      if (isYear(t)) {
        this.header.push(tl);
        this.years.push(parseInt(t, 10));
        this.mode = Mode.Years;
        return;
      }
      if (t.length <= HEADER_WORD_MAX && t.length > 1 && HEADER_WORD.test(t)) {
        this.header.push(tl);
        this.mode = Mode.HeaderWords;
        return;
      }
    }
    this.emit(tl);
  }

  private table(tl: TextLine): void {
    const t = tl.cells === null ? tl.text : null;
    if (this.cur.length === 0) {
      // Between groups.
      if (t === null) return this.stop(tl, true);
      if (t === "") {
        if (this.between.length >= MAX_BETWEEN) return this.stop(tl, true);
        this.between.push(tl);
        return;
      }
      const afterBlank = this.between.length > 0 && this.between[this.between.length - 1].text === "";
      if (this.pending && this.between.length < MAX_BETWEEN && (PAGE_FORM.test(t) || (afterBlank && !this.bareNumberHeld && BARE_PAGE.test(t)))) {
        if (!PAGE_FORM.test(t)) this.bareNumberHeld = true;
        this.between.push(tl);
        return;
      }
      if (isLabel(t)) {
        if (this.pending) this.commitPending();
        else if (!this.headerDone) {
          // Blank lines between the header and the first group come out after the header.
          this.headBlanks = this.between;
          this.between = [];
        } else this.commitPending();
        this.cur.push(tl);
        this.curLabels = 1;
        return;
      }
      // A new header after a blank line ends this table; a figure right after a group is an extra value.
      const next = isYear(t) && (this.between.length > 0 || !this.pending) ? true : !isValue(t) && !isYear(t);
      return this.stop(tl, next);
    }
    if (t === null || t === "") return this.failGroup(tl);
    const values = this.cur.length - this.curLabels;
    if (isValue(t) || isYear(t)) {
      this.cur.push(tl);
      if (values + 1 === this.years.length) this.completeGroup();
      return;
    }
    if (values === 0 && this.curLabels < MAX_LABEL_LINES + 1 && isLabel(t)) {
      this.cur.push(tl);
      this.curLabels++;
      return;
    }
    this.failGroup(tl);
  }

  private completeGroup(): void {
    const labels = this.cur.slice(0, this.curLabels);
    const values = this.cur.slice(this.curLabels);
    const hasUnit = labels.length > 1 && this.isUnit(labels[labels.length - 1].text);
    const labelLines = hasUnit ? labels.length - 1 : labels.length;
    // Values that are all years are a header, not a group.
    if (labelLines > MAX_LABEL_LINES || values.every((v) => isYear(v.text))) {
      const lines = this.cur;
      this.cur = [];
      this.curLabels = 0;
      return this.replayAfterFirst(lines, null);
    }
    this.pending = this.cur;
    this.pendingLabels = this.curLabels;
    this.cur = [];
    this.curLabels = 0;
    this.bareNumberHeld = false;
  }

  /** The group being read does not fit: the table ends; its lines come out unchanged (a header among them is looked for again). */
  private failGroup(tl: TextLine): void {
    const lines = this.cur;
    this.cur = [];
    this.curLabels = 0;
    this.closeTable(true);
    this.replayAfterFirst(lines, tl);
  }

  private replayAfterFirst(lines: TextLine[], tl: TextLine | null): void {
    // Back in Idle (or a closed table): the first line is emitted, the rest read again.
    if (this.mode === Mode.Table) this.closeTable(true);
    this.emit(lines[0]);
    for (let k = 1; k < lines.length; k++) this.push(lines[k]);
    if (tl) this.push(tl);
  }

  /** The table ends at `tl`: the pending group is kept when `pendingFits`, else emitted unchanged. */
  private stop(tl: TextLine, pendingFits: boolean): void {
    this.closeTable(pendingFits);
    this.idle(tl);
  }

  private closeTable(pendingFits: boolean): void {
    if (this.pending && pendingFits) this.commitPending();
    else if (this.pending) this.flushRawPending();
    else if (!this.headerDone) this.flushRawHeader();
    for (const b of this.between) this.emit(b);
    const cur = this.cur;
    this.resetTable();
    for (const c of cur) this.emit(c);
  }

  private flushRawHeader(): void {
    for (const h of this.header) this.emit(h);
    for (const b of this.headBlanks) this.emit(b);
    this.headBlanks = [];
    this.headerDone = true;
  }

  private flushRawPending(): void {
    if (!this.headerDone) this.flushRawHeader();
    for (const p of this.pending ?? []) this.emit(p);
    this.pending = null;
  }

  private commitPending(): void {
    if (this.pending) {
      if (!this.headerDone) {
        this.emit(this.headerRow());
        for (const b of this.headBlanks) this.emit(b);
        this.headBlanks = [];
        this.headerDone = true;
      }
      this.emit(this.groupRow(this.pending, this.pendingLabels));
      this.pending = null;
    }
    for (const b of this.between) this.emit(b);
    this.between = [];
    this.bareNumberHeld = false;
  }

  private headerRow(): TextLine {
    const cells = ["Indicator", "Unit", ...this.header.filter((h) => isYear(h.text)).map((h) => h.text.replace("年", ""))];
    return this.row(cells, this.header);
  }

  private groupRow(lines: TextLine[], labelCount: number): TextLine {
    const labels = lines.slice(0, labelCount);
    const hasUnit = labels.length > 1 && this.isUnit(labels[labels.length - 1].text);
    const unit = hasUnit ? labels[labels.length - 1].text : "";
    const label = (hasUnit ? labels.slice(0, -1) : labels).map((l) => l.text).join(" ");
    return this.row([label, unit, ...lines.slice(labelCount).map((l) => l.text)], lines);
  }

  private row(cells: string[], lines: TextLine[]): TextLine {
    const tl: TextLine = { text: cells.join("\t"), cells, raw: lines.map((l) => l.raw).join(" | "), line: lines[0].line };
    if (lines[0].page !== undefined) tl.page = lines[0].page;
    return tl;
  }

  private flushAll(): void {
    for (const h of this.header) this.emit(h);
    this.resetTable();
  }

  private resetTable(): void {
    this.mode = Mode.Idle;
    this.header = [];
    this.years = [];
    this.headerDone = false;
    this.pending = null;
    this.between = [];
    this.bareNumberHeld = false;
    this.cur = [];
    this.curLabels = 0;
    this.headBlanks = [];
  }

  /** All the reader carries to the lines after (see ExtractionPass.stateKey in src/extract.ts). */
  stateKey(): string {
    const { mode, header, years, headerDone, pending, pendingLabels, between, bareNumberHeld, cur, curLabels, headBlanks } = this;
    return JSON.stringify([mode, header, years, headerDone, pending, pendingLabels, between, bareNumberHeld, cur, curLabels, headBlanks]);
  }
}

/** The same, over an array: lines of flattened tables become cell rows; all others are returned unchanged, in order. */
export function reflowFlattenedTables(lines: readonly TextLine[], options: ReflowOptions = {}): TextLine[] {
  const out: TextLine[] = [];
  const reflow = new FlattenedTableReflow((tl) => out.push(tl), options);
  for (const tl of lines) reflow.push(tl);
  reflow.end();
  return out;
}
