/**
 * Rebuilds tables from rows of positioned cells. Consecutive multi-cell rows form a table
 * region; its columns come from the rows with the most cells; every cell is placed in a column
 * (figures by their right edge, as they are right-aligned; text by overlap), so that a missing
 * value leaves an empty cell instead of shifting the row. Side-by-side tables are split apart and
 * emitted one after the other, and labels wrapped onto a second line are joined to their row.
 */
import { splitCell, type Cell, type TextRow } from "./rows";

interface Column {
  left: number;
  right: number;
  numeric: boolean;
}

/** A row of a rebuilt table: one text per column ("" when empty). */
interface PlacedRow {
  baseline: number;
  size: number;
  cells: string[];
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins a label with its wrapped continuation: no space between Chinese characters, none after a hyphen break. */
export function joinWrapped(first: string, rest: string): string {
  if (!first) return rest;
  if (!rest) return first;
  if (CJK_END.test(first) && CJK_START.test(rest)) return first + rest;
  if (/[A-Za-z]-$/.test(first) && /^[a-z]/.test(rest)) return first.slice(0, -1) + rest;
  if (first.endsWith("/") || rest.startsWith("/")) return first + rest;
  return `${first} ${rest}`;
}

/** Splits the rows of a page into runs: table regions (multi-cell rows) and single lines. */
function findRegions(rows: TextRow[]): Array<{ table: boolean; rows: TextRow[] }> {
  const runs: Array<{ table: boolean; rows: TextRow[] }> = [];
  let i = 0;
  while (i < rows.length) {
    if (rows[i].cells.length < 2) {
      runs.push({ table: false, rows: [rows[i]] });
      i++;
      continue;
    }
    const region: TextRow[] = [rows[i]];
    let j = i + 1;
    while (j < rows.length) {
      const prev = region[region.length - 1];
      const row = rows[j];
      const pitch = row.baseline - prev.baseline;
      if (row.cells.length >= 2 && pitch < 3 * Math.max(prev.size, row.size)) {
        region.push(row);
        j++;
        continue;
      }
      // Single-cell rows (wrapped labels, section headings) stay in the table when more table rows follow closely.
      let k = j;
      while (k < rows.length && rows[k].cells.length === 1 && rows[k].baseline - rows[k - 1].baseline < 2 * Math.max(rows[k].size, rows[k - 1].size)) k++;
      if (k > j && k < rows.length && rows[k].cells.length >= 2 && rows[k].baseline - rows[k - 1].baseline < 3 * rows[k].size && k - j <= 3) {
        region.push(...rows.slice(j, k + 1));
        j = k + 1;
        continue;
      }
      // A single-cell row right below the last table row may be that row's wrapped label.
      // (a continuation sits one text line below; a paragraph after the table sits further down).
      // The first figure after a label (a leading row number does not count).
      const lastCells = region[region.length - 1].cells;
      const firstFigure = lastCells.find((c, n) => c.numeric && lastCells.slice(0, n).some((d) => !d.numeric));
      if (row.cells.length === 1 && pitch < 1.3 * row.size && row.cells[0].right < (firstFigure?.left ?? Infinity)) {
        region.push(row);
        j++;
      }
      break;
    }
    runs.push({ table: region.length >= 2, rows: region });
    i = j;
  }
  return runs;
}

/** Columns from the rows that have the most cells (the fully filled rows). */
function findColumns(rows: TextRow[]): Column[] {
  const multi = rows.filter((r) => r.cells.length >= 2);
  const counts = new Map<number, number>();
  for (const r of multi) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  // The widest layout that several rows share; a single odd row does not define the table.
  const sortedCounts = [...counts.entries()].sort((a, b) => b[0] - a[0]);
  const [width] = sortedCounts.find(([, n]) => n >= 2 || n >= 0.3 * multi.length) ?? sortedCounts[0];
  const full = multi.filter((r) => r.cells.length === width);
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const cells = full.map((r) => r.cells[c]);
    columns.push({
      left: Math.min(...cells.map((x) => x.left)),
      right: Math.max(...cells.map((x) => x.right)),
      numeric: cells.filter((x) => x.numeric).length >= 0.6 * cells.length,
    });
  }
  return columns;
}

