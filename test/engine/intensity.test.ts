/**
 * Intensity metrics (tCO2e per CNY million, MWh per CNY million, m3 per tonne of product …): emitted
 * in the metric's canonical unit when the printed unit converts to it, and not at all otherwise.
 */
import { Dataset } from "../../src/dataset/dataset";
import { defaultReference } from "../../src/dataset/defaultReference";
import { EsgQueries } from "../../src/dataset/queries";
import type { QueryResult } from "../../src/dataset/results";
import { INTENSITY_OF, getMetric } from "../../src/catalogue";
import { convertValue } from "../../src/units";
import { extract } from "./helpers";

const isIntensity = (metric: string) => getMetric(metric)?.dimension === "intensity";

/** Every record of a text as "metric year value unit", sorted. */
const records = (text: string) =>
  extract(text)
    .records.map((r) => `${r.metric} ${r.year} ${r.value} ${r.unit}`)
    .sort();
const intensities = (text: string) => records(text).filter((r) => isIntensity(r.split(" ")[0]));
/** One intensity row in a table of one year. */
const row = (label: string, unit: string, value: string) => `Indicator\tUnit\t2024\n${label}\t${unit}\t${value}`;

describe("intensity labels with a printed unit", () => {
  test("per RMB 10,000 → per CNY million ×100, the reported value and unit as printed", () => {
    const r = extract(row("GHG emission intensity", "tCO2e/RMB 10,000", "0.52")).records;
    expect(r).toEqual([
      expect.objectContaining({ metric: "ghg_intensity_revenue", year: 2024, value: 52, unit: "tCO2e/CNY million", reported: { value: 0.52, unit: "tCO2e/RMB 10,000", text: "0.52" } }),
    ]);
  });

  test.each([
    ["per RMB 100 million ÷100", "GHG emission intensity", "tCO2e/RMB 100 million", "1,250", "ghg_intensity_revenue 2024 12.5 tCO2e/CNY million"],
    ["per 亿元 ÷100", "温室气体排放强度", "吨二氧化碳当量/亿元", "830", "ghg_intensity_revenue 2024 8.3 tCO2e/CNY million"],
    ["per RMB'000 ×1000", "GHG emission intensity per RMB 1,000 of revenue", "tCO2e/RMB'000", "0.015", "ghg_intensity_revenue 2024 15 tCO2e/CNY million"],
    ["per RMB million as printed", "GHG emissions per RMB million revenue", "tCO2e/RMB million", "9.86", "ghg_intensity_revenue 2024 9.86 tCO2e/CNY million"],
    ["kg per yuan ×1000", "Carbon emission intensity", "kgCO2e/RMB", "0.02", "ghg_intensity_revenue 2024 20 tCO2e/CNY million"],
    ["a plain tonne on a GHG intensity is tCO2e", "碳排放强度", "吨/万元", "0.31", "ghg_intensity_revenue 2024 31 tCO2e/CNY million"],
    ["tce per 10,000 yuan → MWh per CNY million", "单位营业收入综合能耗", "吨标准煤/万元", "0.05", "energy_intensity 2024 40.705 MWh/CNY million"],
    ["kWh per CNY 10,000", "Purchased electricity consumption intensity", "kWh/CNY10,000 revenue", "483.87", "electricity_intensity 2024 48.387 MWh/CNY million"],
    ["English revenue wording", "Energy consumption per RMB 10,000 of revenue", "MWh/RMB 10,000", "0.3", "energy_intensity 2024 30 MWh/CNY million"],
    ["tonnes of water are m3", "Water consumption intensity", "tonnes/RMB 10,000", "1.2", "water_intensity 2024 120 m3/CNY million"],
    ["Chinese water intensity", "单位营业收入用水量", "立方米/万元", "0.85", "water_intensity 2024 85 m3/CNY million"],
    ["hazardous waste per RMB million", "Hazardous waste intensity", "tonnes/RMB mn", "0.0044", "waste_hazardous_intensity 2024 0.0044 t/CNY million"],
    ["non-hazardous waste, Chinese", "一般固体废物产生强度", "千克/万元", "2.5", "waste_nonhazardous_intensity 2024 0.25 t/CNY million"],
    ["wastewater per tonne of product", "Wastewater discharge intensity", "m3/t product", "1.5", "wastewater_intensity 2024 1.5 m3/t product"],
    ["packaging kg per tonne of product", "Packaging material intensity", "kg/tonne of products", "30.1", "packaging_intensity 2024 0.0301 t/t product"],
  ])("%s", (_name, label, unit, value, expected) => {
    expect(records(row(label, unit, value))).toEqual([expected]);
  });

  test("a GHG intensity printed per tonne of product is the per-product metric", () => {
    expect(records(row("GHG emission intensity", "tCO2e/t product", "0.118"))).toEqual(["ghg_intensity_product 2024 0.118 tCO2e/t product"]);
    expect(records(row("GHG emissions intensity", "tCO2e/tonne of products", "0.118"))).toEqual(["ghg_intensity_product 2024 0.118 tCO2e/t product"]);
  });

  test.each([
    ["HK$: no exchange rate", "GHG emission intensity", "tCO2e/HK$ million", "2.1"],
    ["HKD", "Energy intensity", "MWh/HKD million", "2.1"],
    ["USD", "Water intensity", "m3/USD million", "2.1"],
    ["per employee", "GHG emission intensity", "tCO2e/employee", "5.2"],
    ["人均 (per capita) is not per revenue", "人均温室气体排放量", "吨/人", "3"],
    ["per capita label with a revenue unit", "Carbon intensity per capita", "tCO2e/RMB 10,000", "3"],
    ["per employee label with a revenue unit", "Energy consumption per employee", "MWh/RMB 10,000", "3"],
    ["per m² floor area", "GHG emission intensity", "tCO2e/m²", "0.05"],
    ["missing unit", "GHG emission intensity", "", "0.52"],
    ["a plain unit: a total, not an intensity", "GHG emission intensity", "tCO2e", "1,000"],
    ["numerator of another dimension (MWh on a GHG intensity)", "GHG emission intensity", "MWh/RMB 10,000", "0.52"],
    ["numerator of another dimension (tonnes on an energy intensity)", "Energy intensity", "t/RMB 10,000", "0.52"],
    ["a percentage", "GHG emission intensity", "%", "5.2%"],
    ["currency not printed (per million revenue)", "GHG emission intensity", "tCO2e/million revenue", "9.8"],
    ["energy per tonne of product: no catalogue metric for that base", "Energy intensity", "MWh/t product", "0.8"],
    ["water per tonne of product: no catalogue metric for that base", "Water consumption intensity", "m3/t product", "0.8"],
    ["wastewater per revenue: no catalogue metric for that base", "Wastewater discharge intensity", "m3/RMB 10,000", "0.8"],
    ["an unknown base (unit of product)", "GHG emission intensity", "tCO2e/unit of product", "0.8"],
    ["a label naming product with a revenue unit", "Carbon emission per unit of product", "tCO2e/RMB 10,000", "0.8"],
  ])("refused: %s", (_name, label, unit, value) => {
    expect(records(row(label, unit, value))).toEqual([]);
  });

  test("never an intensity into a total, never a total into an intensity", () => {
    const t = "Indicator\tUnit\t2024\nTotal GHG emissions\ttCO2e/RMB 10,000\t0.52\nGHG emission intensity\ttCO2e\t12,000\nTotal energy consumption\tMWh\t5,000\nEnergy intensity\tMWh/RMB 10,000\t0.3";
    expect(records(t)).toEqual(["energy_intensity 2024 30 MWh/CNY million", "energy_total 2024 5000 MWh"]);
  });

  test("a table's unit (单位：吨) is not an intensity's", () => {
    const t = "单位：吨\n指标\t2024\t2023\n有害废弃物\t120\t110\n有害废弃物排放强度\t0.5\t0.6";
    expect(records(t)).toEqual(["waste_hazardous 2023 110 t", "waste_hazardous 2024 120 t"]);
  });

  test("gender rows after an intensity row still belong to the total above it", () => {
    const t = "Indicator\tUnit\t2024\nNumber of employees\tPerson\t1,000\nEmployee intensity\tpersons/RMB million\t0.5\nMale\tPerson\t600\nFemale\tPerson\t400";
    expect(records(t)).toEqual(["employees_female 2024 400 count", "employees_male 2024 600 count", "employees_total 2024 1000 count"]);
  });
});

