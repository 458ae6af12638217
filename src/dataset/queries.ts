/**
 * The ESG formula language, pure: each query takes the arguments a cell passes and returns a
 * value or a typed error whose message says what was not found and what exists instead.
 * functions/ maps these onto Excel; the CLI and tests call them directly.
 */
import type { Category, MetricDefinition } from "../catalogue/types";
import type { Dimension } from "../units/types";
import type { Dataset } from "./dataset";
import { MetricResolver } from "./metrics";
import type { Reference } from "./reference";
import { divisionByZero, invalidValue, notAvailable, success, type QueryResult } from "./results";
import { listForMessage } from "./text";
import type { DatasetCompany, DatasetRecord } from "./types";

/** What a cell may pass for an optional argument: Excel gives null (or 0/"" from a blank cell) when it is left out. */
export type OptionalArg = string | number | boolean | null | undefined;

interface Target {
  company: DatasetCompany;
  metric: MetricDefinition;
}

const CATEGORY_WORDS: Record<string, Category> = {
  e: "E", environment: "E", environmental: "E", 环境: "E",
  s: "S", social: "S", society: "S", 社会: "S",
  g: "G", governance: "G", 治理: "G", 公司治理: "G",
};

export function isBlank(arg: OptionalArg): boolean {
  return arg === null || arg === undefined || arg === "" || arg === 0 || arg === false;
}

/** 2024, "2024", "FY2024" → 2024; blank → null (meaning "latest"). */
export function parseYearArg(arg: OptionalArg, name = "Year"): QueryResult<number | null> {
  if (isBlank(arg)) return success(null);
  if (typeof arg === "number" && Number.isInteger(arg) && arg >= 1900 && arg <= 2200) return success(arg);
  if (typeof arg === "string") {
    const match = /^\s*(?:fy\s*)?(\d{4})\s*(?:年|fy)?\s*$/i.exec(arg.normalize("NFKC"));
    if (match) return parseYearArg(Number(match[1]), name);
  }
  return invalidValue(`${name} "${String(arg)}" is not a year such as 2024.`);
}

export function parseCategoryArg(arg: OptionalArg): QueryResult<Category | null> {
  if (isBlank(arg)) return success(null);
  const category = CATEGORY_WORDS[String(arg).trim().toLowerCase()];
  return category ? success(category) : invalidValue(`Category "${String(arg)}" is not E, S or G (Environmental, Social, Governance).`);
}

const DIMENSION_WORDS: Record<Dimension, string> = {
  ghg: "greenhouse gas", energy: "energy", volume: "volume", mass: "mass", currency: "money",
  count: "counts", percent: "percentages", hours: "hours", days: "days",
};

/** Ends a message with one full stop, even after a name that ends in "Ltd.". */
function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

/** Drops float noise that unit factors add (6436.68 × 0.001 → 6.43668, not 6.436680000000001). */
function tidy(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  // Round to 12 significant digits with exact powers of ten (faster than toPrecision on the hot path).
  const digits = 11 - Math.floor(Math.log10(Math.abs(value)));
  if (digits >= 0) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
  }
  const scale = 10 ** -digits;
  return Math.round(value / scale) * scale;
}

export class EsgQueries {
  private metricResolverVersion = -1;
  private metricResolverCache: MetricResolver | null = null;
  private readonly factors = new Map<string, Map<string, number | string>>();
  /** Answers per argument text, for the dataset version they were computed on (a sheet repeats the same names thousands of times). */
  private readonly companyAnswers = new Map<unknown, QueryResult<DatasetCompany>>();
  private readonly metricAnswers = new Map<unknown, QueryResult<MetricDefinition>>();
  private answersVersion = -1;

  constructor(
    readonly dataset: Dataset,
    private readonly reference: Reference,
  ) {}

