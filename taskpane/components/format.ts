/** Number and label formatting shared by the grid, the editor and the evidence view. */
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

export function formatValue(value: number): string {
  return Number.isFinite(value) ? numberFormat.format(value) : "";
}

export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

export function formatSource(source: { line: number; page?: number }): string {
  return source.page ? `p. ${source.page}, line ${source.line}` : `line ${source.line}`;
}

/** Parses a number typed by an analyst: "6,436.68", "6 436.68", "-12", "1e3". */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s,\u00a0]/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The figure as the report printed it, with its unit: "6,436.68 tCO ₂ e". */
export function printedFigure(r: { reported: { value: number; unit: string; text?: string } }): string {
  return `${r.reported.text ?? formatValue(r.reported.value)}${r.reported.unit ? ` ${r.reported.unit}` : ""}`;
}