describe("Total | Intensity sub-columns under each year", () => {
  const header = (intensityHead: string) => `\t2025\t\t2024\nIndicator\tTotal\t${intensityHead}\tTotal\t${intensityHead}`;

  test("the intensity beside a total row's figure is the total's intensity metric, in the head's unit", () => {
    const t = `Table A1 GHG emissions and intensity\n${header("Intensity (tCO2e/亿元)")}\nScope 1 GHG emissions (tCO2e)\t18,420.6\t152\t17,985.3\t161\nTotal GHG emissions (tCO2e)\t160,727.4\t1,328\t149,537.3\t1,339`;
    expect(records(t)).toEqual([
      "ghg_intensity_revenue 2024 13.39 tCO2e/CNY million",
      "ghg_intensity_revenue 2025 13.28 tCO2e/CNY million",
      "ghg_scope1 2024 17985.3 tCO2e",
      "ghg_scope1 2025 18420.6 tCO2e",
      "ghg_total 2024 149537.3 tCO2e",
      "ghg_total 2025 160727.4 tCO2e",
    ]);
    const r = extract(t).records.find((x) => x.metric === "ghg_intensity_revenue" && x.year === 2025);
    expect(r?.reported).toEqual({ value: 1328, unit: "tCO2e/亿元", text: "1,328" });
  });

  test("each row's own numerator: energy and water rows give their intensities, a unit of another numerator none", () => {
    const t = `Table A3 Energy and water\n${header("Intensity (MWh/RMB million)")}\nTotal energy consumption (MWh)\t268,540\t22.18\t249,105\t22.31\nTotal GHG emissions (tCO2e)\t1,000\t0.5\t900\t0.4`;
    expect(intensities(t)).toEqual(["energy_intensity 2024 22.31 MWh/CNY million", "energy_intensity 2025 22.18 MWh/CNY million"]);
  });

  test("a bare 'Intensity' head takes the one ratio unit the caption prints", () => {
    const t = `GHG emissions (tCO2e) and intensity (tCO2e/RMB million)\n${header("Intensity")}\nTotal GHG emissions (tCO2e)\t1,000\t2.5\t900\t2.4`;
    expect(intensities(t)).toEqual(["ghg_intensity_revenue 2024 2.4 tCO2e/CNY million", "ghg_intensity_revenue 2025 2.5 tCO2e/CNY million"]);
  });

  test("sub-columns named by units (tCO2e | tCO2e/RMB'000)", () => {
    const t = `Emissions\n${header("tCO2e/RMB'000").replace(/Total/g, "tCO2e")}\nTotal GHG emissions\t1,000\t0.0025\t900\t0.0024`;
    expect(records(t)).toEqual(["ghg_intensity_revenue 2024 2.4 tCO2e/CNY million", "ghg_intensity_revenue 2025 2.5 tCO2e/CNY million", "ghg_total 2024 900 tCO2e", "ghg_total 2025 1000 tCO2e"]);
  });

  test("per tonne of product: the per-product GHG metric", () => {
    const t = `Emissions\n${header("Intensity (tCO2e/t product)")}\nTotal GHG emissions (tCO2e)\t1,000\t2.5\t900\t2.4`;
    expect(intensities(t)).toEqual(["ghg_intensity_product 2024 2.4 tCO2e/t product", "ghg_intensity_product 2025 2.5 tCO2e/t product"]);
  });

  test.each([
    ["no unit anywhere (a footnote below the table is not read)", "Table A1 GHG emissions and intensity", "Intensity¹"],
    ["HK$ million", "Emissions", "Intensity (tCO2e/HK$ million)"],
    ["per employee", "Emissions", "Intensity (tCO2e/employee)"],
    ["a share, not an intensity", "Emissions", "Share (%)"],
  ])("nothing from the sub-column: %s", (_name, caption, head) => {
    const t = `${caption}\n${header(head)}\nTotal GHG emissions (tCO2e)\t1,000\t2.5\t900\t2.4`;
    expect(records(t)).toEqual(["ghg_total 2024 900 tCO2e", "ghg_total 2025 1000 tCO2e"]);
  });

  test("a Scope 1 row's intensity is not the total's intensity", () => {
    const t = `Emissions\n${header("Intensity (tCO2e/RMB million)")}\nScope 1 GHG emissions (tCO2e)\t1,000\t2.5\t900\t2.4`;
    expect(intensities(t)).toEqual([]);
  });

  test("space rows: Total Intensity under each year", () => {
    const t = "GHG emissions (tCO2e) and intensity (tCO2e/RMB million)\nIndicator 2024 2023\nTotal Intensity Total Intensity\nTotal GHG emissions (tCO2e) 1,000 2.5 900 2.4";
    expect(records(t)).toEqual(["ghg_intensity_revenue 2023 2.4 tCO2e/CNY million", "ghg_intensity_revenue 2024 2.5 tCO2e/CNY million", "ghg_total 2023 900 tCO2e", "ghg_total 2024 1000 tCO2e"]);
  });
});

