import type { RecordStatus } from "./schema";

/** A cell as Office.js returns it from `range.values` (and as the task pane writes it). */
export type Cell = string | number | boolean | null | undefined;

/**
 * One row of the "ESG Data" table, typed: the one row model the dataset, populate (src/worksheets) and
 * the checks share. Fields follow the columns (DATA_COLUMNS): "Metric ID" is `metricId`, "Source document"
 * is `sourceDocument`. The table is the source of truth; this mirrors it.
 */
export interface DataRow {
  /** The Company cell as written (the company's display name). */
  company: string;
  year: number;
  /** Metric id (catalogue id, or whatever id the table carries). */
  metricId: string;
  metricName: string;
  category: string;
  /**
   * Value in `unit` (the metric's canonical unit, or the dimension's for by_report metrics). Null when the
   * cell is blank or not a number: populate keeps such rows where they are, the dataset skips them.
   */
  value: number | null;
  unit: string;
  reportedValue: number | null;
  reportedUnit: string;
  sourceDocument: string;
  page: number | null;
  line: number | null;
  evidence: string;
  confidence: number | null;
  status: RecordStatus;
  /** The engine's note when other candidates disagreed; "" otherwise. */
  conflict: string;
  /** What the latest import wrote into Value; null for rows the add-in never wrote (typed by hand). See isUserEdited. */
  importedValue: number | null;
}

/** A data row the dataset can answer with: it has a numeric Value (and a company, metric id and whole year). */
export type DatasetRecord = DataRow & { value: number };

/** A company as the dataset knows it: its display name and every other name it answers to. */
export interface DatasetCompany {
  name: string;
  aliases: string[];
  stockCode: string;
  documents: string[];
}

/** One row of the "ESG Sources" table (one imported document), typed. */
export interface SourceRow {
  document: string;
  company: string;
  aliases: string[];
  stockCode: string;
  reportYear: number | null;
  format: string;
  /** ISO 8601. */
  importedAt: string;
  records: number | null;
  pages: number | null;
}

/** What a write into the dataset did. */
export type UpsertOutcome = "added" | "updated" | "unchanged" | "keptUserEdit";

/** @deprecated The dataset's former name for SourceRow. */
export type SourceEntry = SourceRow;
