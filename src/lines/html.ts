/**
 * HTML tables inside text (<table>…</table>, on one line or many) become one line per <tr>,
 * with the row's cells, numbered by the line where the <tr> starts.
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
const TAG = /<[^>]+>/g;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&quot;": '"', "&#39;": "'", "&apos;": "'" };
const ENTITY = /&(?:amp|lt|gt|nbsp|quot|apos|#39);/g;
/** A table that never closes is not followed further than this many lines. */
const MAX_TABLE_LINES = 2000;

function cellText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, " ").replace(TAG, " ").replace(ENTITY, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

/** Parses the rows of one table's HTML; `lineAt(offset)` maps an offset back to its source line. */
function parseRows(html: string, lineAt: (offset: number) => DocumentLine): CellLine[] {
  const rows: CellLine[] = [];
  for (const m of html.matchAll(ROW)) {
    const cells: string[] = [];
    for (const c of m[1].matchAll(CELL)) {
      const span = Number(COLSPAN.exec(c[1])?.[1] ?? 1);
      cells.push(cellText(c[2]));
      // A spanning cell is followed by empty cells so that later columns keep their positions.
      for (let k = 1; k < Math.min(span, 20); k++) cells.push("");
    }
    if (cells.length === 0 || cells.every((c) => c === "")) continue;
    const src = lineAt(m.index ?? 0);
    const row: CellLine = { text: cells.join("\t"), line: src.line, cells };
    if (src.page !== undefined) row.page = src.page;
    rows.push(row);
  }
  return rows;
}

/** Replaces each HTML table (one or several lines) by its rows; other lines pass through unchanged. */
export function expandHtmlTables(lines: readonly DocumentLine[]): readonly CellLine[] {
  // Most documents hold no HTML table: the lines are copied only from the first table on.
  let out: CellLine[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    // Only a line with a "<" can open a table; most lines are skipped without running the regex.
    if (!first.text.includes("<") || !TABLE_OPEN.test(first.text)) {
      if (out) out.push(first);
      i++;
      continue;
    }
    out ??= lines.slice(0, i);
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
    i = end + 1;
  }
  return out ?? lines;
}
