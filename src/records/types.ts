/** Records: the engine's output, one normalized value per (metric, year), with provenance. */

export interface Provenance {
  /** 1-based line in the document's text (see DocumentLine.line). */
  line: number;
  /** 1-based page, for paged documents. */
  page?: number;
  /** The source line's text, as evidence. */
  text: string;
  /** File name of the source document, when known. */
  document?: string;
}

export interface ReportedFigure {
  /** The number as printed, parsed (e.g. 1537 for "1,537.00"), before unit conversion. */
  value: number;
  /** The unit as printed (e.g. "RMB 10,000", "tCO ₂ e"); empty when the report printed none. */
  unit: string;
  /** The figure exactly as printed (e.g. "1,537.00"). */
  text?: string;
}

export interface Alternative {
  value: number;
  unit: string;
  reported: ReportedFigure;
  source: Provenance;
  confidence: number;
}

export interface EsgRecord {
  /** Metric id from the catalogue (src/catalogue). */
  metric: string;
  year: number;
  /** Value in the canonical unit of the metric's dimension. */
  value: number;
  /** The canonical unit string (e.g. "tCO2e", "MWh", "CNY", "count", "%"). */
  unit: string;
  reported: ReportedFigure;
  source: Provenance;
  /** 0..1: how sure the engine is that this is the company-wide value for this metric and year. */
  confidence: number;
  /** True when other candidates for the same (metric, year) disagree with this value. */
  conflict?: boolean;
  alternatives?: Alternative[];
}

export interface CompanyInfo {
  /** Legal or most complete name found, e.g. "JL MAG Rare-Earth Co., Ltd."; null when none was found. */
  name: string | null;
  shortName?: string;
  chineseName?: string;
  stockCode?: string;
  /** Every name the report uses for the company (for look-ups). */
  aliases: string[];
}

export interface ExtractionResult {
  company: CompanyInfo;
  reportYear: number | null;
  records: EsgRecord[];
  /** Non-fatal notes for the user. */
  warnings: string[];
}