  /** ESG.METRIC: the value for a year (latest when blank), optionally converted. */
  metricValue(company: string, metric: string, year?: OptionalArg, unit?: OptionalArg): QueryResult<number> {
    const found = this.company(company);
    if (!found.ok) return found;
    const definition = this.metric(metric);
    if (!definition.ok) return definition;
    const record = this.recordFor({ company: found.value, metric: definition.value }, year);
    if (!record.ok) return record;
    return this.inUnit(record.value, unit);
  }

  /** ESG.SERIES: [year, value] rows, oldest first, within the optional year range. */
  series(company: string, metric: string, fromYear?: OptionalArg, toYear?: OptionalArg, unit?: OptionalArg): QueryResult<number[][]> {
    const target = this.target(company, metric);
    if (!target.ok) return target;
    const from = parseYearArg(fromYear, "From year");
    if (!from.ok) return from;
    const to = parseYearArg(toYear, "To year");
    if (!to.ok) return to;
    if (from.value !== null && to.value !== null && from.value > to.value) return invalidValue(`From year ${from.value} is after to year ${to.value}.`);
    const { company: found, metric: definition } = target.value;
    const years = this.dataset.years(found, definition.id);
    if (!years.length) return this.noDataAtAll(target.value);
    const wanted = years.filter((y) => (from.value === null || y >= from.value) && (to.value === null || y <= to.value));
    if (!wanted.length) {
      const range = `${from.value ?? "…"}–${to.value ?? "…"}`;
      return notAvailable(`No ${definition.id} for ${found.name} in ${range}. Years with data: ${listForMessage(years, "and")}.`);
    }
    const rows: number[][] = [];
    for (const year of wanted) {
      const value = this.inUnit(this.dataset.record(found, definition.id, year)!, unit);
      if (!value.ok) return value;
      rows.push([year, value.value]);
    }
    return success(rows);
  }

  /** ESG.TABLE: [id, name, value, unit] for every metric the company has in a year (its latest when blank). */
  table(company: string, year?: OptionalArg, category?: OptionalArg): QueryResult<Array<Array<string | number>>> {
    const found = this.company(company);
    if (!found.ok) return found;
    const wantedYear = parseYearArg(year);
    if (!wantedYear.ok) return wantedYear;
    const wantedCategory = parseCategoryArg(category);
    if (!wantedCategory.ok) return wantedCategory;
    const name = found.value.name;
    const years = this.dataset.yearsOf(name);
    const tableYear = wantedYear.value ?? years[years.length - 1];
    const resolver = this.metricResolver();
    const rows: Array<Array<string | number>> = [];
    for (const definition of resolver.metrics) {
      if (wantedCategory.value && definition.category !== wantedCategory.value) continue;
      const record = this.dataset.record(name, definition.id, tableYear);
      if (record) rows.push([definition.id, definition.name, record.value, record.unit]);
    }
    if (!rows.length) {
      const what = wantedCategory.value ? `${wantedCategory.value} metrics` : "data";
      return notAvailable(`${name} has no ${what} for ${tableYear}. Years with data: ${listForMessage(years, "and")}.`);
    }
    return success(rows);
  }

  /** ESG.COMPANIES: company names with data, alphabetical, one per row. */
  companies(): QueryResult<string[][]> {
    const names = this.dataset.companiesWithData().map((c) => c.name).sort((a, b) => a.localeCompare(b));
    return names.length ? success(names.map((n) => [n])) : this.emptyWorkbook();
  }

  /** ESG.METRICS: [id, name, category, unit, frameworks] for every metric, catalogue order. */
  metrics(category?: OptionalArg): QueryResult<string[][]> {
    const wanted = parseCategoryArg(category);
    if (!wanted.ok) return wanted;
    return success(
      this.metricResolver()
        .metrics.filter((m) => !wanted.value || m.category === wanted.value)
        .map((m) => [m.id, m.name, m.category, m.unit, m.frameworks.join("; ")]),
    );
  }

  /** ESG.UNIT: the metric's canonical unit. */
  unit(metric: string): QueryResult<string> {
    const definition = this.metric(metric);
    return definition.ok ? success(definition.value.unit) : definition;
  }

