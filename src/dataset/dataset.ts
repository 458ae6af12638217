/**
 * The dataset: every ESG value of the workbook, indexed for O(1) look-ups by
 * (company, metric, year). Pure: built from the "ESG Data"/"ESG Sources" table rows or from
 * engine records; the Excel glue (functions/) and the CLI only feed it rows.
 */
import type { CompanyInfo, EsgRecord } from "../records/types";
import { CompanyResolver } from "./companies";
import { columnIndex, companyDisplayName, dataRowFromRecord, isHeaderRow, recordFromDataRow, recordFromEsgRecord, sourceFromRow } from "./rows";
import { DATA_COLUMNS, SOURCES_COLUMNS, type RecordStatus } from "./schema";
import { normalizeKey } from "./text";
import type { Cell, DatasetCompany, DatasetRecord, SourceRow, UpsertOutcome } from "./types";

/** Values a user reviewed in the sheet win over what the engine extracts again. */
export function isUserReviewed(status: RecordStatus): boolean {
  return status === "edited" || status === "confirmed";
}

/**
 * A record, or the position of its table row not parsed yet: a load only reads the key cells
 * (company, metric, year, value) and parses a row's other cells on first use. Loading 80,000
 * rows must stay well under 200 ms, and most rows are never asked for.
 */
type Entry = DatasetRecord | number;

class MetricSeries {
  readonly byYear = new Map<number, Entry>();
  private sorted: number[] | null = null;

  /** Years with data, oldest first. */
  years(): number[] {
    if (!this.sorted) this.sorted = [...this.byYear.keys()].sort((a, b) => a - b);
    return this.sorted;
  }

  set(year: number, entry: Entry): void {
    if (!this.byYear.has(year)) this.sorted = null;
    this.byYear.set(year, entry);
  }
}

interface CompanyData {
  info: DatasetCompany;
  series: Map<string, MetricSeries>;
}

export interface TableRows {
  /** The ESGData table's values; a first row equal to the header is recognised and used to find columns. */
  data: readonly (readonly Cell[])[];
  /** The ESGSources table's values, same convention. */
  sources?: readonly (readonly Cell[])[];
}

/** A report as the task pane or CLI hands it over (a subset of ImportedReport / ExtractionResult). */
export interface ReportInput {
  company: CompanyInfo;
  records: ReadonlyArray<EsgRecord & { status?: RecordStatus }>;
  document?: string;
}

/** A company by name (any case or punctuation) or as resolved (fastest). */
export type CompanyRef = string | DatasetCompany;

export type MetricInfoLookup = (metricId: string) => { name: string; category: string } | undefined;

export class Dataset {
  private readonly byCompany = new Map<string, CompanyData>();
  /** The table rows entries point into (see Entry), and where each column is in them. */
  private rows: readonly (readonly Cell[])[] = [];
  private rowColumns = columnIndex(DATA_COLUMNS);
  /** Hot paths skip normalizing: by the exact text of a Company cell, and by the resolved company object. */
  private readonly byCompanyText = new Map<string, CompanyData>();
  private readonly byCompanyInfo = new Map<DatasetCompany, CompanyData>();
  /** Every metric id in the data, with the first series that has it. */
  private readonly firstSeries = new Map<string, MetricSeries>();
  private resolver: CompanyResolver | null = null;
  /** Rows that could not be used, with the reason (1-based row within the table body). */
  readonly skippedRows: string[] = [];
  /** Bumped on every change, so callers can tell a stale answer. */
  version = 0;

