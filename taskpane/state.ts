/**
 * The task pane's state: imported reports, the analyst's review of every record, grid filters and
 * the populate status. One pure reducer; components dispatch actions and read through selectors.
 */
import type { DocumentFormat, DocumentLine } from "../src/document/types";
import type { RecordStatus } from "../src/dataset/schema";
import type { CompanyInfo, EsgRecord, ExtractionResult } from "../src/records/types";
import type { ImportedReport, PopulateSummary } from "../src/worksheets/types";
import type { Category } from "../src/catalogue/types";

/** One extracted record under review. `record` holds the current (possibly edited) values. */
export interface ReviewRow {
  id: string;
  /** Position in the engine's output (stable across edits). */
  index: number;
  original: EsgRecord;
  record: EsgRecord;
  status: RecordStatus;
  rejected: boolean;
}

export interface ReportState {
  id: string;
  fileName: string;
  format: DocumentFormat;
  pageCount?: number;
  /** The document's lines, kept to show the text around each record's source line. */
  lines: DocumentLine[];
  detectedCompany: CompanyInfo;
  detectedYear: number | null;
  company: CompanyInfo;
  reportYear: number | null;
  rows: ReviewRow[];
  warnings: string[];
  importedAt: string;
}

export interface ImportError {
  id: string;
  fileName: string;
  code: string;
  message: string;
}

export type CategoryFilter = "all" | Category;
export type ConfidenceFilter = "all" | "high" | "medium" | "low";
export type SortColumn = "metric" | "year" | "value" | "confidence" | "source";
export type SortDirection = "ascending" | "descending";

export interface Filters {
  category: CategoryFilter;
  confidence: ConfidenceFilter;
}

export interface PopulateState {
  busy: boolean;
  summary?: PopulateSummary;
  error?: string;
  /** Browser mode: the file name of the .xlsx just offered for download. */
  downloadName?: string;
}

export interface PaneState {
  reports: ReportState[];
  activeReportId: string | null;
  importing: { fraction: number; label: string } | null;
  errors: ImportError[];
  filters: Filters;
  sort: { column: SortColumn; direction: SortDirection };
  selectedRowId: string | null;
  populate: PopulateState;
}

/** Everything the extraction worker hands back for one document. */
export interface ExtractedDocument {
  fileName: string;
  format: DocumentFormat;
  pageCount?: number;
  lines: DocumentLine[];
  documentWarnings: string[];
  result: ExtractionResult;
}

export type RecordPatch = Partial<Pick<EsgRecord, "value" | "year" | "metric" | "unit">>;

export type Action =
  | { type: "importStarted"; label: string }
  | { type: "importProgress"; fraction: number; label: string }
  | { type: "importFinished" }
  | { type: "reportImported"; id: string; document: ExtractedDocument; importedAt: string }
  | { type: "importFailed"; id: string; fileName: string; code: string; message: string }
  | { type: "dismissError"; id: string }
  | { type: "removeReport"; reportId: string }
  | { type: "setActiveReport"; reportId: string }
  | { type: "setCompanyName"; reportId: string; name: string }
  | { type: "setReportYear"; reportId: string; year: number | null }
  | { type: "setCategoryFilter"; category: CategoryFilter }
  | { type: "setConfidenceFilter"; confidence: ConfidenceFilter }
  | { type: "sortBy"; column: SortColumn; direction?: SortDirection }
  | { type: "selectRow"; rowId: string | null }
  | { type: "editRecord"; rowId: string; patch: RecordPatch }
  | { type: "rejectRow"; rowId: string }
  | { type: "restoreRow"; rowId: string }
  | { type: "confirmRow"; rowId: string }
  | { type: "acceptAbove"; threshold: number }
  | { type: "populateStarted" }
  | { type: "populateSucceeded"; summary: PopulateSummary; downloadName?: string }
  | { type: "populateFailed"; message: string }
  | { type: "dismissPopulate" };

export const initialState: PaneState = {
  reports: [],
  activeReportId: null,
  importing: null,
  errors: [],
  filters: { category: "all", confidence: "all" },
  sort: { column: "metric", direction: "ascending" },
  selectedRowId: null,
  populate: { busy: false },
};

/** Confidence bands used by the filter (and the grid's colouring). */
export const CONFIDENCE_BANDS: Record<Exclude<ConfidenceFilter, "all">, { min: number; max: number; label: string }> = {
  high: { min: 0.8, max: Infinity, label: "High (≥ 0.80)" },
  medium: { min: 0.5, max: 0.8, label: "Medium (0.50–0.79)" },
  low: { min: -Infinity, max: 0.5, label: "Low (< 0.50)" },
};

