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
import type { Cell, DatasetCompany, DatasetRecord, SourceEntry, UpsertOutcome } from "./types";

/** Values a user reviewed in the sheet win over what the engine extracts again. */
export function isUserReviewed(status: RecordStatus): boolean {
  return status === "edited" || status === "confirmed";
}

class MetricSeries {
  readonly byYear = new Map<number, DatasetRecord>();
  private sorted: number[] | null = null;

  /** Years with data, oldest first. */
  years(): number[] {
    if (!this.sorted) this.sorted = [...this.byYear.keys()].sort((a, b) => a - b);
    return this.sorted;
  }

  set(record: DatasetRecord): void {
    if (!this.byYear.has(record.year)) this.sorted = null;
    this.byYear.set(record.year, record);
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

export type MetricInfoLookup = (metricId: string) => { name: string; category: string } | undefined;

export class Dataset {
  private readonly byCompany = new Map<string, CompanyData>();
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
    const dataIndex = columnIndex(DATA_COLUMNS, dataHasHeader ? data[0] : undefined);
    for (let r = dataHasHeader ? 1 : 0; r < data.length; r++) {
      const record = recordFromDataRow(data[r], dataIndex);
      if (typeof record === "string") {
        if (data[r].some((cell) => cell !== "" && cell !== null && cell !== undefined)) {
          dataset.skippedRows.push(`row ${dataHasHeader ? r : r + 1}: ${record}`);
        }
        continue;
      }
      dataset.loadRow(record);
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

  addSource(source: SourceEntry): void {
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
    const series = this.seriesFor(record.company, record.metric);
    const existing = series.byYear.get(record.year);
    if (existing && existing.value === record.value && existing.unit === record.unit) return "unchanged";
    if (existing && isUserReviewed(existing.status) && !isUserReviewed(record.status)) return "keptUserEdit";
    series.set(record);
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

  /** The record for (company display name, metric id, year), if any. O(1). */
  record(company: string, metric: string, year: number): DatasetRecord | undefined {
    return this.byCompany.get(normalizeKey(company))?.series.get(metric)?.byYear.get(year);
  }

  /** Years with data for (company, metric), oldest first; empty when none. */
  years(company: string, metric: string): number[] {
    return this.byCompany.get(normalizeKey(company))?.series.get(metric)?.years() ?? [];
  }

  /** Metric ids the company has data for, in first-seen order. */
  metricsOf(company: string): string[] {
    return [...(this.byCompany.get(normalizeKey(company))?.series.keys() ?? [])];
  }

  /** Years in which the company has any data, oldest first. */
  yearsOf(company: string): number[] {
    const years = new Set<number>();
    for (const series of this.byCompany.get(normalizeKey(company))?.series.values() ?? []) for (const year of series.byYear.keys()) years.add(year);
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
    for (const data of this.byCompany.values()) for (const series of data.series.values()) yield* series.byYear.values();
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
  private loadRow(record: DatasetRecord): void {
    const series = this.seriesFor(record.company, record.metric);
    const existing = series.byYear.get(record.year);
    if (existing && isUserReviewed(existing.status) && !isUserReviewed(record.status)) return;
    series.set(record);
    this.changed();
  }

  private companyData(name: string): CompanyData {
    const key = normalizeKey(name);
    let data = this.byCompany.get(key);
    if (!data) {
      data = { info: { name: name.trim(), aliases: [], stockCode: "", documents: [] }, series: new Map() };
      this.byCompany.set(key, data);
    }
    return data;
  }

  private seriesFor(company: string, metric: string): MetricSeries {
    const data = this.companyData(company);
    let series = data.series.get(metric);
    if (!series) {
      series = new MetricSeries();
      data.series.set(metric, series);
    }
    return series;
  }

  private changed(): void {
    this.version++;
    this.resolver = null;
  }
}