  /** From the tables' values, header row included or not (without one, the schema's column order is assumed). */
  static fromTables(tables: TableRows): Dataset {
    const dataset = new Dataset();
    const sources = tables.sources ?? [];
    const sourcesHasHeader = sources.length > 0 && isHeaderRow(sources[0], SOURCES_COLUMNS);
    const sourcesIndex = columnIndex(SOURCES_COLUMNS, sourcesHasHeader ? sources[0] : undefined);
    for (let r = sourcesHasHeader ? 1 : 0; r < sources.length; r++) {
      const entry = sourceFromRow(sources[r], sourcesIndex);
      if (entry) dataset.addSource(entry);
    }
    const data = tables.data;
    const dataHasHeader = data.length > 0 && isHeaderRow(data[0], DATA_COLUMNS);
    dataset.rows = data;
    dataset.rowColumns = columnIndex(DATA_COLUMNS, dataHasHeader ? data[0] : undefined);
    const at = dataset.rowColumns;
    for (let r = dataHasHeader ? 1 : 0; r < data.length; r++) {
      const row = data[r];
      const company = row[at.Company];
      const metric = row[at["Metric ID"]];
      const year = row[at.Year];
      const value = row[at.Value];
      // Fast path for what the writer produces; anything else goes through the full parse and its checks.
      if (typeof company === "string" && company && typeof metric === "string" && metric && typeof year === "number" && Number.isInteger(year) && typeof value === "number") {
        dataset.loadRow(company, metric, year, r);
        continue;
      }
      const record = recordFromDataRow(row, at);
      if (typeof record === "string") {
        if (row.some((cell) => cell !== "" && cell !== null && cell !== undefined)) dataset.skippedRows.push(`row ${dataHasHeader ? r : r + 1}: ${record}`);
        continue;
      }
      dataset.loadRow(record.company, record.metricId, record.year, record);
    }
    return dataset;
  }

  /** From engine output (CLI, tests, the task pane before it writes). */
  static fromReports(reports: readonly ReportInput[], metricInfo?: MetricInfoLookup): Dataset {
    const dataset = new Dataset();
    for (const report of reports) dataset.upsertReport(report, metricInfo);
    return dataset;
  }

  /** Adds or merges a company's names (legal, short, Chinese, stock code, aliases). Returns its display name. */
  addCompany(company: CompanyInfo | string): string {
    const info: CompanyInfo = typeof company === "string" ? { name: company, aliases: [] } : company;
    const name = companyDisplayName(info);
    const entry = this.companyData(name).info;
    const names = [info.shortName, info.chineseName, ...info.aliases].filter((n): n is string => !!n && n !== entry.name);
    for (const alias of names) if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
    if (info.stockCode && !entry.stockCode) entry.stockCode = info.stockCode;
    this.changed();
    return entry.name;
  }

  addSource(source: SourceRow): void {
    const entry = this.companyData(source.company).info;
    for (const alias of source.aliases) if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
    if (source.stockCode && !entry.stockCode) entry.stockCode = source.stockCode;
    if (source.document && !entry.documents.includes(source.document)) entry.documents.push(source.document);
    this.changed();
  }

  /**
   * Writes one record. A value the user edited or confirmed is not overwritten by an extracted
   * one (→ "keptUserEdit"); the same value and unit → "unchanged".
   */
  upsert(record: DatasetRecord): UpsertOutcome {
    const series = this.seriesFor(record.company, record.metricId);
    const existing = this.entryRecord(series, record.year);
    if (existing && existing.value === record.value && existing.unit === record.unit) return "unchanged";
    if (existing && isUserReviewed(existing.status) && !isUserReviewed(record.status)) return "keptUserEdit";
    series.set(record.year, record);
    this.changed();
    return existing ? "updated" : "added";
  }

  /** Writes a whole report: its company names, then each record. Counts per outcome. */
  upsertReport(report: ReportInput, metricInfo?: MetricInfoLookup): Record<UpsertOutcome, number> {
    const company = this.addCompany(report.company);
    const counts: Record<UpsertOutcome, number> = { added: 0, updated: 0, unchanged: 0, keptUserEdit: 0 };
    for (const record of report.records) {
      const withDocument = report.document && !record.source?.document ? { ...record, source: { ...record.source, document: report.document } } : record;
      counts[this.upsert(recordFromEsgRecord(company, withDocument, metricInfo?.(record.metric)))]++;
    }
    return counts;
  }

  /** The record for (company, metric id, year), if any. O(1). A company is its name (any case/punctuation) or a resolved DatasetCompany. */
  record(company: CompanyRef, metric: string, year: number): DatasetRecord | undefined {
    const series = this.find(company)?.series.get(metric);
    return series && this.entryRecord(series, year);
  }

  /** Years with data for (company, metric), oldest first; empty when none. */
  years(company: CompanyRef, metric: string): number[] {
    return this.find(company)?.series.get(metric)?.years() ?? [];
  }

