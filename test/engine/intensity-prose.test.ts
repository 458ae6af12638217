/**
 * Intensity figures in running text and highlight cards: a figure followed by a ratio unit ("tce per
 * RMB 10,000 of revenue", "m³/RMB'000", "吨二氧化碳当量/万元") is read with the whole ratio as its unit,
 * so a label naming an intensity metric gives the value in the metric's canonical unit. Totals never
 * take a ratio, per-capita intensities stay refused, and approximations, changes and targets are not values.
 */
import { extract } from "./helpers";

/** A report-year line, so undated sentences and cards have a year. */
const HEAD = "2024 Environmental, Social and Governance Report\n\n";
const records = (text: string) =>
  extract(HEAD + text)
    .records.map((r) => `${r.metric} ${r.year} ${r.value} ${r.unit}`)
    .sort();

describe("English sentences", () => {
  test.each([
    ["tce per RMB 10,000 of revenue → MWh/CNY million", "In 2024, our energy intensity was 0.085 tce per RMB 10,000 of revenue.", "energy_intensity 2024 69.1985 MWh/CNY million"],
    ["m³/RMB'000", "In 2024, we achieved a water intensity of 1.9 m³/RMB'000.", "water_intensity 2024 1900 m3/CNY million"],
    ["a year after the ratio is the year, not part of the unit", "GHG emission intensity stood at 0.52 tCO2e/RMB 10,000 in 2023.", "ghg_intensity_revenue 2023 52 tCO2e/CNY million"],
    ["per RMB million of revenue", "In 2024, carbon intensity reached 0.41 tCO2e per RMB million of revenue.", "ghg_intensity_revenue 2024 0.41 tCO2e/CNY million"],
    ["per RMB 100 million", "In 2024, GHG emission intensity was 12.5 tCO2e per RMB 100 million.", "ghg_intensity_revenue 2024 0.125 tCO2e/CNY million"],
    ["tonnes of waste per RMB million", "Hazardous waste intensity was 0.0044 tonnes per RMB million in 2024.", "waste_hazardous_intensity 2024 0.0044 t/CNY million"],
    ["kWh per RMB 10,000", "In 2024, electricity consumption intensity was 48.4 kWh/RMB 10,000.", "electricity_intensity 2024 4.84 MWh/CNY million"],
    ["a long ratio: tonnes of CO2e per RMB 10,000 (never cut before its scale)", "In 2024, GHG emission intensity was 0.41 tonnes of CO2e per RMB 10,000.", "ghg_intensity_revenue 2024 41 tCO2e/CNY million"],
    ["per RMB 1 million of revenue (never per RMB alone)", "In 2024, GHG emission intensity was 0.41 tCO2e per RMB 1 million of revenue.", "ghg_intensity_revenue 2024 0.41 tCO2e/CNY million"],
    ["per 10,000 yuan of revenue", "In 2024, GHG emission intensity was 0.41 tCO2e per 10,000 yuan of revenue.", "ghg_intensity_revenue 2024 41 tCO2e/CNY million"],
    ["tce/10,000 yuan", "In 2024, energy intensity was 0.05 tce/10,000 yuan.", "energy_intensity 2024 40.705 MWh/CNY million"],
    ["cubic metres per RMB 10,000 of revenue", "The Group's water intensity was 0.85 cubic metres per RMB 10,000 of revenue in 2024.", "water_intensity 2024 85 m3/CNY million"],
  ])("%s", (_name, text, expected) => {
    expect(records(text)).toEqual([expected]);
  });

  test("a total and its intensity in one sentence: each its own unit", () => {
    expect(records("In 2024, total energy consumption was 52,300 MWh, and energy intensity was 0.3 MWh per RMB 10,000 of revenue.")).toEqual([
      "energy_intensity 2024 30 MWh/CNY million",
      "energy_total 2024 52300 MWh",
    ]);
  });

  test("the reported unit is the ratio as printed", () => {
    const r = extract(`${HEAD}In 2024, our energy intensity was 0.085 tce per RMB 10,000 of revenue.`).records;
    expect(r).toEqual([expect.objectContaining({ metric: "energy_intensity", reported: { value: 0.085, unit: "tce per RMB 10,000 of revenue", text: "0.085" } })]);
  });
});