export function confidenceBand(confidence: number): Exclude<ConfidenceFilter, "all"> {
  if (confidence >= CONFIDENCE_BANDS.high.min) return "high";
  if (confidence >= CONFIDENCE_BANDS.medium.min) return "medium";
  return "low";
}

function rowsFromResult(reportId: string, records: EsgRecord[]): ReviewRow[] {
  return records.map((record, index) => ({
    id: `${reportId}#${index}`,
    index,
    original: record,
    record,
    status: "extracted" as RecordStatus,
    rejected: false,
  }));
}

function mapReport(state: PaneState, reportId: string, fn: (r: ReportState) => ReportState): PaneState {
  let changed = false;
  const reports = state.reports.map((r) => {
    if (r.id !== reportId) return r;
    const next = fn(r);
    if (next !== r) changed = true;
    return next;
  });
  return changed ? { ...state, reports } : state;
}

/** Applies fn to the row with that id (ids start with their report's id). */
function mapRow(state: PaneState, rowId: string, fn: (row: ReviewRow) => ReviewRow): PaneState {
  const reportId = rowId.slice(0, rowId.lastIndexOf("#"));
  return mapReport(state, reportId, (report) => {
    const i = report.rows.findIndex((r) => r.id === rowId);
    if (i < 0) return report;
    const next = fn(report.rows[i]);
    if (next === report.rows[i]) return report;
    const rows = report.rows.slice();
    rows[i] = next;
    return { ...report, rows };
  });
}

function sameRecordValues(a: EsgRecord, b: EsgRecord): boolean {
  return a.value === b.value && a.year === b.year && a.metric === b.metric && a.unit === b.unit;
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "importStarted":
      return { ...state, importing: { fraction: 0, label: action.label } };
    case "importProgress":
      return { ...state, importing: { fraction: Math.max(0, Math.min(1, action.fraction)), label: action.label } };
    case "importFinished":
      return { ...state, importing: null };
    case "reportImported": {
      const { document: doc, id } = action;
      const report: ReportState = {
        id,
        fileName: doc.fileName,
        format: doc.format,
        pageCount: doc.pageCount,
        lines: doc.lines,
        detectedCompany: doc.result.company,
        detectedYear: doc.result.reportYear,
        company: doc.result.company,
        reportYear: doc.result.reportYear,
        rows: rowsFromResult(id, doc.result.records),
        warnings: [...doc.documentWarnings, ...doc.result.warnings],
        importedAt: action.importedAt,
      };
      return { ...state, reports: [...state.reports, report], activeReportId: id, selectedRowId: null, populate: { busy: false } };
    }
    case "importFailed":
      return {
        ...state,
        errors: [...state.errors, { id: action.id, fileName: action.fileName, code: action.code, message: action.message }],
      };
    case "dismissError":
      return { ...state, errors: state.errors.filter((e) => e.id !== action.id) };
    case "removeReport": {
      const reports = state.reports.filter((r) => r.id !== action.reportId);
      const activeReportId =
        state.activeReportId === action.reportId ? (reports[reports.length - 1]?.id ?? null) : state.activeReportId;
      return { ...state, reports, activeReportId, selectedRowId: null };
    }
    case "setActiveReport":
      return state.reports.some((r) => r.id === action.reportId)
        ? { ...state, activeReportId: action.reportId, selectedRowId: null }
        : state;
    case "setCompanyName":
      return mapReport(state, action.reportId, (r) => {
        const name = action.name.trim() === "" ? null : action.name;
        const aliases = r.detectedCompany.aliases.slice();
        if (name && !aliases.includes(name.trim())) aliases.unshift(name.trim());
        return { ...r, company: { ...r.detectedCompany, name, aliases } };
      });
    case "setReportYear":
      return mapReport(state, action.reportId, (r) => ({ ...r, reportYear: action.year }));
    case "setCategoryFilter":
      return { ...state, filters: { ...state.filters, category: action.category } };
    case "setConfidenceFilter":
      return { ...state, filters: { ...state.filters, confidence: action.confidence } };
    case "sortBy": {
      const direction =
        action.direction ??
        (state.sort.column === action.column && state.sort.direction === "ascending" ? "descending" : "ascending");
      return { ...state, sort: { column: action.column, direction } };
    }
    case "selectRow":
      return state.selectedRowId === action.rowId ? state : { ...state, selectedRowId: action.rowId };
    case "editRecord":
      return mapRow(state, action.rowId, (row) => {
        const patch = Object.fromEntries(
          Object.entries(action.patch).filter(([, v]) => v !== undefined && !(typeof v === "number" && !Number.isFinite(v))),
        ) as RecordPatch;
        const record = { ...row.record, ...patch };
        if (sameRecordValues(record, row.record)) return row;
        const status: RecordStatus = sameRecordValues(record, row.original) ? "extracted" : "edited";
        return { ...row, record, status, rejected: false };
      });
    case "rejectRow":
      return mapRow(state, action.rowId, (row) => (row.rejected ? row : { ...row, rejected: true }));
    case "restoreRow":
      return mapRow(state, action.rowId, (row) => (row.rejected ? { ...row, rejected: false } : row));
    case "confirmRow":
      return mapRow(state, action.rowId, (row) => {
        if (row.status === "extracted") return { ...row, status: "confirmed", rejected: false };
        return row.rejected ? { ...row, rejected: false } : row;
      });
    case "acceptAbove": {
      if (!state.activeReportId) return state;
      return mapReport(state, state.activeReportId, (report) => {
        let changed = false;
        const rows = report.rows.map((row) => {
          if (row.rejected || row.status !== "extracted" || row.record.confidence < action.threshold) return row;
          changed = true;
          return { ...row, status: "confirmed" as RecordStatus };
        });
        return changed ? { ...report, rows } : report;
      });
    }
    case "populateStarted":
      return { ...state, populate: { busy: true } };
    case "populateSucceeded":
      return { ...state, populate: { busy: false, summary: action.summary, downloadName: action.downloadName } };
    case "populateFailed":
      return { ...state, populate: { busy: false, error: action.message } };
    case "dismissPopulate":
      return { ...state, populate: { busy: false } };
    default:
      return state;
  }
}

