/** Data-quality checks: pure functions over the rows of the "ESG Data" table. */
import type { DataRow } from "../dataset/types";

export type CheckSeverity = "error" | "warning" | "info";

/**
 * The fields of an ESG Data row (the shared DataRow, src/dataset) the checks read. `value` is null when the
 * cell is blank or not a number; `conflict` is blank when the engine saw no disagreement; `importedValue` is
 * null for rows the add-in never wrote.
 */
export type CheckableRow = Pick<DataRow, "company" | "year" | "metricId" | "value" | "unit" | "sourceDocument" | "status" | "conflict" | "importedValue">;

/** One data-quality flag, as a row of the "ESG Checks" table. */
export interface CheckResult {
  severity: CheckSeverity;
  company: string;
  /** Null for flags that are not about one year. */
  year: number | null;
  metricId: string;
  /** Short name of the check, e.g. "Scope 1 + 2 vs total". */
  check: string;
  /** What was found, with the numbers. */
  message: string;
}
