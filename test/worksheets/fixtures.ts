/**
 * Test fixtures from the benchmark's gold file for JL MAG's 2024 ESG report (002_jlmag_2024.json):
 * real values, units, printed figures and line numbers.
 */
import { catalogueFromList, type MetricInfo } from "../../src/worksheets/metrics";
import type { RecordStatus } from "../../src/dataset/schema";
import type { ImportedReport, ReviewedRecord } from "../../src/worksheets/types";

export const TEST_METRICS: MetricInfo[] = [
  { id: "ghg_total", name: "Total GHG emissions", category: "E", unit: "tCO2e" },
  { id: "ghg_scope1", name: "Scope 1 (direct) GHG emissions", category: "E", unit: "tCO2e" },
  { id: "ghg_scope2", name: "Scope 2 (energy indirect) GHG emissions", category: "E", unit: "tCO2e" },
  { id: "energy_total", name: "Total energy consumption", category: "E", unit: "MWh" },
  { id: "energy_direct", name: "Direct energy consumption", category: "E", unit: "MWh" },
  { id: "energy_indirect", name: "Indirect energy consumption", category: "E", unit: "MWh" },
  { id: "env_investment", name: "Environmental protection investment", category: "E", unit: "CNY" },
  { id: "employees_total", name: "Total employees", category: "S", unit: "count" },
  { id: "employees_female", name: "Female employees", category: "S", unit: "count" },
  { id: "employees_male", name: "Male employees", category: "S", unit: "count" },
  { id: "female_employee_ratio", name: "Share of female employees", category: "S", unit: "%" },
  { id: "corruption_cases", name: "Concluded corruption cases", category: "G", unit: "count" },
];
export const TEST_CATALOGUE = catalogueFromList(TEST_METRICS);

type GoldFact = [metric: string, year: number, value: number, unit: string, printed: number, printedUnit: string, line: number];

/** [metric, year, canonical value, unit, printed value, printed unit, line] */
export const JLMAG_FACTS: GoldFact[] = [
  ["ghg_total", 2023, 83512, "tCO2e", 83512, "tCO2e", 2754],
  ["ghg_total", 2024, 175552.38, "tCO2e", 175552.38, "tCO2e", 2754],
  ["ghg_scope1", 2023, 4052, "tCO2e", 4052, "tCO2e", 2755],
  ["ghg_scope1", 2024, 6436.68, "tCO2e", 6436.68, "tCO2e", 2755],
  ["ghg_scope2", 2023, 79460, "tCO2e", 79460, "tCO2e", 2756],
  ["ghg_scope2", 2024, 169115.7, "tCO2e", 169115.7, "tCO2e", 2756],
  ["env_investment", 2024, 16836800, "CNY", 1683.68, "RMB 10,000", 2810],
  ["employees_total", 2024, 6639, "count", 6639, "persons", 2846],
  ["employees_female", 2024, 2052, "count", 2052, "persons", 2848],
  ["employees_male", 2024, 4587, "count", 4587, "persons", 2847],
  ["female_employee_ratio", 2024, 30.91, "%", 30.91, "%", 2860],
  ["corruption_cases", 2024, 0, "count", 0, "items", 2991],
];

export const JLMAG_FILE = "jlmag_2024_esg.pdf";

export function record(fact: GoldFact, status: RecordStatus = "extracted"): ReviewedRecord {
  const [metric, year, value, unit, printed, printedUnit, line] = fact;
  return {
    metric,
    year,
    value,
    unit,
    reported: { value: printed, unit: printedUnit },
    source: { line, page: Math.ceil(line / 50), text: `${metric} ${year} ${printed} ${printedUnit}`, document: JLMAG_FILE },
    confidence: 0.9,
    status,
  };
}

export function jlmagReport(overrides: Partial<ImportedReport> = {}, facts: GoldFact[] = JLMAG_FACTS): ImportedReport {
  return {
    document: { fileName: JLMAG_FILE, format: "pdf", pageCount: 120 },
    company: { name: "JL MAG Rare-Earth Co., Ltd.", shortName: "JL MAG", stockCode: "300748", aliases: ["JL MAG", "金力永磁"] },
    reportYear: 2024,
    records: facts.map((fact) => record(fact)),
    importedAt: "2025-03-01T10:00:00.000Z",
    ...overrides,
  };
}

/** A synthetic report of `count` records spread over companies, metrics and years (for the batching and bench figures). */
export function syntheticReports(count: number, companies = 10): ImportedReport[] {
  const perCompany = Math.ceil(count / companies);
  const years = [2019, 2020, 2021, 2022, 2023, 2024];
  return Array.from({ length: companies }, (_, c) => {
    const records: ReviewedRecord[] = [];
    for (let i = 0; i < perCompany && c * perCompany + i < count; i++) {
      const metric = TEST_METRICS[i % TEST_METRICS.length];
      const year = years[Math.floor(i / TEST_METRICS.length) % years.length];
      // Beyond 12 metrics × 6 years, extra ids keep the keys distinct.
      const round = Math.floor(i / (TEST_METRICS.length * years.length));
      const id = round === 0 ? metric.id : `${metric.id}_${round}`;
      records.push({
        metric: id,
        year,
        value: 1000 + i,
        unit: metric.unit,
        reported: { value: 1000 + i, unit: metric.unit },
        source: { line: i + 1, page: 1 + Math.floor(i / 40), text: `Row ${i} of company ${c}: ${metric.name} ${year}` },
        confidence: 0.8,
        status: "extracted",
      });
    }
    return {
      document: { fileName: `company_${c}_report.pdf`, format: "pdf" as const, pageCount: 100 },
      company: { name: `Company ${c} Holdings Ltd.`, aliases: [`Company ${c}`] },
      reportYear: 2024,
      records,
      importedAt: "2025-03-01T10:00:00.000Z",
    };
  });
}