// ---------------------------------------------------------------------------------------------
// Selectors

export function activeReport(state: PaneState): ReportState | null {
  return state.reports.find((r) => r.id === state.activeReportId) ?? null;
}

export function selectedRow(state: PaneState): ReviewRow | null {
  const report = activeReport(state);
  if (!report || !state.selectedRowId) return null;
  return report.rows.find((r) => r.id === state.selectedRowId) ?? null;
}

export interface MetricLookup {
  name(id: string): string;
  category(id: string): Category | null;
}

/** The rows the grid shows: filtered by category and confidence band, then sorted. */
export function visibleRows(
  rows: ReviewRow[],
  filters: Filters,
  sort: PaneState["sort"],
  metrics: MetricLookup,
): ReviewRow[] {
  const band = filters.confidence === "all" ? null : CONFIDENCE_BANDS[filters.confidence];
  const out = rows.filter(
    (row) =>
      (filters.category === "all" || metrics.category(row.record.metric) === filters.category) &&
      (!band || (row.record.confidence >= band.min && row.record.confidence < band.max)),
  );
  const dir = sort.direction === "ascending" ? 1 : -1;
  const key = (row: ReviewRow): string | number => {
    switch (sort.column) {
      case "metric":
        return metrics.name(row.record.metric).toLowerCase();
      case "year":
        return row.record.year;
      case "value":
        return row.record.value;
      case "confidence":
        return row.record.confidence;
      case "source":
        return row.record.source.line;
    }
  };
  const keyed = out.map((row) => ({ row, k: key(row) }));
  keyed.sort((a, b) => {
    if (a.k < b.k) return -dir;
    if (a.k > b.k) return dir;
    // Stable, readable tie-breaks: metric then year (newest first) then engine order.
    if (sort.column !== "year" && a.row.record.year !== b.row.record.year) return b.row.record.year - a.row.record.year;
    return a.row.index - b.row.index;
  });
  return keyed.map((x) => x.row);
}

export interface ReviewCounts {
  total: number;
  rejected: number;
  edited: number;
  confirmed: number;
  conflicts: number;
}

export function reviewCounts(rows: ReviewRow[]): ReviewCounts {
  const c: ReviewCounts = { total: rows.length, rejected: 0, edited: 0, confirmed: 0, conflicts: 0 };
  for (const row of rows) {
    if (row.rejected) c.rejected++;
    else if (row.status === "edited") c.edited++;
    else if (row.status === "confirmed") c.confirmed++;
    if (row.record.conflict && !row.rejected) c.conflicts++;
  }
  return c;
}

/** What the worksheet writers receive: every report, without rejected records. */
export function toImportedReports(state: PaneState): ImportedReport[] {
  return state.reports.map((r) => ({
    document: { fileName: r.fileName, format: r.format, pageCount: r.pageCount },
    company: r.company,
    reportYear: r.reportYear,
    records: r.rows.filter((row) => !row.rejected).map((row) => ({ ...row.record, status: row.status })),
    importedAt: r.importedAt,
  }));
}

/** The document lines around a 1-based line number (±radius), for the evidence view. */
export function linesAround(lines: DocumentLine[], line: number, radius = 3): DocumentLine[] {
  let i = line - 1;
  if (!(lines[i] && lines[i].line === line)) i = lines.findIndex((l) => l.line === line);
  if (i < 0) return [];
  return lines.slice(Math.max(0, i - radius), i + radius + 1);
}
