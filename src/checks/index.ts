/**
 * Data-quality checks over the ESG Data rows. Pure: the same rows always give the same flags, in a stable
 * order (company, year, metric, check), so ESG Checks can be regenerated on every populate.
 */
import { checkBreakdowns } from "./breakdowns";
import { checkCrossDocumentConflicts, checkEngineConflicts } from "./conflicts";
import { checkUserEdits } from "./edits";
import { preferredRows, rowsByFigure } from "./rows";
import { checkYearOnYear } from "./yearOnYear";
import type { CheckableRow, CheckResult, CheckSeverity } from "./types";

export type { CheckableRow, CheckResult, CheckSeverity } from "./types";
export { BREAKDOWN_RULES, checkBreakdowns, type BreakdownRule } from "./breakdowns";
export { checkCrossDocumentConflicts, checkEngineConflicts } from "./conflicts";
export { checkUserEdits } from "./edits";
export { checkYearOnYear, JUMP_FACTOR } from "./yearOnYear";
export { companyKey, figureKey, preferredRows, rowsByFigure } from "./rows";
export { formatNumber, formatQuantity, nearlyEqual } from "./numbers";

const SEVERITY_ORDER: Record<CheckSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Every check over the rows, sorted by company, year, metric, then severity. */
export function runChecks(rows: readonly CheckableRow[]): CheckResult[] {
  const preferred = preferredRows(rows);
  const results = [
    ...checkBreakdowns(preferred),
    ...checkCrossDocumentConflicts(rowsByFigure(rows)),
    ...checkEngineConflicts(rows),
    ...checkYearOnYear(preferred),
    ...checkUserEdits(rows),
  ];
  return results.sort(
    (a, b) =>
      a.company.localeCompare(b.company) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      a.metricId.localeCompare(b.metricId) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.check.localeCompare(b.check),
  );
}
