/** Values the analyst edited that differ from what the latest import brought: kept, and shown here so they are not forgotten. */
import { formatQuantity, nearlyEqual } from "./numbers";
import type { CheckableRow, CheckResult } from "./types";

export function checkUserEdits(rows: readonly CheckableRow[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const row of rows) {
    if (row.importedValue === null) continue;
    const same = row.value !== null && nearlyEqual(row.value, row.importedValue, 0);
    if (same) continue;
    const edited = row.value === null ? "blank" : formatQuantity(row.value, row.unit);
    results.push({
      severity: "info",
      company: row.company,
      year: row.year,
      metricId: row.metricId,
      check: "Edited value kept",
      message: `You edited this value to ${edited}; ${row.sourceDocument || "the import"} gives ${formatQuantity(row.importedValue, row.unit)}. Your value is kept.`,
    });
  }
  return results;
}
