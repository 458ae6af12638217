/** Number helpers shared by the checks: comparison with a tolerance and message formatting. */

/** Reported figures are rounded; sums of rounded parts drift. 0.5 % (or 0.01 absolute for tiny values) absorbs that. */
export const RELATIVE_TOLERANCE = 0.005;
const ABSOLUTE_TOLERANCE = 0.01;

export function nearlyEqual(a: number, b: number, relative = RELATIVE_TOLERANCE): boolean {
  const difference = Math.abs(a - b);
  return difference <= ABSOLUTE_TOLERANCE || difference <= relative * Math.max(Math.abs(a), Math.abs(b));
}

/** Floating sums print as 175552.38000000003; round to what a report could print. */
export function roundForDisplay(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** "175,552.38", "6,639", "0.585": thousands separators, up to 6 decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return roundForDisplay(value).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** "175,552.38 tCO2e", "30.91%", "6,639" (no unit for counts). */
export function formatQuantity(value: number, unit: string): string {
  if (!unit || unit === "count") return formatNumber(value);
  if (unit === "%") return `${formatNumber(value)}%`;
  return `${formatNumber(value)} ${unit}`;
}

/** "+364.5%" / "-52.1%" */
export function formatChange(from: number, to: number): string {
  const percent = ((to - from) / Math.abs(from)) * 100;
  return `${percent >= 0 ? "+" : ""}${percent.toFixed(1)}%`;
}