function overlap(cell: Cell, col: Column): number {
  return Math.min(cell.right, col.right) - Math.max(cell.left, col.left);
}

/** Index of the column a cell belongs to: figures by right edge, text by overlap then left edge. */
function columnOf(cell: Cell, columns: Column[]): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((col, i) => {
    const score = cell.numeric
      ? -Math.abs(cell.right - col.right) + (overlap(cell, col) > 0 ? 1000 : 0)
      : overlap(cell, col) * 10 - Math.abs(cell.left - col.left);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Column index where a second table starts beside the first: a text column (labels) that follows
 * a table with labels and figures, and is itself followed by figures. Returns -1 when none.
 */
function sideBySideSplit(columns: Column[]): number {
  for (let j = 2; j < columns.length - 1; j++) {
    if (columns[j].numeric) continue;
    const left = columns.slice(0, j);
    const leftHasLabelsThenFigures = left.some((c, i) => !c.numeric && left.slice(i + 1).some((d) => d.numeric));
    const leftEndsWithFigures = left[left.length - 1].numeric;
    const rightHasFigures = columns.slice(j + 1).some((c) => c.numeric);
    if (leftHasLabelsThenFigures && leftEndsWithFigures && rightHasFigures) return j;
  }
  return -1;
}

/**
 * Splits cells that run into the next column: when a label nearly touches the unit beside it,
 * the two are one cell by gap alone, but the unit's text item starts where the column starts.
 */
function splitAtColumnStarts(cells: Cell[], columns: Column[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    let rest = cell;
    for (let k = rest.parts.length - 1; k >= 1; k--) {
      const start = rest.parts[k].left;
      if (columns.some((col) => Math.abs(col.left - start) < 1.5) && !columns.some((col) => Math.abs(col.left - rest.left) < 1.5 && col.right > start)) {
        const [head, tail] = splitCell(rest, k);
        out.push(tail);
        rest = head;
        k = rest.parts.length;
      }
    }
    out.push(rest);
  }
  return out.sort((a, b) => a.left - b.left);
}

function placeRows(rows: TextRow[], columns: Column[], offset: number, count: number): PlacedRow[] {
  const placed: PlacedRow[] = [];
  for (const row of rows) {
    const cells = new Array<string>(count).fill("");
    let any = false;
    for (const cell of splitAtColumnStarts(row.cells, columns)) {
      const index = columnOf(cell, columns) - offset;
      if (index < 0 || index >= count) continue;
      cells[index] = cells[index] ? `${cells[index]} ${cell.text}` : cell.text;
      any = true;
    }
    if (any) placed.push({ baseline: row.baseline, size: row.size, cells });
  }
  return placed;
}

/**
 * Joins labels that wrapped onto extra lines. Each line with text only in label columns is
 * attached to the nearest row with figures when it sits closer to it than table rows sit to each
 * other (top-aligned cells: the label continues below its figures; vertically centred cells: the
 * label starts above and ends below them). Lines chained to an attached line follow it. Anything
 * else (a section heading inside the table) stays a row of its own.
 */
function joinWrappedLabels(rows: PlacedRow[], columns: Column[]): PlacedRow[] {
  const hasFigures = (r: PlacedRow): boolean => r.cells.some((text, i) => text !== "" && columns[i].numeric);
  const valueRows = rows.map((r, i) => (hasFigures(r) ? i : -1)).filter((i) => i >= 0);
  const pitches: number[] = [];
  for (let k = 1; k < valueRows.length; k++) pitches.push(rows[valueRows[k]].baseline - rows[valueRows[k - 1]].baseline);
  const rowPitch = lowerMedian(pitches);
  const target = new Array<number>(rows.length).fill(-1);
  const attachable = (label: PlacedRow, host: PlacedRow, distance: number): boolean => {
    if (distance > 1.6 * label.size) return false;
    const startsLower = /^[a-z(（]/.test(label.cells.find((t) => t !== "") ?? "");
    const centred = host.cells[0] === "" && label.cells[0] !== "";
    return startsLower || centred || rowPitch === 0 || distance < 0.85 * rowPitch;
  };
  rows.forEach((row, i) => {
    if (hasFigures(row)) return;
    const above = [...valueRows].reverse().find((v) => v < i);
    const below = valueRows.find((v) => v > i);
    const dAbove = above === undefined ? Infinity : row.baseline - rows[above].baseline;
    const dBelow = below === undefined ? Infinity : rows[below].baseline - row.baseline;
    // Ties go to the row above: cells are top-aligned by default in Word and LibreOffice.
    const [host, distance] = dAbove <= dBelow ? [above, dAbove] : [below, dBelow];
    if (host !== undefined && attachable(row, rows[host], distance)) target[i] = host;
  });
  // A label of three or more lines: lines next to an attached line follow it.
  for (let changed = true; changed; ) {
    changed = false;
    rows.forEach((row, i) => {
      if (target[i] >= 0 || hasFigures(row)) return;
      for (const n of [i - 1, i + 1]) {
        if (n < 0 || n >= rows.length || target[n] < 0 || hasFigures(rows[n])) continue;
        if (Math.abs(rows[n].baseline - row.baseline) < 1.6 * row.size && (n < i ? target[n] < i : target[n] > i)) {
          target[i] = target[n];
          changed = true;
          return;
        }
      }
    });
  }
  const out: PlacedRow[] = [];
  rows.forEach((row, i) => {
    if (target[i] >= 0) return;
    const parts = rows.filter((_, k) => k === i || target[k] === i); // already in baseline order
    const cells = row.cells.map((_, c) => parts.reduce((text, part) => joinWrapped(text, part.cells[c]), ""));
    out.push({ ...row, cells });
  });
  return out;
}

function lowerMedian(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function rowText(cells: string[]): string {
  const trimmed = [...cells];
  while (trimmed.length && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed.join("\t");
}

function layoutTable(rows: TextRow[]): string[] {
  const columns = findColumns(rows);
  const tables: Array<{ offset: number; count: number }> = [];
  let start = 0;
  for (;;) {
    const rest = columns.slice(start);
    const split = sideBySideSplit(rest);
    if (split < 0) {
      tables.push({ offset: start, count: rest.length });
      break;
    }
    tables.push({ offset: start, count: split });
    start += split;
  }
  const lines: string[] = [];
  for (const { offset, count } of tables) {
    const own = columns.slice(offset, offset + count);
    const placed = placeRows(rows, columns, offset, count);
    for (const row of joinWrappedLabels(placed, own)) lines.push(rowText(row.cells));
  }
  return lines;
}

/** Vertical space wider than this many font sizes between two lines separates paragraphs. */
const PARAGRAPH_GAP = 1.9;

/**
 * Lays out one page's rows as text lines, tables as TAB-separated cells. A wide vertical gap
 * becomes an empty line, as between paragraphs of a text file, so that blocks stay apart.
 */
export function rowsToLines(rows: TextRow[]): string[] {
  const lines: string[] = [];
  let previous: TextRow | undefined;
  for (const run of findRegions(rows)) {
    const first = run.rows[0];
    if (previous && lines.length && lines[lines.length - 1] !== "" && first.baseline - previous.baseline > PARAGRAPH_GAP * Math.max(first.size, previous.size))
      lines.push("");
    if (run.table) lines.push(...layoutTable(run.rows).filter((l) => l.trim() !== ""));
    else for (const row of run.rows) lines.push(row.cells.map((c) => c.text).join("\t"));
    previous = run.rows[run.rows.length - 1];
  }
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
