/**
 * Transposed tables: years as rows, metrics as columns, each column's unit in its header —
 *
 *   | Year | Total GHG emissions (tCO2e) | Water consumption (m³) | Employees |
 *   | 2025 | 12,345.6                    | 456,789                | 3,210     |
 *   | 2024 | 11,234.0                    | 440,100                | 3,105     |
 *
 * A cell header row whose first cell is a year-column word (Year/Years/年份/年度/FY, or empty) and whose
 * other cells are all non-numeric headers, followed by two or more cell rows with the same cell count,
 * each a year ("2025", "2025年", "FY2025") then figures or dashes, is re-emitted in the normal
 * orientation: one header cell row ["Indicator", "Unit", years in printed order] and one cell row per
 * metric column [label, unit from the header's trailing bracket (when it is a unit) or "", value per
 * year]. Strict: a cell row of the same width that does not fit (a non-year first cell, a text cell, a
 * repeated or out-of-order year) means the buffered lines come out unchanged; a line of another width or
 * a non-cell line ends the table, except up to two blank lines in a row (the markdown loader blanks the
 * separator line), which are held and come out after the re-emitted rows. Every other line passes through unchanged; non-cell text is never read.
 *
 * Provenance: a re-emitted row takes its values from several source lines; it keeps the header row's line
 * number and page (the one line that names the metric and its unit), and its raw text is the header cell
 * followed by the column's printed values (" | " between), so the evidence shows what was read.
 */
import { parseUnit } from "../units";
import type { TextLine } from "./normalize";
import { FIGURE_CELL, MISSING_CELL } from "./cell-values";

export interface TransposeOptions {
  /** Whether a string is a unit ("tCO2e", "m3", "%"); parseUnit by default. */
  isUnit?: (text: string) => boolean;
}

const YEAR_WORD = /^(?:years?|fiscal years?|fy|年份|年度|年|财年|財年)$/i;
const YEAR_WORD_MAX = 12;
const YEAR_CELL = /^(?:FY\s?)?((?:19|20)\d\d)\s?(?:年度?)?$/i;
const YEAR_CELL_MAX = 8;
const LETTER = /\p{L}/u;
/** A header's trailing bracketed unit: "Water consumption (m3)", "用水量(吨)", "Energy [MWh]". */
const TRAILING_UNIT = /^(.*?\S)\s*[([]([^()[\]]+)[)\]]$/;
const HEADER_CELL_MAX = 100;
/** Year rows held at most: a longer run is no table of this kind (and keeps the buffer bounded). */
const MAX_YEARS = 12;
/** Consecutive blank lines held inside a table. */
const MAX_BLANKS = 2;

/** Cheap first test of a header's first cell: empty, or short and starting as a year word can. */
function isYearWord(c: string): boolean {
  if (c.length === 0) return true;
  if (c.length > YEAR_WORD_MAX) return false;
  const ch = c.charCodeAt(0);
  // Y y F f 年 財 财
  return (ch === 89 || ch === 121 || ch === 70 || ch === 102 || ch === 0x5e74 || ch === 0x8ca1 || ch === 0x8d22) && YEAR_WORD.test(c);
}

/** The year of a row's first cell, or 0. */
function yearOf(c: string): number {
  if (c.length < 4 || c.length > YEAR_CELL_MAX) return 0;
  const ch = c.charCodeAt(0);
  if (ch !== 49 && ch !== 50 && ch !== 70 && ch !== 102) return 0;
  const m = YEAR_CELL.exec(c);
  return m ? Number(m[1]) : 0;
}

function isHeaderCell(c: string): boolean {
  return c.length > 0 && c.length <= HEADER_CELL_MAX && LETTER.test(c) && yearOf(c) === 0 && !FIGURE_CELL.test(c);
}

/** Push-based: `push` each line in order, `end` once; lines come out through `emit`, in order. */
export class TransposedTableReader {
  private readonly isUnit: (text: string) => boolean;
  /** The header row, while a table may be starting. */
  private header: TextLine | null = null;
  private rows: TextLine[] = [];
  /** Every line held since the header (header, blank lines, rows), in order, for an unchanged flush. */
  private held: TextLine[] = [];
  /** Blank lines held right now at the end of `held`. */
  private trailingBlanks = 0;
  private years: number[] = [];