  /** ESG.SOURCE: where the value came from: document, page, line, and the printed text. */
  source(company: string, metric: string, year?: OptionalArg): QueryResult<string> {
    const target = this.target(company, metric);
    if (!target.ok) return target;
    const record = this.recordFor(target.value, year);
    return record.ok ? success(describeSource(record.value)) : record;
  }

  /** ESG.CONVERT: a value from one unit to another of the same dimension. */
  convert(value: unknown, fromUnit: string, toUnit: string): QueryResult<number> {
    if (typeof value !== "number" || !Number.isFinite(value)) return invalidValue(`Value "${String(value)}" is not a number.`);
    const factor = this.factor(fromUnit, toUnit);
    return typeof factor === "number" ? success(tidy(value * factor)) : invalidValue(factor.charAt(0).toUpperCase() + factor.slice(1));
  }

  /** ESG.YOY: relative change against the previous year ((this − previous) / |previous|). */
  yearOnYear(company: string, metric: string, year?: OptionalArg): QueryResult<number> {
    const target = this.target(company, metric);
    if (!target.ok) return target;
    const current = this.recordFor(target.value, year);
    if (!current.ok) return current;
    const { company: found, metric: definition } = target.value;
    const previousYear = current.value.year - 1;
    const previous = this.dataset.record(found, definition.id, previousYear);
    if (!previous) {
      const years = this.dataset.years(found, definition.id);
      return notAvailable(`No ${definition.id} for ${found.name} in ${previousYear} to compare ${current.value.year} with. Years with data: ${listForMessage(years, "and")}.`);
    }
    const previousValue = this.inUnit(previous, current.value.unit);
    if (!previousValue.ok) return previousValue;
    if (previousValue.value === 0) return divisionByZero(`${definition.id} for ${found.name} was 0 in ${previousYear}: no relative change.`);
    return success(tidy((current.value.value - previousValue.value) / Math.abs(previousValue.value)));
  }

  /**
   * ESG.INTENSITY: metric ÷ perMetric for a year (the latest both have when blank). A currency
   * denominator counts in millions (tCO2e per CNY million) unless `perUnit` says otherwise.
   */
  intensity(company: string, metric: string, perMetric: string, year?: OptionalArg, unit?: OptionalArg, perUnit?: OptionalArg): QueryResult<number> {
    const numerator = this.target(company, metric);
    if (!numerator.ok) return numerator;
    const denominator = this.target(company, perMetric);
    if (!denominator.ok) return denominator;
    const wantedYear = parseYearArg(year);
    if (!wantedYear.ok) return wantedYear;
    const name = numerator.value.company.name;
    const top = numerator.value.metric.id;
    const bottom = denominator.value.metric.id;
    let chosenYear = wantedYear.value;
    if (chosenYear === null) {
      const bottomYears = new Set(this.dataset.years(name, bottom));
      const common = this.dataset.years(name, top).filter((y) => bottomYears.has(y));
      if (!common.length) {
        return notAvailable(`${name} has no year with both ${top} (${listForMessage(this.dataset.years(name, top), "and") || "none"}) and ${bottom} (${listForMessage(this.dataset.years(name, bottom), "and") || "none"}).`);
      }
      chosenYear = common[common.length - 1];
    }
    const topRecord = this.recordFor(numerator.value, chosenYear);
    if (!topRecord.ok) return topRecord;
    const bottomRecord = this.recordFor(denominator.value, chosenYear);
    if (!bottomRecord.ok) return bottomRecord;
    const topValue = this.inUnit(topRecord.value, unit);
    if (!topValue.ok) return topValue;
    let bottomValue: number;
    if (!isBlank(perUnit)) {
      const converted = this.inUnit(bottomRecord.value, perUnit);
      if (!converted.ok) return converted;
      bottomValue = converted.value;
    } else {
      const isCurrency = this.reference.units.parse(bottomRecord.value.unit)?.dimension === "currency";
      bottomValue = isCurrency ? bottomRecord.value.value / 1e6 : bottomRecord.value.value;
    }
    if (bottomValue === 0) return divisionByZero(`${bottom} for ${name} is 0 in ${chosenYear}.`);
    return success(tidy(topValue.value / bottomValue));
  }

