import { readFileSync } from "node:fs";
import { LABEL_LEXICON, METRICS, findMetricsByText, getMetric, metricsByCategory } from "../../src/catalogue";
import { canonicalUnit } from "../../src/units";

interface ContractMetric {
  id: string;
  category: string;
  dimension: string;
  name: string;
  description: string;
  frameworks: string[];
}
interface Contract {
  dimensions: Record<string, { unit: string }>;
  metrics: ContractMetric[];
}

const CONTRACT: Contract = JSON.parse(readFileSync("/work/shared/esg-benchmark/metrics.json", "utf8"));

describe("catalogue mirrors the benchmark contract", () => {
  test.each(CONTRACT.metrics.map((m) => [m.id, m] as const))("%s", (id, contract) => {
    const metric = getMetric(id);
    expect(metric).toBeDefined();
    expect(metric).toMatchObject({
      id,
      category: contract.category,
      dimension: contract.dimension,
      name: contract.name,
      description: contract.description,
      frameworks: contract.frameworks,
      benchmark: true,
    });
    const unit = contract.dimension === "by_report" ? "MWh" : CONTRACT.dimensions[contract.dimension]!.unit;
    expect(metric!.unit).toBe(unit);
    expect(metric!.nameZh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("catalogue integrity", () => {
  test("ids are unique snake_case", () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });
  test("every metric has names, a description and a lexicon entry", () => {
    const lexiconIds = new Set(LABEL_LEXICON.map((e) => e.metric));
    for (const m of METRICS) {
      expect([m.id, m.name.length > 0, m.nameZh.length > 0, m.description.length > 0]).toEqual([m.id, true, true, true]);
      expect([m.id, lexiconIds.has(m.id)]).toEqual([m.id, true]);
    }
  });
  test("every lexicon entry names a catalogue metric, once", () => {
    const ids = LABEL_LEXICON.map((e) => e.metric);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect([id, getMetric(id) !== undefined]).toEqual([id, true]);
  });
  test("units are the canonical unit of the dimension; intensities carry their parts", () => {
    for (const m of METRICS) {
      if (m.dimension === "intensity") {
        expect(m.intensity).toBeDefined();
        expect(m.unit).toBe(`${canonicalUnit(m.intensity!.numerator)}/${m.intensity!.denominator}`);
      } else if (m.dimension === "by_report") {
        expect(m.unit).toBe("MWh");
      } else {
        expect([m.id, m.unit]).toEqual([m.id, canonicalUnit(m.dimension)]);
        expect(m.intensity).toBeUndefined();
      }
    }
  });
  test("framework codes look like HKEX A1.2 / GRI 305-1", () => {
    for (const m of METRICS) for (const f of m.frameworks) expect(f).toMatch(/^(?:HKEX [AB]\d(?:\.\d)?|GRI \d{1,3}(?:-\d{1,2})?)$/);
  });
  test("the extra metrics analysts asked for exist", () => {
    for (const id of ["ghg_intensity_revenue", "energy_intensity", "water_intensity", "employees_under_30", "employees_30_50", "employees_over_50", "turnover_rate_male", "turnover_rate_female", "ghg_scope3_cat1", "ghg_scope3_cat4", "ghg_scope3_cat6", "ghg_scope3_cat7", "water_recycled", "waste_recycled", "waste_recycling_rate", "local_supplier_ratio", "female_managers_ratio", "ltifr", "hydro_electricity_share", "solar_electricity_share", "renewable_energy_ratio", "employees_trained_ratio_male", "employees_trained_ratio_female", "anticorruption_training_hours"]) {
      expect([id, getMetric(id) !== undefined]).toEqual([id, true]);
    }
    expect(getMetric("ghg_intensity_revenue")).toMatchObject({ dimension: "intensity", unit: "tCO2e/CNY million", intensity: { numerator: "ghg", denominator: "CNY million" } });
  });
});

describe("getMetric / metricsByCategory", () => {
  test("getMetric", () => {
    expect(getMetric("ghg_scope1")?.frameworks).toEqual(["HKEX A1.2", "GRI 305-1"]);
    expect(getMetric("nope")).toBeUndefined();
  });
  test("metricsByCategory", () => {
    expect(metricsByCategory().length).toBe(METRICS.length);
    const e = metricsByCategory("E");
    expect(e.every((m) => m.category === "E")).toBe(true);
    expect(e.map((m) => m.id)).toContain("ghg_total");
    expect(metricsByCategory("G").map((m) => m.id)).toContain("rd_investment");
    expect(metricsByCategory("E").length + metricsByCategory("S").length + metricsByCategory("G").length).toBe(METRICS.length);
  });
});

describe("findMetricsByText", () => {
  const top = (q: string) => findMetricsByText(q)[0];
  test.each([
    ["ghg_scope1", "ghg_scope1", "id"],
    ["GHG_SCOPE1", "ghg_scope1", "id"],
    ["Scope 1", "ghg_scope1", "label"],
    ["scope1", "ghg_scope1", "label"],
    ["范围一排放", "ghg_scope1", "label"],
    ["GRI 305-1", "ghg_scope1", "framework"],
    ["gri305-1", "ghg_scope1", "framework"],
    ["Total GHG emissions", "ghg_total", "name"],
    ["温室气体排放总量", "ghg_total", "name"],
    ["用水量", "water_consumption", "label"],
    ["员工总数", "employees_total", "name"],
    ["R&D investment", "rd_investment", "id"],
    ["HKEX B7.1", "corruption_cases", "framework"],
  ])("%s → %s (%s)", (query, id, kind) => {
    expect(top(query)).toMatchObject({ metric: { id }, matchedOn: kind });
  });
  test("a shared HKEX code lists all its metrics", () => {
    const ids = findMetricsByText("A1.2").map((r) => r.metric.id);
    expect(ids).toEqual(expect.arrayContaining(["ghg_total", "ghg_scope1", "ghg_scope2"]));
  });
  test("free text falls back to names and descriptions", () => {
    const ids = findMetricsByText("water").map((r) => r.metric.id);
    expect(ids).toContain("water_consumption");
  });
  test("nothing for empty or unknown input", () => {
    expect(findMetricsByText("")).toEqual([]);
    expect(findMetricsByText("zzqqxx")).toEqual([]);
  });
  test("results are sorted by score", () => {
    const scores = findMetricsByText("A1.2").map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
