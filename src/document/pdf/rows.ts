/**
 * From positioned text items to lines of cells: items are grouped by baseline, superscript
 * footnote markers are dropped, items are ordered by x and split into cells where the gap
 * between them is wider than word spacing.
 */
import { isFootnoteMarker } from "../footnotes";
import type { PositionedText } from "./items";

export interface Cell {
  text: string;
  left: number;
  right: number;
  /** A figure (or a placeholder such as "-" or "N/A" standing in for one). */
  numeric: boolean;
  /** The text items the cell was joined from; a table column may start at one of them. */
  parts: Array<{ text: string; left: number; right: number }>;
}

export interface TextRow {
  baseline: number;
  size: number;
  cells: Cell[];
}

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size separates cells; word spaces are ~0.25–0.33. */
const CELL_GAP = 0.5;
/** Gaps narrower than this share of the font size join items without a space (kerning, font changes). */
const NO_SPACE_GAP = 0.12;

const NUMERIC_CELL = /^[(\-−–+]?\s*[$¥€£]?\s*\d[\d,.\s]*(?:%|‰)?\s*\)?$|^(?:-|–|—|\/|N\/A|n\/a|NA|—)$/;
/** Latin ligatures (ﬁ, ﬂ) split into letters so that words match; pdf.js normalization is off for speed. */
const LIGATURES = /[\ufb00-\ufb06]/g;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Splits a cell before the part at `index` (a column starts there). */
export function splitCell(cell: Cell, index: number): [Cell, Cell] {
  const make = (parts: Cell["parts"]): Cell => {
    const text = parts.map((p) => p.text).join(" ").replace(/\s+/g, " ").trim();
    return { text, left: parts[0].left, right: Math.max(...parts.map((p) => p.right)), numeric: isNumericCell(text), parts };
  };
  return [make(cell.parts.slice(0, index)), make(cell.parts.slice(index))];
}

export function isNumericCell(text: string): boolean {
  return NUMERIC_CELL.test(text.trim());
}

interface LineGroup {
  baseline: number;
  size: number;
  items: PositionedText[];
}

/**
 * A small item touching a larger one whose baseline is near: a superscript or subscript
 * (footnote marker, exponent, chemical index). Returns the larger neighbours it may belong to.
 */
function scriptHosts(item: PositionedText, items: PositionedText[]): PositionedText[] {
  return items.filter(
    (big) =>
      big.size >= 1.2 * item.size &&
      Math.abs(big.baseline - item.baseline) <= 0.7 * big.size &&
      item.left - big.right < 0.3 * big.size &&
      big.left - item.right < 0.3 * big.size,
  );
}

/**
 * Groups items by baseline. Superscripts and subscripts are set aside first and then joined to
 * the line of the text they touch, so that a raised marker never lands on the line above.
 */
export function groupByBaseline(items: PositionedText[]): LineGroup[] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.left - b.left);
  const hosts = new Map<PositionedText, PositionedText[]>();
  for (const item of sorted) {
    const near = scriptHosts(item, sorted);
    if (near.length) hosts.set(item, near);
  }
  const lines: LineGroup[] = [];
  const lineOf = new Map<PositionedText, LineGroup>();
  for (const item of sorted) {
    if (hosts.has(item)) continue;
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.baseline - line.baseline) <= SAME_LINE * Math.max(item.size, line.size)) {
      line.items.push(item);
      if (item.size > line.size * 1.05) {
        line.size = item.size;
        line.baseline = item.baseline;
      }
    } else {
      lines.push({ baseline: item.baseline, size: item.size, items: [item] });
    }
    lineOf.set(item, lines[lines.length - 1]);
  }
  for (const [script, near] of hosts) {
    const candidates = near.map((h) => lineOf.get(h)).filter((l): l is LineGroup => l !== undefined);
    const line = candidates.sort((a, b) => Math.abs(a.baseline - script.baseline) - Math.abs(b.baseline - script.baseline))[0];
    if (line) line.items.push(script);
    else lines.push({ baseline: script.baseline, size: script.size, items: [script] });
  }
  lines.sort((a, b) => a.baseline - b.baseline);
  // A line of only small raised text directly above a line of normal text is that line's superscripts.
  for (let i = lines.length - 2; i >= 0; i--) {
    const small = lines[i];
    const next = lines[i + 1];
    if (small.size < 0.8 * next.size && next.baseline - small.baseline < 0.6 * next.size) {
      next.items.push(...small.items);
      lines.splice(i, 1);
    }
  }
  return lines;
}

/** Word and LibreOffice set superscripts at 58–80% of the text size, raised by a third. */
function isSuperscript(item: PositionedText, line: LineGroup): boolean {
  return item.size < 0.85 * line.size && line.baseline - item.baseline > 0.15 * line.size;
}

function joinText(left: string, right: string, gap: number, size: number): string {
  if (left.endsWith(" ") || right.startsWith(" ")) return left + right;
  const cjkJoint = CJK.test(left.slice(-1)) || CJK.test(right[0] ?? "");
  if (gap < NO_SPACE_GAP * size || (cjkJoint && gap < CELL_GAP * size)) return left + right;
  return `${left} ${right}`;
}

/** Builds the cells of one line: drops footnote superscripts, orders by x and splits on wide gaps. */
export function lineToRow(line: LineGroup): TextRow {
  const items = [...line.items].sort((a, b) => a.left - b.left);
  const cells: Cell[] = [];
  let current: Cell | undefined;
  for (const item of items) {
    const gap = current ? item.left - current.right : Infinity;
    if (isSuperscript(item, line)) {
      // Footnote markers sit right after the text they annotate; exponents (m³) are kept.
      if (isFootnoteMarker(item.text, current && gap < CELL_GAP * line.size ? current.text : "")) {
        // The marker's width belongs to the text it annotates, so the next word is not split off.
        if (current && gap < CELL_GAP * line.size) current.right = Math.max(current.right, item.right);
        continue;
      }
    }
    if (current && gap <= CELL_GAP * line.size) {
      current.text = joinText(current.text, item.text, gap, line.size);
      current.right = Math.max(current.right, item.right);
      current.parts.push({ text: item.text, left: item.left, right: item.right });
    } else {
      current = { text: item.text, left: item.left, right: item.right, numeric: false, parts: [{ text: item.text, left: item.left, right: item.right }] };
      cells.push(current);
    }
  }
  for (const cell of cells) {
    cell.text = cell.text.replace(LIGATURES, (c) => c.normalize("NFKC")).replace(/\s+/g, " ").trim();
    cell.numeric = isNumericCell(cell.text);
  }
  return { baseline: line.baseline, size: line.size, cells: cells.filter((c) => c.text !== "") };
}

export function itemsToRows(items: PositionedText[]): TextRow[] {
  return groupByBaseline(items)
    .map(lineToRow)
    .filter((row) => row.cells.length > 0);
}
