/** Large year-on-year jumps: often a unit slip (kWh read as MWh, 万元 missed) or a changed scope. */
import { companyKey } from "./rows";
import { formatChange, formatQuantity } from "./numbers";
import type { CheckableRow, CheckResult } from "./types";

/** A figure that doubles or halves (or worse) from one year to the next is worth a look. */
export const JUMP_FACTOR = 2;

export function checkYearOnYear(preferred: ReadonlyMap<string, CheckableRow>, factor = JUMP_FACTOR): CheckResult[] {
  const series = new Map<string, Map<number, CheckableRow>>();
  for (const row of preferred.values()) {
    const key = `${companyKey(row.company)}|${row.metricId}`;
    const byYear = series.get(key) ?? new Map<number, CheckableRow>();
    byYear.set(row.year, row);
    series.set(key, byYear);
  }
  const results: CheckResult[] = [];
  for (const byYear of series.values()) {
    for (const [year, current] of byYear) {
      const previous = byYear.get(year - 1);
      if (!previous || previous.value === null || current.value === null) continue;
      // From or to zero is not a ratio (0 fatalities → 1 is news, not a slip); sign changes neither.
      if (previous.value <= 0 || current.value <= 0) continue;
      const ratio = current.value / previous.value;
      if (ratio < factor && ratio > 1 / factor) continue;
      results.push({
        severity: "info",
        company: current.company,
        year,
        metricId: current.metricId,
        check: "Year-on-year jump",
        message: `${current.metricId} went from ${formatQuantity(previous.value, previous.unit)} in ${year - 1} to ${formatQuantity(current.value, current.unit)} in ${year} (${formatChange(previous.value, current.value)}).`,
      });
    }
  }
  return results;
}