describe("intensity records in the dataset and ESG.METRIC", () => {
  const report = extract(row("GHG emission intensity", "tCO2e/RMB 10,000", "0.52"));
  const q = new EsgQueries(Dataset.fromReports([{ company: { name: "Test Co", aliases: [] }, records: report.records, document: "t.txt" }]), defaultReference());
  const value = <T>(result: QueryResult<T>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  test("the canonical unit with '/' is kept and converts to another base of the same currency", () => {
    expect(value(q.metricValue("Test Co", "ghg_intensity_revenue", 2024))).toBe(52);
    expect(value(q.unit("ghg_intensity_revenue"))).toBe("tCO2e/CNY million");
    expect(value(q.metricValue("Test Co", "ghg_intensity_revenue", 2024, "tCO2e/RMB 10,000"))).toBe(0.52);
    expect(value(q.metricValue("Test Co", "ghg_intensity_revenue", 2024, "kgCO2e/万元"))).toBe(520);
    expect(value(q.metricValue("Test Co", "GHG emission intensity", 2024))).toBe(52);
  });

  test("another currency or a total unit is refused with a reason", () => {
    const hkd = q.metricValue("Test Co", "ghg_intensity_revenue", 2024, "tCO2e/HKD million");
    expect(hkd.ok).toBe(false);
    if (!hkd.ok) expect(hkd.error.message).toMatch(/Cannot convert "tCO2e\/CNY million" to "tCO2e\/HKD million"/);
    const total = q.metricValue("Test Co", "ghg_intensity_revenue", 2024, "tCO2e");
    expect(total.ok).toBe(false);
    if (!total.ok) expect(total.error.message).toMatch(/intensity/);
  });

  test("convertValue between intensity units", () => {
    expect(convertValue(52, "tCO2e/CNY million", "tCO2e/RMB 10,000")).toBeCloseTo(0.52, 12);
    expect(convertValue(0.05, "吨标准煤/万元", "MWh/CNY million")).toBeCloseTo(40.705, 9);
    expect(() => convertValue(1, "tCO2e/CNY million", "tCO2e/employee")).toThrow(/Cannot convert/);
  });
});

test("INTENSITY_OF: a total → intensity metrics whose numerator is the total's dimension, one per base", () => {
  for (const [total, ids] of Object.entries(INTENSITY_OF)) {
    const dimension = getMetric(total)?.dimension;
    expect(dimension).toBeDefined();
    expect(dimension).not.toBe("intensity");
    const bases = ids.map((id) => getMetric(id)?.intensity?.denominator);
    expect(new Set(bases).size).toBe(ids.length);
    for (const id of ids) expect(getMetric(id)).toMatchObject({ dimension: "intensity", intensity: { numerator: dimension } });
  }
});

describe("intensities in prose", () => {
  const pre = "This report covers the period from January 1, 2024 to December 31, 2024.\n\n";
  test("a sentence naming the intensity with a convertible unit", () => {
    expect(records(`${pre}In 2024, the Company's GHG emission intensity was 0.52 tCO2e/RMB 10,000 of revenue.`)).toEqual(["ghg_intensity_revenue 2024 52 tCO2e/CNY million"]);
    expect(records(`${pre}2024年，公司单位营业收入综合能耗为0.05吨标准煤/万元，同比下降5%。`)).toEqual(["energy_intensity 2024 40.705 MWh/CNY million"]);
  });
  test("changes, targets and per-employee figures are not intensities of the year", () => {
    expect(records(`${pre}In 2024, GHG emission intensity decreased by 0.05 tCO2e/RMB 10,000 compared with 2023.`)).toEqual([]);
    expect(records(`${pre}The Company aims to reduce its GHG emission intensity to 0.40 tCO2e/RMB 10,000 by 2030.`)).toEqual([]);
    expect(records(`${pre}In 2024, GHG emissions per employee were 5.2 tCO2e.`)).toEqual([]);
  });
});
