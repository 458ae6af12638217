/**
 * HTML tables inside text (<table>…</table>, on one line or many) become one line per <tr>,
 * with the row's cells, numbered by the line where the <tr> starts. A cell spanning columns is followed
 * by empty cells; a cell spanning rows is repeated in the rows below (a unit or a group label applies to
 * each of them), except a figure, which stays in its own row.
 *
 * Cells are found with a small scanner rather than htmlparser2: this runs synchronously inside
 * `normalizeLines`, and htmlparser2 ships only as an ES module, which the engine's CommonJS test runner
 * cannot load synchronously (the document importers load it with a dynamic import).
 */
import type { DocumentLine } from "../document/types";

export interface CellLine extends DocumentLine {
  cells?: string[];
}

const TABLE_OPEN = /<table\b/i;
const TABLE_CLOSE = /<\/table>/i;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr>|(?=<tr\b)|$)/gi;
const CELL = /<t[dh]\b([^>]*)>([\s\S]*?)(?:<\/t[dh]>|(?=<t[dh]\b)|$)/gi;
const COLSPAN = /colspan\s*=\s*["']?(\d+)/i;
const ROWSPAN = /rowspan\s*=\s*["']?(\d+)/i;
/** A figure cell ("1,234.5", "(12)", "8.3%"): not repeated into the rows a rowspan covers. */
const FIGURE_CELL = /^[-+]?\(?\d[\d,.\s]*\)?%?$/;
const MAX_COLSPAN = 20;
const MAX_ROWSPAN = 100;
const TAG = /<[^>]+>/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'", "&apos;": "'" };
const ENTITY = /&(?:amp|lt|gt|nbsp|quot|apos|#39);/g;
/** A table that never closes is not followed further than this many lines. */
const MAX_TABLE_LINES = 2000;

function cellText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, " ").replace(TAG, " ").replace(ENTITY, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

/** A table cell as printed: its text and how many columns and rows it spans. */
export interface SpanCell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** A cell carried into the rows below by its rowspan: its text and how many rows it still covers. */
interface Carried {
  text: string;
  rows: number;
}

/**
 * Lays a table's cells out on a grid, one string per column: a cell spanning columns is followed by
 * empty cells, and a cell spanning rows is repeated in each row below that it covers (a unit or group
 * label applies to each of them), except a figure, which stays in its own row only. Pure; any HTML
 * reader can give it the cells and spans it read.
 */
export function spanRows(rows: readonly (readonly SpanCell[])[]): string[][] {
  /** Cells covering the next rows, by column. */
  const carried: (Carried | undefined)[] = [];
  /** Places the carried cells due at the row's next column (and after it, up to `until`). */
  const fill = (cells: string[], until: number): void => {
    for (let col = cells.length; col < carried.length; col = cells.length) {
      const c = carried[col];
      if (c && c.rows > 0) {
        c.rows--;
        cells.push(c.text);
      } else if (col < until) cells.push("");
      else break;
    }
  };
  const out: string[][] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const cell of row) {
      fill(cells, 0);
      const colspan = Math.min(Math.max(1, Math.floor(cell.colspan) || 1), MAX_COLSPAN);
      const rowspan = Math.min(Math.max(1, Math.floor(cell.rowspan) || 1), MAX_ROWSPAN);
      const col = cells.length;
      cells.push(cell.text);
      for (let k = 1; k < colspan; k++) cells.push("");
      if (rowspan > 1) {
        const repeated = FIGURE_CELL.test(cell.text) ? "" : cell.text;
        for (let k = 0; k < colspan; k++) carried[col + k] = { text: k === 0 ? repeated : "", rows: rowspan - 1 };
      }
    }
    // Carried cells after the row's last own cell (a unit column spanning rows at the end).
    let last = -1;
    for (let col = cells.length; col < carried.length; col++) if ((carried[col]?.rows ?? 0) > 0) last = col;
    if (last >= 0) fill(cells, last + 1);
    out.push(cells);
  }
  return out;
}

function spanOf(attrs: string, re: RegExp): number {
  if (!attrs.includes("span")) return 1;
  return Number(re.exec(attrs)?.[1] ?? 1);
}

/** Parses the rows of one table's HTML; `lineAt(offset)` maps an offset back to its source line. */
function parseRows(html: string, lineAt: (offset: number) => DocumentLine): CellLine[] {
  const found: { cells: SpanCell[]; at: number }[] = [];
  for (const m of html.matchAll(ROW)) {
    const cells: SpanCell[] = [];
    for (const c of m[1].matchAll(CELL)) cells.push({ text: cellText(c[2]), colspan: spanOf(c[1], COLSPAN), rowspan: spanOf(c[1], ROWSPAN) });
    found.push({ cells, at: m.index ?? 0 });
  }
  const grid = spanRows(found.map((f) => f.cells));
  const rows: CellLine[] = [];
  grid.forEach((cells, k) => {
    if (cells.length === 0 || cells.every((c) => c === "")) return;
    const src = lineAt(found[k].at);
    const row: CellLine = { text: cells.join("\t"), line: src.line, cells };
    if (src.page !== undefined) row.page = src.page;
    rows.push(row);
  });
  return rows;
}

/** Whether an HTML table opens on this line: most lines hold no "<", and the regex runs on few. */
export function opensHtmlTable(text: string): boolean {
  return text.includes("<") && TABLE_OPEN.test(text);
}

/**
 * Reads the HTML table opening on `lines[i]` (one or several lines) into `out`: the text before the
 * table as a line of its own, then one cell line per row. Returns the index of the line after the table.
 */
export function expandHtmlTableAt(lines: readonly DocumentLine[], i: number, out: CellLine[]): number {
  const first = lines[i];
  // Collect the table's lines with their start offsets in the joined HTML.
  const starts: number[] = [];
  let html = "";
  let j = i;
  for (; j < lines.length && j - i < MAX_TABLE_LINES; j++) {
    starts.push(html.length);
    html += lines[j].text + "\n";
    if (TABLE_CLOSE.test(lines[j].text)) break;
  }
  const end = Math.min(j, lines.length - 1);
  const lineAt = (offset: number): DocumentLine => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[i + lo];
  };
  const before = first.text.slice(0, first.text.search(TABLE_OPEN)).replace(TAG, "").trim();
  if (before) out.push({ ...first, text: before });
  out.push(...parseRows(html, lineAt));
  return end + 1;
}

/** Replaces each HTML table (one or several lines) by its rows; other lines pass through unchanged. */
export function expandHtmlTables(lines: readonly DocumentLine[]): readonly CellLine[] {
  // Most documents hold no HTML table: the lines are copied only from the first table on.
  let out: CellLine[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (!opensHtmlTable(first.text)) {
      if (out) out.push(first);
      i++;
      continue;
    }
    out ??= lines.slice(0, i);
    i = expandHtmlTableAt(lines, i, out);
  }
  return out ?? lines;
}