  constructor(private readonly emit: (tl: TextLine) => void, options: TransposeOptions = {}) {
    this.isUnit = options.isUnit ?? ((s) => parseUnit(s) !== null);
  }

  push(tl: TextLine): void {
    const cells = tl.cells;
    if (cells === null) {
      if (this.header !== null) {
        // A blank line or two inside the table (the markdown loader blanks the separator line) is held.
        if (tl.text === "" && this.trailingBlanks < MAX_BLANKS) {
          this.held.push(tl);
          this.trailingBlanks++;
          return;
        }
        this.close();
      }
      this.emit(tl);
      return;
    }
    if (this.header !== null) {
      if (cells.length === (this.header.cells as string[]).length) {
        if (this.fitsRow(cells)) {
          this.rows.push(tl);
          this.held.push(tl);
          this.trailingBlanks = 0;
          this.years.push(yearOf(cells[0]));
          return;
        }
        // A row of this table that does not fit: the whole table comes out unchanged.
        this.flushRaw();
        this.emit(tl);
        return;
      }
      this.close();
    }
    if (cells.length >= 2 && isYearWord(cells[0]) && this.isHeader(cells)) {
      this.header = tl;
      this.held.push(tl);
      return;
    }
    this.emit(tl);
  }

  end(): void {
    if (this.header !== null) this.close();
  }

  private isHeader(cells: readonly string[]): boolean {
    for (let k = 1; k < cells.length; k++) if (!isHeaderCell(cells[k])) return false;
    return true;
  }

  private fitsRow(cells: readonly string[]): boolean {
    const y = yearOf(cells[0]);
    if (y === 0) return false;
    const n = this.years.length;
    if (n >= MAX_YEARS) return false;
    if (n > 0 && (y === this.years[n - 1] || (n >= 2 && y > this.years[n - 1] !== this.years[1] > this.years[0]))) return false;
    let figures = 0;
    for (let k = 1; k < cells.length; k++) {
      const c = cells[k];
      if (FIGURE_CELL.test(c)) figures++;
      else if (c !== "" && !MISSING_CELL.test(c)) return false;
    }
    return figures > 0;
  }

  /** The table ended: re-emitted when it has two or more year rows, else unchanged. */
  private close(): void {
    if (this.rows.length >= 2) this.emitTransposed();
    else this.flushRaw();
  }

  private flushRaw(): void {
    for (const h of this.held) this.emit(h);
    this.reset();
  }

  private emitTransposed(): void {
    const header = this.header as TextLine;
    const head = header.cells as string[];
    const rows = this.rows;
    const firsts = rows.map((r) => (r.cells as string[])[0]);
    this.emit(this.row(["Indicator", "Unit", ...this.years.map(String)], [head[0], ...firsts].join(" | "), header));
    for (let k = 1; k < head.length; k++) {
      const m = TRAILING_UNIT.exec(head[k]);
      const hasUnit = m !== null && this.isUnit(m[2].trim());
      const label = hasUnit ? (m as RegExpExecArray)[1] : head[k];
      const unit = hasUnit ? (m as RegExpExecArray)[2].trim() : "";
      const vals = rows.map((r) => (r.cells as string[])[k]);
      this.emit(this.row([label, unit, ...vals], [head[k], ...vals].join(" | "), header));
    }
    // Blank lines held inside the table come out after it.
    for (const h of this.held) if (h.cells === null) this.emit(h);
    this.reset();
  }

  private row(cells: string[], raw: string, at: TextLine): TextLine {
    const tl: TextLine = { text: cells.join("\t"), cells, raw, line: at.line };
    if (at.page !== undefined) tl.page = at.page;
    return tl;
  }

  private reset(): void {
    this.header = null;
    this.rows = [];
    this.years = [];
    this.held = [];
    this.trailingBlanks = 0;
  }

  /** All the reader carries to the lines after (see ExtractionPass.stateKey in src/extract.ts). */
  stateKey(): string {
    return JSON.stringify([this.header, this.rows, this.held, this.trailingBlanks, this.years]);
  }
}

/** The same, over an array: transposed tables are re-emitted in the normal orientation; all other lines are returned unchanged, in order. */
export function transposeYearTables(lines: readonly TextLine[], options: TransposeOptions = {}): TextLine[] {
  const out: TextLine[] = [];
  const reader = new TransposedTableReader((tl) => out.push(tl), options);
  for (const tl of lines) reader.push(tl);
  reader.end();
  return out;
}
