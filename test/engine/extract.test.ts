import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromText } from "../../src/document/types";
import { extractReport } from "../../src/extract";
import { extract, rec } from "./helpers";

const corpus = (f: string) => extractReport(documentFromText(readFileSync(join(__dirname, "../../../shared/corpus", f), "utf8"), f));

test("unit conversion: 10,000 kWh and CNY10,000", () => {
  const t = "Indicator\tUnit\t2022\t2023\nPV power generation\t10,000 KWH\t345\t1,038\nTotal R&D investment\tCNY10,000\t79,633\t114,540";
  expect(rec(t, "renewable_electricity_generated", 2023)).toMatchObject({ value: 10380, unit: "MWh" });
  expect(rec(t, "rd_investment", 2022)).toMatchObject({ value: 796330000, unit: "CNY", reported: { value: 79633, unit: "CNY10,000" } });
});
test("intensities are never totals", () => {
  const t = "Indicator\tUnit\t2021\nHazardous waste intensity\tton/10 thousands square meters\t4\nTotal hazardous waste produced\tton\t112";
  expect(extract(t).records.filter((r) => r.metric === "waste_hazardous")).toEqual([expect.objectContaining({ value: 112, year: 2021 })]);
});
test("gender rows under a headcount total become male/female employees; other breakdowns do not", () => {
  const t = "Indicator\t\tUnit\t2024\t2023\nNumber of employees\t\tPerson\t6,639\t5,461\nNumber of employees by gender\tMale\tPerson\t4,587\t3,711\n\tFemale\tPerson\t2,052\t1,750\nNumber of employees by age\t30 or below\tPerson\t2,108\t1,818";
  expect(rec(t, "employees_male", 2024)?.value).toBe(4587);
  expect(rec(t, "employees_female", 2023)?.value).toBe(1750);
  expect(rec(t, "employees_total", 2024)?.value).toBe(6639);
});
test("Chinese labels and units", () => {
  const t = "指标\t单位\t2023\n温室气体排放总量\t吨二氧化碳当量\t1,234\n综合能源消耗总量\t吨标准煤\t100";
  expect(rec(t, "ghg_total", 2023)?.value).toBe(1234);
  expect(rec(t, "energy_total", 2023)?.value).toBeCloseTo(814.1, 6);
});
test("prose sentence with bold figures", () => {
  const t = "In 2023, the Company's Board of Directors consists of **9** directors, including **3** independent directors and **2** women directors.";
  expect([rec(t, "board_size", 2023)?.value, rec(t, "independent_directors", 2023)?.value, rec(t, "female_directors", 2023)?.value]).toEqual([9, 3, 2]);
});
test("prose: targets and approximate bounds are not facts", () => {
  const t = "This report covers the period from January 1, 2023 to December 31, 2023.\n\nThe Company plans to reduce water consumption to 5,000 tonnes by 2025. Sales exceeded 1 billion yuan in 2017.";
  expect(extract(t).records).toEqual([]);
});
test("conflicting candidates: table wins, prose kept as alternative", () => {
  const t = "This report covers the period from January 1, 2024 to December 31, 2024.\n\nIn 2024, the total water consumption was 900 tonnes.\n\nIndicator\tUnit\t2024\nWater consumption\tTonne\t1,000";
  const r = rec(t, "water_consumption", 2024);
  expect(r).toMatchObject({ value: 1000, conflict: true, source: { line: 6 } });
  expect(r?.alternatives?.map((a) => a.value)).toEqual([900]);
});
test("company and report year", () => {
  const r = extract("Jetion Solar (China) Co., Ltd. (hereinafter referred to as \"Jetion Solar\")\nStock code: 300316\nThe Report covers the period from January 1, 2024 to December 31, 2024.");
  expect(r.company).toMatchObject({ name: "Jetion Solar (China) Co., Ltd.", shortName: "Jetion Solar", stockCode: "300316" });
  expect(r.reportYear).toBe(2024);
});
test("page numbers flow into provenance", () => {
  const doc = { fileName: "x.pdf", format: "pdf" as const, warnings: [], lines: [
    { text: "Indicator\tUnit\t2023", line: 1, page: 7 },
    { text: "Total GHG emissions\ttCO2e\t50", line: 2, page: 7 },
  ] };
  expect(extractReport(doc).records[0].source).toMatchObject({ line: 2, page: 7 });
});
test("corpus: JL MAG scope 1 2024 from line 2755", () => {
  const r = corpus("002_2048569ac2ce44f6.txt");
  expect(r.records.find((x) => x.metric === "ghg_scope1" && x.year === 2024)).toMatchObject({ value: 6436.68, unit: "tCO2e", source: { line: 2755 } });
  expect(r.company.name).toBe("JL MAG Rare-Earth Co., Ltd.");
});
test("corpus: Jetion (space layout, full-width digits) GHG scope 2 2023 and water 2024", () => {
  const r = corpus("004_9e6cc86f74c9154c.txt");
  expect(r.records.find((x) => x.metric === "ghg_scope2" && x.year === 2023)).toMatchObject({ value: 31569, source: { line: 5206 } });
  expect(r.records.find((x) => x.metric === "water_consumption" && x.year === 2024)?.value).toBe(1004914);
});
test("corpus: Jinko policy has no scored records and no report year", () => {
  const r = corpus("003_f6fca52da94b0220.txt");
  expect(r.reportYear).toBeNull();
  expect(r.records.filter((x) => ["ghg_total", "water_consumption", "energy_total"].includes(x.metric))).toEqual([]);
});
