/** Data-quality checks: pure functions over the rows of the "ESG Data" table. */
import type { RecordStatus } from "../dataset/schema";

export type CheckSeverity = "error" | "warning" | "info";

/** The fields of an ESG Data row the checks read (the worksheets' DataRow satisfies it). */
export interface CheckableRow {
  company: string;
  year: number;
  metricId: string;
  /** Null when the cell is blank or not a number. */
  value: number | null;
  unit: string;
  sourceDocument: string;
  status: RecordStatus;
  /** The engine's conflict note; blank when the engine saw no disagreement. */
  conflict: string;
  /** The value the latest import brought; null for rows the add-in never wrote. */
  importedValue: number | null;
}

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