  /** Metric ids the company has data for, in first-seen order. */
  metricsOf(company: CompanyRef): string[] {
    return [...(this.find(company)?.series.keys() ?? [])];
  }

  /** Years in which the company has any data, oldest first. */
  yearsOf(company: CompanyRef): number[] {
    const years = new Set<number>();
    for (const series of this.find(company)?.series.values() ?? []) for (const year of series.byYear.keys()) years.add(year);
    return [...years].sort((a, b) => a - b);
  }

  companies(): DatasetCompany[] {
    return [...this.byCompany.values()].map((data) => data.info);
  }

  /** Companies that have at least one value (the Sources table may list a report with none). */
  companiesWithData(): DatasetCompany[] {
    return [...this.byCompany.values()].filter((data) => data.series.size > 0).map((data) => data.info);
  }

  *records(): IterableIterator<DatasetRecord> {
    for (const data of this.byCompany.values()) for (const series of data.series.values()) for (const year of series.byYear.keys()) yield this.entryRecord(series, year)!;
  }

  /** Metric ids in the data that `known` does not contain, each with one of its records (for its name and unit). */
  unknownMetrics(known: ReadonlySet<string>): Map<string, DatasetRecord> {
    const samples = new Map<string, DatasetRecord>();
    for (const [metric, series] of this.firstSeries) {
      if (!known.has(metric) && series.byYear.size) samples.set(metric, this.entryRecord(series, series.years()[0])!);
    }
    return samples;
  }

  get size(): number {
    let count = 0;
    for (const data of this.byCompany.values()) for (const series of data.series.values()) count += series.byYear.size;
    return count;
  }

  /** Every record as a data row (DATA_COLUMNS order), companies then metrics then years. */
  toDataRows(): Array<Array<string | number>> {
    return [...this.records()].map(dataRowFromRecord);
  }

  /** Resolves company names, aliases and stock codes; rebuilt after a change. */
  companyResolver(): CompanyResolver {
    if (!this.resolver) this.resolver = new CompanyResolver(this.companies());
    return this.resolver;
  }

  /** A table row: later rows win over earlier ones for the same key, except over a user's edit. */
  private loadRow(company: string, metric: string, year: number, entry: Entry): void {
    const series = this.seriesFor(company, metric);
    if (series.byYear.has(year)) {
      const existing = this.entryRecord(series, year)!;
      const incoming = typeof entry === "number" ? this.parseRow(entry) : entry;
      if (isUserReviewed(existing.status) && !isUserReviewed(incoming.status)) return;
    }
    series.set(year, entry);
    this.changed();
  }

  /** The record at `year`, parsing its row on first use. */
  private entryRecord(series: MetricSeries, year: number): DatasetRecord | undefined {
    const entry = series.byYear.get(year);
    if (typeof entry !== "number") return entry;
    const record = this.parseRow(entry);
    series.byYear.set(year, record);
    return record;
  }

  /** Rows reach here only after the load checked their key cells, so the parse cannot fail. */
  private parseRow(position: number): DatasetRecord {
    return recordFromDataRow(this.rows[position], this.rowColumns) as DatasetRecord;
  }

  private find(company: CompanyRef): CompanyData | undefined {
    if (typeof company !== "string") return this.byCompanyInfo.get(company);
    return this.byCompanyText.get(company) ?? this.byCompany.get(normalizeKey(company));
  }

  private companyData(name: string): CompanyData {
    const known = this.byCompanyText.get(name);
    if (known) return known;
    const key = normalizeKey(name);
    let data = this.byCompany.get(key);
    if (!data) {
      data = { info: { name: name.trim(), aliases: [], stockCode: "", documents: [] }, series: new Map() };
      this.byCompany.set(key, data);
      this.byCompanyInfo.set(data.info, data);
    }
    this.byCompanyText.set(name, data);
    return data;
  }

  private seriesFor(company: string, metric: string): MetricSeries {
    const data = this.companyData(company);
    let series = data.series.get(metric);
    if (!series) {
      series = new MetricSeries();
      data.series.set(metric, series);
      if (!this.firstSeries.has(metric)) this.firstSeries.set(metric, series);
    }
    return series;
  }

  private changed(): void {
    this.version++;
    this.resolver = null;
  }
}
