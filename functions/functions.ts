/* Excel custom functions, namespace ESG (see manifest.xml). Placeholder wiring: the dataset-backed
   implementation replaces the in-memory map. */

const memory = new Map<string, number>([["jl mag|ghg_scope1|2024", 6436.68]]);

/**
 * Returns a company's ESG metric for a year, in the metric's canonical unit.
 * @customfunction
 * @param company Company name, short name or stock code.
 * @param metric Metric id, e.g. "ghg_scope1".
 * @param [year] Reporting year; the latest year with data when omitted.
 * @param [unit] Unit to convert to.
 * @returns The value.
 */
export function metric(company: string, metric: string, year?: number, unit?: string): number {
  void unit;
  const value = memory.get(`${company.toLowerCase()}|${metric}|${year ?? 2024}`);
  if (value === undefined) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "No data");
  return value;
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("METRIC", metric);
}
