/**
 * Markdown: line numbers stay equal to the file's lines (evidence points back to the source).
 * Pipe-table rows become TAB-separated cells, the |---| separator row becomes an empty line, and
 * inline markup that would hide numbers from the engine (emphasis, code, links) is removed.
 */
import { decodeTextBytes } from "./encoding";
import { stripBom } from "./text";
import type { DocumentLine, SourceDocument } from "./types";

const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Splits a pipe-table row into cells; `\|` is a literal pipe inside a cell. */
export function splitPipeRow(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.includes("|")) return undefined;
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch === "\\" && trimmed[i + 1] === "|") {
      current += "|";
      i++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  if (trimmed.startsWith("|")) cells.shift();
  if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) cells.pop();
  return cells.map((c) => stripInlineMarkup(c.trim()));
}

export function stripInlineMarkup(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images keep their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their label
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<br\s*\/?>/gi, " ");
}

function isTableRow(lines: string[], i: number): boolean {
  const line = lines[i];
  if (!line.includes("|")) return false;
  // A row belongs to a table when a separator row is next to the header, or the block above is a table.
  for (let j = i; j >= 0 && lines[j].includes("|"); j--) if (TABLE_SEPARATOR.test(lines[j])) return true;
  return i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]);
}

export function markdownToLines(source: string): DocumentLine[] {
  const lines = stripBom(source).split(/\r\n|\r|\n/);
  let inFence = false;
  return lines.map((raw, index): DocumentLine => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return { text: "", line };
    }
    if (inFence) return { text: raw, line };
    if (TABLE_SEPARATOR.test(raw) && raw.includes("-")) return { text: "", line };
    if (isTableRow(lines, index)) return { text: (splitPipeRow(raw) ?? [raw]).join("\t"), line };
    const text = stripInlineMarkup(
      raw
        .replace(/^\s{0,3}#{1,6}\s+/, "") // heading marks
        .replace(/\s+#+\s*$/, "")
        .replace(/^\s{0,3}>\s?/, "") // block quotes
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?=\S)/, (m) => (/\d/.test(m) ? m.trimStart() : "")), // bullets, keep numbering
    );
    return { text, line };
  });
}

export function importMarkdown(bytes: Uint8Array, fileName: string): SourceDocument {
  const decoded = decodeTextBytes(bytes, fileName);
  const warnings = decoded.guessed || decoded.encoding !== "utf-8" ? [`Decoded ${fileName} as ${decoded.encoding.toUpperCase()}.`] : [];
  return { fileName, format: "md", lines: markdownToLines(decoded.text), warnings };
}
