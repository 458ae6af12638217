/*
 * ESG custom functions (namespace ESG, see manifest.xml). Each one is a thin wrapper over a pure
 * query in src/dataset/queries.ts; this file only declares what Excel's autocomplete shows and
 * connects results to the shared dataset store (functions/api.ts).
 *
 * All functions are @streaming: a live formula stays subscribed to the store and gets a new
 * result when the ESG Data table changes or a report is imported, without a recalculation.
 * Optional arguments arrive as null (or 0/"" from blank cells); the queries treat those as
 * "left out".
 */
import type { EsgQueries } from "../src/dataset/queries";
import type { QueryResult } from "../src/dataset/results";
import { getDatasetStore } from "./api";
import { excelError, streamQuery, type LiveInvocation } from "./live";

export { reloadDataset, useDataset, getDatasetStore } from "./api";

function live<T>(invocation: LiveInvocation<T> | undefined, evaluate: (queries: EsgQueries) => QueryResult<T>): void {
  if (invocation) streamQuery(getDatasetStore(), invocation, evaluate, excelError);
}

/**
 * A company's ESG metric for a year, e.g. =ESG.METRIC("JL MAG","ghg_scope1",2024).
 * @customfunction METRIC
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param metric Metric: id (e.g. "ghg_scope1"), name, Chinese name or framework code (e.g. "GRI 305-1").
 * @param [year] Reporting year. Left out: the latest year with data.
 * @param [unit] Unit to convert to, e.g. "ktCO2e", "GJ", "kWh", "tce", "CNY 10,000". Left out: the metric's unit.
 * @param invocation Streaming invocation.
 */
export function metricValue(company: string, metric: string, year?: number, unit?: string, invocation?: CustomFunctions.StreamingInvocation<number>): void {
  live(invocation, (q) => q.metricValue(company, metric, year, unit));
}

/**
 * A metric over the years: two columns (year, value), oldest first.
 * @customfunction SERIES
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param metric Metric: id, name, Chinese name or framework code.
 * @param [fromYear] First year. Left out: the earliest year with data.
 * @param [toYear] Last year. Left out: the latest year with data.
 * @param [unit] Unit to convert to. Left out: the metric's unit.
 * @param invocation Streaming invocation.
 */
export function series(company: string, metric: string, fromYear?: number, toYear?: number, unit?: string, invocation?: CustomFunctions.StreamingInvocation<number[][]>): void {
  live(invocation, (q) => q.series(company, metric, fromYear, toYear, unit));
}

/**
 * Every metric a company has for a year: four columns (metric id, name, value, unit).
 * @customfunction TABLE
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param [year] Reporting year. Left out: the company's latest year.
 * @param [category] "E", "S" or "G" (Environmental, Social, Governance). Left out: all.
 * @param invocation Streaming invocation.
 */
export function table(company: string, year?: number, category?: string, invocation?: CustomFunctions.StreamingInvocation<Array<Array<string | number>>>): void {
  live(invocation, (q) => q.table(company, year, category));
}

/**
 * The companies in this workbook's ESG data, one per row.
 * @customfunction COMPANIES
 * @streaming
 * @param invocation Streaming invocation.
 */
export function companies(invocation?: CustomFunctions.StreamingInvocation<string[][]>): void {
  live(invocation, (q) => q.companies());
}

/**
 * The metric catalogue: five columns (id, name, category, canonical unit, frameworks).
 * @customfunction METRICS
 * @streaming
 * @param [category] "E", "S" or "G". Left out: all metrics.
 * @param invocation Streaming invocation.
 */
export function metrics(category?: string, invocation?: CustomFunctions.StreamingInvocation<string[][]>): void {
  live(invocation, (q) => q.metrics(category));
}

/**
 * The unit a metric's values are in, e.g. "tCO2e".
 * @customfunction UNIT
 * @streaming
 * @param metric Metric: id, name, Chinese name or framework code.
 * @param invocation Streaming invocation.
 */
export function unit(metric: string, invocation?: CustomFunctions.StreamingInvocation<string>): void {
  live(invocation, (q) => q.unit(metric));
}

/**
 * Where a value came from: the report, page or line, and the text printed there.
 * @customfunction SOURCE
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param metric Metric: id, name, Chinese name or framework code.
 * @param [year] Reporting year. Left out: the latest year with data.
 * @param invocation Streaming invocation.
 */
export function source(company: string, metric: string, year?: number, invocation?: CustomFunctions.StreamingInvocation<string>): void {
  live(invocation, (q) => q.source(company, metric, year));
}

/**
 * Converts a value between units of one kind, e.g. =ESG.CONVERT(1,"tce","MWh").
 * @customfunction CONVERT
 * @streaming
 * @param value The number to convert.
 * @param fromUnit Unit of the value, e.g. "GJ", "RMB 10,000", "kgCO2e".
 * @param toUnit Unit to convert to, e.g. "MWh", "CNY", "tCO2e".
 * @param invocation Streaming invocation.
 */
export function convert(value: number, fromUnit: string, toUnit: string, invocation?: CustomFunctions.StreamingInvocation<number>): void {
  live(invocation, (q) => q.convert(value, fromUnit, toUnit));
}

/**
 * Change against the previous year, as a fraction: (this year − last year) / last year.
 * @customfunction YOY
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param metric Metric: id, name, Chinese name or framework code.
 * @param [year] Reporting year. Left out: the latest year with data.
 * @param invocation Streaming invocation.
 */
export function yearOnYear(company: string, metric: string, year?: number, invocation?: CustomFunctions.StreamingInvocation<number>): void {
  live(invocation, (q) => q.yearOnYear(company, metric, year));
}

/**
 * One metric per unit of another, e.g. tCO2e per CNY million of revenue: =ESG.INTENSITY("JL MAG","ghg_total","revenue").
 * @customfunction INTENSITY
 * @streaming
 * @param company Company: legal name, short name, stock code, Chinese name or alias.
 * @param metric The numerator metric, e.g. "ghg_total".
 * @param perMetric The denominator metric, e.g. "revenue" or "employees_total".
 * @param [year] Reporting year. Left out: the latest year both metrics have.
 * @param [unit] Unit for the numerator. Left out: its metric's unit.
 * @param [perUnit] Unit for the denominator, e.g. "CNY 10,000". Left out: its metric's unit, money in millions.
 * @param invocation Streaming invocation.
 */
export function intensity(
  company: string,
  metric: string,
  perMetric: string,
  year?: number,
  unit?: string,
  perUnit?: string,
  invocation?: CustomFunctions.StreamingInvocation<number>,
): void {
  live(invocation, (q) => q.intensity(company, metric, perMetric, year, unit, perUnit));
}

/** Function ids as the metadata generates them (uppercased @customfunction ids) → implementations. */
export const FUNCTIONS = {
  METRIC: metricValue,
  SERIES: series,
  TABLE: table,
  COMPANIES: companies,
  METRICS: metrics,
  UNIT: unit,
  SOURCE: source,
  CONVERT: convert,
  YOY: yearOnYear,
  INTENSITY: intensity,
} as const;

if (typeof CustomFunctions !== "undefined") {
  for (const [id, implementation] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, implementation);
}
