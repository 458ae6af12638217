/**
 * What the two threads of src/parallel/node.ts exchange, and the rules both apply the same way:
 * the compact encoding of the document's lines and the block where the work is split.
 * No Node or DOM API here: the worker and the main thread both import it.
 */
import type { Block } from "../blocks/types";
import type { DocumentLine } from "../document/types";
import type { CandidateFact } from "../facts";

/** Page of a line that has none (DocumentLine.page undefined). */
export const NO_PAGE = -0x80000000;

/**
 * A document's lines, compact: one string of the texts joined by "\n" and typed arrays of the line
 * and page numbers (transferred, not copied). Structured-cloning 400,000 line objects costs more
 * than the thread saves.
 */
export interface EncodedLines {
  text: string;
  lineNumbers: Int32Array<ArrayBuffer>;
  pages: Int32Array<ArrayBuffer>;
}

export interface ExtractRequest {
  id: number;
  lines: EncodedLines;
  /** The main thread's share of the fact work (0..1); the worker takes the blocks after it. */
  mainShare: number;
}

export type ExtractReply =
  | { id: number; ok: true; split: number; blockCount: number; reportYear: number | null; facts: CandidateFact[] }
  | { id: number; ok: false; error: string };

/**
 * Encodes lines, or returns null when the encoding could not give them back exactly (a text with
 * "\n", a line or page number that is not a 32-bit integer, extra fields such as `cells`): the
 * caller then extracts on one thread.
 */
export function encodeLines(lines: readonly DocumentLine[]): EncodedLines | null {
  const n = lines.length;
  const texts = new Array<string>(n);
  const lineNumbers = new Int32Array(n);
  const pages = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const dl = lines[i];
    const { text, line, page } = dl;
    if (typeof text !== "string" || text.includes("\n") || "cells" in dl) return null;
    if ((line | 0) !== line) return null;
    if (page === undefined) pages[i] = NO_PAGE;
    else if ((page | 0) !== page || page === NO_PAGE) return null;
    else pages[i] = page;
    texts[i] = text;
    lineNumbers[i] = line;
  }
  return { text: texts.join("\n"), lineNumbers, pages };
}

/** The lines back, as DocumentLine objects (a line without a page has no `page` field). */
export function decodeLines(encoded: EncodedLines): DocumentLine[] {
  const n = encoded.lineNumbers.length;
  if (n === 0) return [];
  const texts = encoded.text.split("\n");
  if (texts.length !== n) throw new Error(`encoded lines: ${texts.length} texts for ${n} line numbers`);
  const out = new Array<DocumentLine>(n);
  for (let i = 0; i < n; i++) {
    const page = encoded.pages[i];
    out[i] = page === NO_PAGE ? { text: texts[i], line: encoded.lineNumbers[i] } : { text: texts[i], line: encoded.lineNumbers[i], page };
  }
  return out;
}

/** Rough cost of a block's fact extraction: its characters, plus a little per block and row. */
function blockWeight(b: Block): number {
  if (b.kind === "prose") return 16 + b.text.length;
  if (b.kind === "card") return 16 + b.label.length + b.raw.length;
  let w = 16 + b.title.length;
  for (const r of b.rows) w += 16 + r.raw.length;
  return w;
}

/** Index of the first block of the worker's part: blocks[0..split) weigh about mainShare of the whole. */
export function splitIndex(blocks: readonly Block[], mainShare: number): number {
  let total = 0;
  for (const b of blocks) total += blockWeight(b);
  const target = total * Math.min(1, Math.max(0, mainShare));
  let sum = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (sum >= target) return i;
    sum += blockWeight(blocks[i]);
  }
  return blocks.length;
}