describe("Chinese sentences", () => {
  test.each([
    ["吨二氧化碳当量/万元", "2024年，公司单位营业收入温室气体排放强度为0.31吨二氧化碳当量/万元。", "ghg_intensity_revenue 2024 31 tCO2e/CNY million"],
    ["吨标准煤/万元 → MWh", "2024年，单位营业收入综合能耗为0.05吨标准煤/万元，", "energy_intensity 2024 40.705 MWh/CNY million"],
    ["立方米/万元营业收入, the report's year", "报告期内，公司用水强度为0.85立方米/万元营业收入。", "water_intensity 2024 85 m3/CNY million"],
    ["千克二氧化碳当量/万元 (an eight-character numerator)", "2024年，温室气体排放强度为830千克二氧化碳当量/万元。", "ghg_intensity_revenue 2024 83 tCO2e/CNY million"],
    ["千瓦时/万元", "2024年，单位营业收入用电量为48.4千瓦时/万元。", "electricity_intensity 2024 4.84 MWh/CNY million"],
    ["/亿元营收", "2024年，温室气体排放强度为12.5吨二氧化碳当量/亿元营收。", "ghg_intensity_revenue 2024 0.125 tCO2e/CNY million"],
    ["/百万元", "2024年碳排放强度为1.25吨二氧化碳当量/百万元。", "ghg_intensity_revenue 2024 1.25 tCO2e/CNY million"],
    ["吨/万元 on a waste intensity", "2024年，有害废弃物排放强度为0.005吨/万元。", "waste_hazardous_intensity 2024 0.5 t/CNY million"],
  ])("%s", (_name, text, expected) => {
    expect(records(text)).toEqual([expected]);
  });

  test("a total and its intensity in one sentence", () => {
    expect(records("2024年，公司温室气体排放总量为38,652.4吨二氧化碳当量，单位营业收入温室气体排放强度为0.31吨二氧化碳当量/万元。")).toEqual([
      "ghg_intensity_revenue 2024 31 tCO2e/CNY million",
      "ghg_total 2024 38652.4 tCO2e",
    ]);
  });

  test("the reported unit is the ratio as printed", () => {
    const r = extract(`${HEAD}2024年，公司单位营业收入温室气体排放强度为0.31吨二氧化碳当量/万元。`).records;
    expect(r).toEqual([expect.objectContaining({ reported: { value: 0.31, unit: "吨二氧化碳当量/万元", text: "0.31" } })]);
  });
});

describe("highlight cards", () => {
  test.each([
    ["Chinese card", "温室气体排放强度\n\n0.31吨二氧化碳当量/万元\n", "ghg_intensity_revenue 2024 31 tCO2e/CNY million"],
    ["MWh/RMB million", "Energy intensity\n\n8.5 MWh/RMB million\n", "energy_intensity 2024 8.5 MWh/CNY million"],
    ["立方米/万元", "用水强度\n\n0.85立方米/万元\n", "water_intensity 2024 85 m3/CNY million"],
    ["tonnes per RMB million", "Non-hazardous waste intensity\n\n0.12 tonnes per RMB million\n", "waste_nonhazardous_intensity 2024 0.12 t/CNY million"],
  ])("%s", (_name, text, expected) => {
    expect(records(text)).toEqual([expected]);
  });
});

describe("refused", () => {
  test.each([
    ["about (English)", "In 2024, our GHG emission intensity was about 0.52 tCO2e/RMB 10,000."],
    ["约 (Chinese)", "2024年，单位营业收入温室气体排放强度约为0.31吨二氧化碳当量/万元。"],
    ["a change (English)", "In 2024, GHG emission intensity decreased by 0.02 tCO2e/RMB 10,000."],
    ["a change (Chinese, 下降)", "2024年，单位营业收入温室气体排放强度同比下降0.02吨二氧化碳当量/万元。"],
    ["a reduction (Chinese, 减少)", "2024年，单位营业收入温室气体排放强度较上年减少0.02吨二氧化碳当量/万元。"],
    ["a target (English)", "By 2030, we aim to reduce GHG emission intensity to 0.30 tCO2e/RMB 10,000."],
    ["a target (Chinese)", "公司目标到2030年单位营业收入温室气体排放强度降至0.25吨二氧化碳当量/万元。"],
    ["per employee", "In 2024, GHG emissions per employee were 5.2 tCO2e per employee."],
    ["per capita (English)", "Energy consumption per capita was 1.2 MWh per person in 2024."],
    ["人均 (Chinese)", "2024年，人均温室气体排放量为3.2吨二氧化碳当量/人。"],
    ["HK$: no exchange rate", "GHG emission intensity was 2.1 tCO2e/HK$ million in 2024."],
    ["currency not printed", "GHG emission intensity was 9.8 tCO2e per million revenue in 2024."],
    ["a base the parser does not know (per RMB 5 million), never cut to per RMB", "In 2024, GHG emission intensity was 0.41 tCO2e per RMB 5 million."],
    ["an unknown base", "In 2024, GHG emission intensity was 0.8 tCO2e per unit of product."],
    ["a total label with a ratio unit (English)", "Total GHG emissions were 52 tCO2e/RMB 10,000 in 2024."],
    ["a total label with a ratio unit (Chinese)", "2024年，综合能耗为0.05吨标准煤/万元。"],
    ["a total per employee", "In 2024, total energy consumption was 3,200 kWh per employee."],
    ["water withdrawal per employee", "2024年，总用水量为12.5立方米/人。"],
  ])("%s", (_name, text) => {
    expect(records(text)).toEqual([]);
  });

  test("an annual amount stays a total (tonnes per year)", () => {
    expect(records("In 2024, total hazardous waste generated was 120 tonnes per year.")).toEqual(["waste_hazardous 2024 120 t"]);
  });
});

describe("Latin units inside Chinese sentences", () => {
  test.each([
    ["m³ (a digit after a letter stays in the unit)", "2024年，公司用水总量为88,400 m³，主要来自市政供水。", "water_consumption 2024 88400 m3"],
    ["m3 glued to the figure", "报告期内，公司新鲜水用量为7,250m3。", "water_consumption 2024 7250 m3"],
    ["m3 over a Chinese base", "2024年，单位营业收入用水量为0.8 m3/万元。", "water_intensity 2024 80 m3/CNY million"],
  ])("%s", (_name, text, expected) => {
    expect(records(text)).toEqual([expected]);
  });
});