  // ---- resolution -------------------------------------------------------------------------

  /** Company and metric of a query, or the first thing that is wrong with them. */
  private target(company: string, metric: string): QueryResult<Target> {
    const found = this.company(company);
    if (!found.ok) return found;
    const definition = this.metric(metric);
    if (!definition.ok) return definition;
    return success({ company: found.value, metric: definition.value });
  }

  private company(query: unknown): QueryResult<DatasetCompany> {
    this.checkVersion();
    let answer = this.companyAnswers.get(query);
    if (!answer) {
      answer = this.findCompany(query);
      this.companyAnswers.set(query, answer);
    }
    return answer;
  }

  private metric(query: unknown): QueryResult<MetricDefinition> {
    this.checkVersion();
    let answer = this.metricAnswers.get(query);
    if (!answer) {
      answer = this.findMetric(query);
      this.metricAnswers.set(query, answer);
    }
    return answer;
  }

  private checkVersion(): void {
    if (this.answersVersion === this.dataset.version) return;
    this.companyAnswers.clear();
    this.metricAnswers.clear();
    this.answersVersion = this.dataset.version;
  }

  private findCompany(query: unknown): QueryResult<DatasetCompany> {
    const text = query === null || query === undefined ? "" : String(query).trim();
    const resolver = this.dataset.companyResolver();
    if (!resolver.companies.length) return this.emptyWorkbook();
    if (!text) return invalidValue("Company is missing: give a company name, short name or stock code.");
    const match = resolver.resolve(text);
    if (match.ok) return success(match.company);
    if (match.reason === "ambiguous") return invalidValue(`Company "${text}" matches ${listForMessage(match.candidates)}: use more of the name or the stock code.`);
    const hint = match.suggestions.length
      ? `Did you mean ${listForMessage(match.suggestions)}?`
      : sentence(`Companies in the data: ${listForMessage(resolver.companies.slice(0, 5).map((c) => c.name), "and")}${resolver.companies.length > 5 ? " …" : ""}`);
    return notAvailable(`Company "${text}" is not in the ESG data. ${hint}`);
  }

  private findMetric(query: unknown): QueryResult<MetricDefinition> {
    const text = query === null || query === undefined ? "" : String(query).trim();
    if (!text) return invalidValue("Metric is missing: give a metric id such as ghg_scope1 (ESG.METRICS() lists them).");
    const match = this.metricResolver().resolve(text);
    if (match.ok) return success(match.metric);
    if (match.reason === "ambiguous") return invalidValue(`Metric "${text}" could be ${listForMessage(match.candidates)}: use the metric id.`);
    const hint = match.suggestions.length ? ` Did you mean ${listForMessage(match.suggestions)}?` : "";
    return invalidValue(`Unknown metric "${text}".${hint} ESG.METRICS() lists all metrics.`);
  }

  /** The record for a year, or for the latest year when blank; a message naming the years that exist otherwise. */
  private recordFor(target: Target, year: OptionalArg): QueryResult<DatasetRecord> {
    // Hot path: a plain year with data.
    if (typeof year === "number" && year >= 1900 && year <= 2200 && Number.isInteger(year)) {
      const record = this.dataset.record(target.company, target.metric.id, year);
      if (record) return success(record);
    }
    const wanted = parseYearArg(year);
    if (!wanted.ok) return wanted;
    const { company, metric } = target;
    if (wanted.value !== null) {
      const record = this.dataset.record(company, metric.id, wanted.value);
      if (record) return success(record);
    }
    const years = this.dataset.years(company, metric.id);
    if (!years.length) return this.noDataAtAll(target);
    if (wanted.value === null) return success(this.dataset.record(company, metric.id, years[years.length - 1])!);
    return notAvailable(`No ${metric.id} for ${company.name} in ${wanted.value}. Years with data: ${listForMessage(years, "and")}.`);
  }

