import type { DocumentFormat } from "../document/types";
import type { RecordStatus } from "../dataset/schema";
import type { CompanyInfo, EsgRecord } from "../records/types";

/** A record after the analyst's review in the task pane. Rejected records are not passed on. */
export interface ReviewedRecord extends EsgRecord {
  status: RecordStatus;
}

/** One imported report as the task pane hands it to the worksheet writers. */
export interface ImportedReport {
  document: { fileName: string; format: DocumentFormat; pageCount?: number };
  /** As detected, possibly corrected by the analyst. */
  company: CompanyInfo;
  reportYear: number | null;
  records: ReviewedRecord[];
  /** ISO 8601 time of the import. */
  importedAt: string;
}

/** What a populate did, for the task pane to tell the analyst. */
export interface PopulateSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Rows the analyst had edited in the sheet and that were kept, not overwritten. */
  keptUserEdits: number;
  companies: string[];
  checks: number;
  /** Human-readable notes (e.g. "3 values you edited in ESG Data were kept"). */
  messages: string[];
}
