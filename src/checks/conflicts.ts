/** Disagreements: documents that give different figures for the same year, and the engine's own conflict flags. */
import { formatQuantity, nearlyEqual } from "./numbers";
import type { CheckableRow, CheckResult } from "./types";

/**
 * A restated figure should match to the printed digits; 0.1 % allows "83,512" against "8.35万" and still
 * catches a real restatement. Tighter than the 0.5 % of the sums, which add several rounded parts.
 */
export const RESTATEMENT_TOLERANCE = 0.001;

/** One flag per (company, year, metric) where documents disagree beyond rounding. `groups` come from rowsByFigure. */
export function checkCrossDocumentConflicts(groups: ReadonlyMap<string, readonly CheckableRow[]>): CheckResult[] {
  const results: CheckResult[] = [];
  for (const rows of groups.values()) {
    const distinctDocuments = new Set(rows.map((row) => row.sourceDocument));
    if (distinctDocuments.size < 2) continue;
    const values = rows.map((row) => row.value as number);
    if (values.every((value) => nearlyEqual(value, values[0], RESTATEMENT_TOLERANCE))) continue;
    const first = rows[0];
    const listed = rows.map((row) => `${formatQuantity(row.value as number, row.unit)} in ${row.sourceDocument || "(no document)"}`).join("; ");
    results.push({
      severity: "warning",
      company: first.company,
      year: first.year,
      metricId: first.metricId,
      check: "Documents disagree",
      message: `${rows.length} documents give different figures: ${listed}.`,
    });
  }
  return results;
}

/** Rows the engine flagged: other candidates in the same document disagreed with the chosen value. */
export function checkEngineConflicts(rows: readonly CheckableRow[]): CheckResult[] {
  return rows
    .filter((row) => row.conflict.trim() !== "")
    .map((row) => ({
      severity: "warning" as const,
      company: row.company,
      year: row.year,
      metricId: row.metricId,
      check: "Engine conflict",
      message: `${row.value === null ? "(blank)" : formatQuantity(row.value, row.unit)} was chosen in ${row.sourceDocument || "(no document)"}; ${row.conflict.trim()}`,
    }));
}
