import type { RecordStatus } from "./schema";

/** A cell as Office.js returns it from `range.values` (and as the task pane writes it). */
export type Cell = string | number | boolean | null | undefined;

/** One row of the "ESG Data" table, typed. The table is the source of truth; this mirrors it. */
export interface DatasetRecord {
  /** The Company cell as written (the company's display name). */
  company: string;
  year: number;
  /** Metric id (catalogue id, or whatever id the table carries). */
  metric: string;
  metricName: string;
  category: string;
  /** Value in `unit` (the metric's canonical unit, or the dimension's for by_report metrics). */
  value: number;
  unit: string;
  reportedValue: number | null;
  reportedUnit: string;
  document: string;
  page: number | null;
  line: number | null;
  evidence: string;
  confidence: number | null;
  status: RecordStatus;
  /** The engine's note when other candidates disagreed; "" otherwise. */
  conflict: string;
  /** What the latest import wrote into Value; Value ≠ this means the analyst edited the cell. */
  importedValue: number | null;
}

/** A company as the dataset knows it: its display name and every other name it answers to. */
export interface DatasetCompany {
  name: string;
  aliases: string[];
  stockCode: string;
  documents: string[];
}

/** One row of the "ESG Sources" table, typed. */
export interface SourceEntry {
  document: string;
  company: string;
  aliases: string[];
  stockCode: string;
  reportYear: number | null;
  format: string;
  importedAt: string;
  records: number | null;
  pages: number | null;
}

/** What a write into the dataset did. */
export type UpsertOutcome = "added" | "updated" | "unchanged" | "keptUserEdit";
