/**
 * The workbook's data contract: the long-format "ESG Data" table the task pane writes and the
 * custom functions read. Column order here is the order on the sheet.
 */
export const DATA_SHEET_NAME = "ESG Data";
export const DATA_TABLE_NAME = "ESGData";
export const SOURCES_SHEET_NAME = "ESG Sources";
export const SOURCES_TABLE_NAME = "ESGSources";
export const CHECKS_SHEET_NAME = "ESG Checks";
export const CHECKS_TABLE_NAME = "ESGChecks";

export const DATA_COLUMNS = [
  "Company",
  "Year",
  "Metric ID",
  "Metric",
  "Category",
  "Value",
  "Unit",
  "Reported value",
  "Reported unit",
  "Source document",
  "Page",
  "Line",
  "Evidence",
  "Confidence",
  "Status",
  // Added by the worksheets writer (populate). Kept at the end so the columns above keep their positions.
  /** The engine's note when other candidates for the same (metric, year) disagree (EsgRecord.conflict); blank otherwise. */
  "Conflict",
  /**
   * Hidden. The value the latest import brought for this row (what populate wrote, or would have
   * written over a kept user edit). Value ≠ Imported value means the analyst edited the cell.
   */
  "Imported value",
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

/** extracted: as the engine found it; edited: changed by the user; confirmed: checked by the user. */
export type RecordStatus = "extracted" | "edited" | "confirmed";

export const SOURCES_COLUMNS = [
  "Document",
  "Company",
  "Aliases",
  "Stock code",
  "Report year",
  "Format",
  "Imported at",
  "Records",
  "Pages",
] as const;
export type SourcesColumn = (typeof SOURCES_COLUMNS)[number];

export const CHECKS_COLUMNS = ["Severity", "Company", "Year", "Metric ID", "Check", "Message"] as const;
export type ChecksColumn = (typeof CHECKS_COLUMNS)[number];

/** Aliases are kept in one cell, separated by this. */
export const ALIAS_SEPARATOR = "; ";