  private noDataAtAll({ company, metric }: Target): QueryResult<never> {
    return notAvailable(`${company.name} has no ${metric.id} (${metric.name}) in the ESG data.`);
  }

  private emptyWorkbook(): QueryResult<never> {
    return notAvailable("This workbook has no ESG data yet: import a report from the ESG task pane.");
  }

  /** The catalogue's metrics plus ids only the dataset carries; rebuilt when the dataset changes. */
  private metricResolver(): MetricResolver {
    if (!this.metricResolverCache || this.metricResolverVersion !== this.dataset.version) {
      const known = new Set(this.reference.metrics.map((m) => m.id));
      const extra: MetricDefinition[] = [];
      for (const sample of this.dataset.unknownMetrics(known).values()) extra.push(this.definitionFromRecord(sample));
      this.metricResolverCache = new MetricResolver([...this.reference.metrics, ...extra], this.reference.searchMetrics, this.reference.suggestMetrics);
      this.metricResolverVersion = this.dataset.version;
    }
    return this.metricResolverCache;
  }

  private definitionFromRecord(record: DatasetRecord): MetricDefinition {
    const category = (["E", "S", "G"].includes(record.category) ? record.category : "G") as Category;
    const dimension: Dimension | "by_report" = this.reference.units.parse(record.unit)?.dimension ?? "by_report";
    return { id: record.metricId, name: record.metricName || record.metricId, nameZh: "", category, dimension, unit: record.unit, description: "", frameworks: [] };
  }

  // ---- units ------------------------------------------------------------------------------

  private inUnit(record: DatasetRecord, unit: OptionalArg): QueryResult<number> {
    if (isBlank(unit)) return success(record.value);
    const wanted = String(unit).trim();
    if (wanted === record.unit) return success(record.value);
    const factor = this.factor(record.unit, wanted);
    if (typeof factor === "string") return invalidValue(`${record.metricId}: ${factor}`);
    return success(tidy(record.value * factor));
  }

  /** Factor from one unit to another (cached), or a message saying why there is none. */
  private factor(from: string, to: string): number | string {
    let byTarget = this.factors.get(from);
    if (!byTarget) this.factors.set(from, (byTarget = new Map()));
    let factor = byTarget.get(to);
    if (factor === undefined) {
      factor = this.computeFactor(from, to);
      byTarget.set(to, factor);
    }
    return factor;
  }

  private computeFactor(from: string, to: string): number | string {
    const units = this.reference.units;
    const source = units.parse(from);
    if (!source) return `unknown unit "${from}".`;
    const choices = `Units for ${DIMENSION_WORDS[source.dimension]}: ${listForMessage(units.unitsFor(source.dimension).slice(0, 10))}.`;
    if (!units.parse(to)) return `unknown unit "${to}". ${choices}`;
    try {
      return units.convert(1, from, to);
    } catch (error) {
      // The unit system explains mismatches ("tCO2e" is greenhouse gas and "MWh" is energy).
      return `${error instanceof Error ? error.message : String(error)} ${choices}`;
    }
  }
}

/** "002_jlmag.txt, page 3, line 2755: 2 | GHG emission (Scope 1) | tCO ₂ e | 6,436.68" (+ a note when the user changed it). */
export function describeSource(record: DatasetRecord): string {
  const place = [record.sourceDocument, record.page !== null ? `page ${record.page}` : "", record.line !== null ? `line ${record.line}` : ""].filter(Boolean).join(", ");
  const printed = record.evidence.replace(/\t+/g, " | ").replace(/\s*\n\s*/g, " ").trim();
  const note = record.status === "edited" ? " (value edited in ESG Data)" : record.status === "confirmed" ? " (confirmed in ESG Data)" : "";
  if (!place && !printed) return `No source recorded for ${record.metricId} ${record.year}${note}.`;
  return `${place || "unknown place"}: ${printed || "(no text recorded)"}${note}`;
}
