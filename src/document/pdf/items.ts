/**
 * Positioned text items of one PDF page, in a frame where text runs left to right along `x` and
 * lines stack downwards along `baseline`. Rotated text (a landscape table printed sideways on a
 * portrait page) is turned into that same frame, one group per orientation.
 */
import type { Pdfjs } from "../runtime/types";

export interface PositionedText {
  text: string;
  /** Start and end along the text direction, in PDF points. */
  left: number;
  right: number;
  /** Baseline position across the text direction; grows downwards the page. */
  baseline: number;
  /** Font size (glyph height) in points. */
  size: number;
}

/** The parts of pdf.js's TextItem we use. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

export interface PageTextGroup {
  /** Text direction in quarter turns clockwise (0 = normal). */
  quarterTurns: number;
  items: PositionedText[];
}

/** Converts pdf.js items to positioned text. `viewportTransform` maps PDF space to the upright page (y down). */
export function positionItems(items: PdfTextItem[], viewportTransform: number[], util: Pdfjs["Util"]): PageTextGroup[] {
  const groups = new Map<number, PositionedText[]>();
  for (const item of items) {
    if (!item.str || !item.str.trim()) continue;
    const m = util.transform(viewportTransform, item.transform);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0.5)) continue;
    const angle = Math.atan2(m[1], m[0]);
    const quarterTurns = ((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4;
    const theta = (quarterTurns * Math.PI) / 2;
    const cos = Math.round(Math.cos(theta));
    const sin = Math.round(Math.sin(theta));
    // Rotate the page so that this text reads left to right: u along the text, v across it.
    const u = m[4] * cos + m[5] * sin;
    const v = -m[4] * sin + m[5] * cos;
    const width = Math.max(0, item.width);
    const list = groups.get(quarterTurns) ?? [];
    list.push({ text: item.str, left: u, right: u + width, baseline: v, size });
    groups.set(quarterTurns, list);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([quarterTurns, list]) => ({ quarterTurns, items: list }));
}
