import { parseUnit } from "../../src/units";
import { yearOf } from "../../src/blocks/tokens";
import { extract, rec } from "./helpers";

test("bilingual unit cells: either half parses, both must agree", () => {
  expect(parseUnit("千瓦时 kWh")).toMatchObject({ dimension: "energy", factor: 0.001 });
  expect(parseUnit("万吨 10,000 tonnes")).toMatchObject({ dimension: "mass", factor: 10000 });
  expect(parseUnit("GJ 吉焦")).toMatchObject({ dimension: "energy" });
  expect(parseUnit("亿元 RMB million")).toBeNull();
});
test("bilingual year header cells", () => {
  expect(yearOf("2022年 2022")).toBe(2022);
  expect(yearOf("2021年度")).toBe(2021);
  expect(yearOf("FY2020")).toBe(2020);
  expect(yearOf("2022年 2021")).toBeNull();
  const t = "项目 Item\t单位 Unit\t2021年 2021\t2022年 2022\n用电量 Electricity consumption\t万千瓦时 10,000 kWh\t12.5\t13.0\n员工人数 Number of employees\t人 people\t640\t702";
  expect(rec(t, "electricity_consumption", 2022)).toMatchObject({ value: 130, unit: "MWh" });
  expect(rec(t, "employees_total", 2021)?.value).toBe(640);
  const s = "Item Unit 2021年 2021 2022年 2022\nNumber of employees persons 640 702";
  expect(rec(s, "employees_total", 2022)?.value).toBe(702);
});
test("a unit stated once in a caption or unit line applies to rows without a unit of their own", () => {
  const zh = "表5 财务摘要（单位：亿元）\n\n项目\t2022年\t2023年\n营业收入\t12.5\t13.75\n专利数量\t40\t52";
  expect(rec(zh, "revenue", 2023)).toMatchObject({ value: 1375000000, unit: "CNY" });
  expect(rec(zh, "patents_total", 2023)?.value).toBe(52);
  const own = "Table 2 Resource use\nUnit: tonnes\nIndicator\t2022\t2023\nHazardous waste\t12.5\t13\nWater consumption (m3)\t900\t1,000";
  expect(rec(own, "waste_hazardous", 2023)).toMatchObject({ value: 13, unit: "t" });
  expect(rec(own, "water_consumption", 2023)?.value).toBe(1000);
  const inline = "Key financials (in RMB million)\nItem 2022 2023\nRevenue 1,200.5 1,310.0";
  expect(rec(inline, "revenue", 2022)?.value).toBe(1200500000);
  // A numbered section heading ends the caption's reach.
  const stale = "单位：万元\n\n二、环境\n\n指标\t2023年\n危险废物\t5";
  expect(rec(stale, "waste_hazardous", 2023)).toBeUndefined();
});
const ZH_YEAR = "本报告时间范围为2022年1月1日至2022年12月31日。\n\n";
test("Chinese prose: linking words, counters, year context, clause labels", () => {
  const t = ZH_YEAR + "2022年，集团二氧化碳排放总量达到12,345.6吨二氧化碳当量，其中范围一排放2,000.5吨二氧化碳当量；范围二排放10,345.1吨二氧化碳当量。\n\n本年度董事会由7名董事组成，其中独立董事3名。\n\n2022年员工总数为3,120人，人均培训时长达到20.5小时，员工培训覆盖率为98.5%。\n\n2022年安全生产投入合计356.2万元。";
  const r = extract(t).records;
  const v = (m: string) => r.find((x) => x.metric === m && x.year === 2022)?.value;
  expect([v("ghg_total"), v("ghg_scope1"), v("ghg_scope2")]).toEqual([12345.6, 2000.5, 10345.1]);
  expect([v("board_size"), v("independent_directors")]).toEqual([7, 3]);
  expect([v("employees_total"), v("training_hours_avg"), v("employees_trained_ratio")]).toEqual([3120, 20.5, 98.5]);
  expect(v("safety_investment")).toBe(3562000);
});
test("Chinese prose: bounds, changes, single sites and plans are refused", () => {
  const t = ZH_YEAR + "2022年，公司用水量约5,000吨。公司员工超过3,000人。温室气体排放量较上年减少1,200吨二氧化碳当量。其中，南京工厂用电量为800万千瓦时。公司计划2025年危险废物产生量降至100吨。安全生产投入200余万元。";
  expect(extract(t).records).toEqual([]);
});
const EN_YEAR = "This report covers the period from 1 January 2022 to 31 December 2022.\n\n";
test("prose money with the currency first, and a figure's own year in a two-year sentence", () => {
  const t = EN_YEAR + "Sales revenue came to USD 2.5 billion in 2022. Our net profit was HK$310 million.\n\nIn 2022 the Group's total assets were CNY 1,200.5 million (2021: CNY 1,100.0 million).\n\nElectricity consumption reached 12,400 MWh in 2022, down 3% from 12,800 MWh in 2021.";
  expect(rec(t, "revenue", 2022)).toMatchObject({ value: 2.5e9, unit: "USD" });
  expect(rec(t, "net_profit", 2022)).toMatchObject({ value: 3.1e8, unit: "HKD" });
  expect(rec(t, "total_assets", 2022)?.value).toBe(1200500000);
  expect(rec(t, "total_assets", 2021)?.value).toBe(1100000000);
  expect(rec(t, "electricity_consumption", 2022)?.value).toBe(12400);
  expect(rec(t, "electricity_consumption", 2021)?.value).toBe(12800);
});
test("prose counts: verb + counted noun, 'of whom' parts, board members", () => {
  const t = EN_YEAR + "During 2022 the Group employed 3,410 people. At year end we had 3,400 employees, 1,250 of whom were women. We worked with 275 suppliers.\n\nThe Board has 8 members, of whom 3 are independent directors and 2 are women.";
  expect(rec(t, "employees_total", 2022)?.value).toBe(3400);
  expect(rec(t, "employees_female", 2022)?.value).toBe(1250);
  expect(rec(t, "suppliers_total", 2022)?.value).toBe(275);
  expect([rec(t, "board_size", 2022)?.value, rec(t, "independent_directors", 2022)?.value, rec(t, "female_directors", 2022)?.value]).toEqual([8, 3, 2]);
});
test("prose: Scope 1 / Scope 2 parts after 'accounted for', and the most specific label wins", () => {
  const t = EN_YEAR + "In 2022, total GHG emissions were 9,000 tCO2e, of which Scope 1 accounted for 1,500 tCO2e and Scope 2 for 7,500 tCO2e.\n\nIn 2022, Scope 1 greenhouse gas emissions were 1,500 tCO2e.";
  const r = extract(t).records;
  expect(r.filter((x) => x.metric.startsWith("ghg")).map((x) => [x.metric, x.value]).sort()).toEqual([["ghg_scope1", 1500], ["ghg_scope2", 7500], ["ghg_total", 9000]]);
});
test("a Traditional Chinese HKEX KPI table", () => {
  const t = "本報告涵蓋2024年1月1日至2024年12月31日。\n\n關鍵績效指標\t單位\t2024年\t2023年\n溫室氣體排放總量\t噸二氧化碳當量\t5,432.1\t5,000\n耗電量\t千瓦時\t2,500,000\t2,400,000\n無害廢棄物\t噸\t88.5\t80\n僱員總數\t人\t640\t600\n投訴數目\t宗\t7\t9";
  expect(rec(t, "ghg_total", 2024)).toMatchObject({ value: 5432.1, unit: "tCO2e" });
  expect(rec(t, "electricity_consumption", 2024)).toMatchObject({ value: 2500, unit: "MWh" });
  expect(rec(t, "waste_nonhazardous", 2023)?.value).toBe(80);
  expect(rec(t, "employees_total", 2024)?.value).toBe(640);
  expect(rec(t, "customer_complaints", 2024)?.value).toBe(7);
});
test("Traditional Chinese prose", () => {
  const t = "本報告涵蓋2024年1月1日至2024年12月31日。\n\n2024年，本集團溫室氣體排放總量為5,432.1噸二氧化碳當量，僱員總數為640人。";
  expect(rec(t, "ghg_total", 2024)).toMatchObject({ value: 5432.1, unit: "tCO2e" });
  expect(rec(t, "employees_total", 2024)?.value).toBe(640);
});
