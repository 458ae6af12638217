/**
 * HTML: block elements become lines, table rows become TAB-separated cells, scripts/styles and
 * other invisible content are dropped, footnote superscripts are removed. Also used for .docx
 * (mammoth turns Word documents into exactly this kind of HTML, vertically merged cells as rowspan).
 * Cells keep their colspan/rowspan and each table is laid out with `spanRows` (the same layout as
 * HTML tables inside text): a unit or group label spanning rows applies to each row it covers.
 */
import { spanRows, type SpanCell } from "../lines/html";
import { decodeTextBytes } from "./encoding";
import { isFootnoteMarker } from "./footnotes";
import { loadHtmlParser } from "./runtime/node";
import type { HtmlParserConstructor } from "./runtime/types";
import { stripBom } from "./text";
import type { DocumentFormat, DocumentLine, SourceDocument } from "./types";

const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "li", "main", "nav", "ol", "p", "pre", "section", "summary", "title", "ul", "table", "thead", "tbody", "tfoot",
]);
/** Content never shown to a reader. `head` is skipped except for its <title>. */
const HIDDEN_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg", "math", "object", "iframe", "canvas", "select", "button"]);

interface TableState {
  /** The table's rows as read (cells with their spans), laid out when the table closes. */
  rows: SpanCell[][];
  /** Index in the output of each row's line, reserved when the row closes (a nested table's lines come between). */
  slots: number[];
  row?: SpanCell[];
  /** Text of the open cell; undefined outside a cell. */
  cell?: string;
  cellColspan: number;
  cellRowspan: number;
}

const span = (value: string | undefined): number => Math.max(1, Number.parseInt(value ?? "1", 10) || 1);

const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, " ").trim();

/** Converts HTML to the rebuilt lines (text only; numbering is done by the caller). */
export function htmlToTextLines(html: string, Parser: HtmlParserConstructor): string[] {
  const out: string[] = [];
  let inline = ""; // text of the current non-table line
  let hiddenDepth = 0;
  let inHead = false;
  let inTitle = false;
  let preDepth = 0;
  const tables: TableState[] = [];
  let sup: string | undefined; // text of an open <sup>

  const flushInline = (): void => {
    if (preDepth > 0) {
      for (const l of inline.split(/\r\n|\r|\n/)) if (l.trim()) out.push(l.replace(/\s+$/, ""));
    } else {
      const text = collapse(inline);
      if (text) out.push(text);
    }
    inline = "";
  };
  const table = (): TableState | undefined => tables[tables.length - 1];
  const append = (text: string): void => {
    if (sup !== undefined) sup += text;
    else {
      const t = table();
      if (t && t.cell !== undefined) t.cell += text;
      else inline += text;
    }
  };
  const currentText = (): string => {
    const t = table();
    return t && t.cell !== undefined ? t.cell : inline;
  };
  const closeCell = (t: TableState): void => {
    if (t.cell === undefined) return;
    t.row ??= [];
    t.row.push({ text: collapse(t.cell), colspan: t.cellColspan, rowspan: t.cellRowspan });
    t.cell = undefined;
  };
  const closeRow = (t: TableState): void => {
    closeCell(t);
    if (t.row) {
      t.rows.push(t.row);
      t.slots.push(out.length);
      out.push(""); // filled when the table closes; an empty line is dropped then
    }
    t.row = undefined;
  };
  /** Lays the table's rows out on the grid (spanning cells) into the lines reserved for them. */
  const closeTable = (t: TableState): void => {
    closeRow(t);
    spanRows(t.rows).forEach((cells, k) => {
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      out[t.slots[k]] = cells.join("\t");
    });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // Inside hidden content, count open elements so that the matching close ends it.
        if (hiddenDepth > 0 || HIDDEN_ELEMENTS.has(name) || attribs.hidden !== undefined || /display\s*:\s*none/i.test(attribs.style ?? "")) {
          hiddenDepth++;
          return;
        }
        if (name === "head") inHead = true;
        if (name === "title") inTitle = true;
        const t = table();
        if (name === "table") {
          // A table starts its own lines; a table nested in a cell is emitted before the outer row.
          if (!t || t.cell === undefined) flushInline();
          tables.push({ rows: [], slots: [], cellColspan: 1, cellRowspan: 1 });
          return;
        }
        if (t && (name === "tr")) {
          closeRow(t);
          t.row = [];
          return;
        }
        if (t && (name === "td" || name === "th")) {
          closeCell(t);
          t.row ??= [];
          t.cell = "";
          t.cellColspan = span(attribs.colspan);
          t.cellRowspan = span(attribs.rowspan);
          return;
        }
        if (name === "sup") {
          sup = "";
          return;
        }
        if (name === "br" || BLOCK_ELEMENTS.has(name)) {
          if (t && t.cell !== undefined) t.cell += " ";
          else flushInline();
        }
        if (name === "pre") preDepth++;
      },
      ontext(text) {
        if (hiddenDepth > 0 || (inHead && !inTitle)) return;
        append(text);
      },
      onclosetag(name) {
        if (hiddenDepth > 0) {
          hiddenDepth--;
          return;
        }
        if (name === "head") inHead = false;
        if (name === "title") inTitle = false;
        const t = table();
        if (name === "table" && t) {
          closeTable(t);
          tables.pop();
          return;
        }
        if (t && name === "tr") {
          closeRow(t);
          return;
        }
        if (t && (name === "td" || name === "th")) {
          closeCell(t);
          return;
        }
        if (name === "sup" && sup !== undefined) {
          const marker = sup;
          sup = undefined;
          if (!isFootnoteMarker(marker, currentText())) append(marker);
          return;
        }
        if (name === "pre") {
          flushInline();
          preDepth = Math.max(0, preDepth - 1);
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) {
          if (t && t.cell !== undefined) t.cell += " ";
          else flushInline();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  while (tables.length) closeTable(tables.pop()!);
  flushInline();
  return out.filter((line) => line !== "");
}

/** Reads `<meta charset>` or an http-equiv content type from the start of the file. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1].toLowerCase();
}

function decodeHtml(bytes: Uint8Array, fileName: string): { text: string; warning?: string } {
  const charset = declaredCharset(bytes);
  if (charset && !/^utf-?8$/.test(charset) && !(bytes[0] === 0xef && bytes[1] === 0xbb)) {
    try {
      return { text: new TextDecoder(charset).decode(bytes), warning: `Decoded ${fileName} as ${charset.toUpperCase()} (declared in the page).` };
    } catch {
      // Unknown label: fall back to detection below.
    }
  }
  const decoded = decodeTextBytes(bytes, fileName);
  return { text: decoded.text, warning: decoded.guessed ? `Decoded ${fileName} as ${decoded.encoding.toUpperCase()}.` : undefined };
}

export function numberLines(texts: string[], page?: number): DocumentLine[] {
  return texts.map((text, i) => (page === undefined ? { text, line: i + 1 } : { text, line: i + 1, page }));
}

export async function htmlStringToDocument(html: string, fileName: string, format: DocumentFormat, warnings: string[] = []): Promise<SourceDocument> {
  const Parser = await loadHtmlParser();
  return { fileName, format, lines: numberLines(htmlToTextLines(stripBom(html), Parser)), warnings };
}

export async function importHtml(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const { text, warning } = decodeHtml(bytes, fileName);
  return htmlStringToDocument(text, fileName, "html", warning ? [warning] : []);
}
