import { rec, extract } from "./helpers";

const YEAR = "Reporting period: 1 January 2024 to 31 December 2024.\n\n";

test("a count row printed in % is the catalogue's percentage sibling", () => {
  const t = YEAR + "Indicator\t2024\t2023\nFemale staff (%)\t41.5\t40.2\nFemale staff (persons)\t830\t790";
  expect(rec(t, "female_employee_ratio", 2024)).toMatchObject({ value: 41.5, unit: "%" });
  expect(rec(t, "employees_female", 2023)).toMatchObject({ value: 790, unit: "count" });
});

test("a location-based Scope 2 row also reports Scope 2; a market-based one does not", () => {
  const t = YEAR + "Indicator\t2024\t2023\nScope 2 emissions - location-based (tCO2e)\t1,200.5\t1,100\nScope 2 emissions - market-based (tCO2e)\t900\t950";
  expect(rec(t, "ghg_scope2", 2024)?.value).toBe(1200.5);
  expect(rec(t, "ghg_scope2_location", 2023)?.value).toBe(1100);
  expect(rec(t, "ghg_scope2_market", 2024)?.value).toBe(900);
  // An unqualified Scope 2 row wins over the location-based one.
  const both = YEAR + "Indicator\t2024\nScope 2 (location-based) (tCO2e)\t1,250\nScope 2 emissions (tCO2e)\t1,200";
  expect(rec(both, "ghg_scope2", 2024)?.value).toBe(1200);
});

test("'Metric – subtype' rows before the total are parts, the Total row is the metric", () => {
  const t = YEAR + "Indicator\tUnit\t2024\t2023\nHazardous waste – spent solvent\tt\t50.5\t48\nHazardous waste – waste oil\tt\t10\t9\nTotal hazardous waste\tt\t60.5\t57\nNon-hazardous waste: packaging scraps\tt\t300\t280";
  expect(rec(t, "waste_hazardous", 2024)?.value).toBe(60.5);
  expect(rec(t, "waste_hazardous", 2023)?.value).toBe(57);
  expect(rec(t, "waste_nonhazardous", 2024)).toBeUndefined();
  // A sub-item that changes or restates the metric is not a part.
  const s = YEAR + "Indicator\t2024\nGHG emissions: Scope 1 (tCO2e)\t500\nScope 1: direct emissions (tCO2e)\t500";
  expect(rec(s, "ghg_scope1", 2024)?.value).toBe(500);
});

test("gender rows under a 'By gender' sub-heading: headcount only when the table is about headcount", () => {
  const headcount = YEAR + "Table 3 Workforce\n\nIndicator\tUnit\t2024\nBy gender\nMale\tpersons\t1,200\nFemale\tpersons\t800\nBy age\nUnder 30\tpersons\t500";
  expect(rec(headcount, "employees_male", 2024)?.value).toBe(1200);
  expect(rec(headcount, "employees_female", 2024)?.value).toBe(800);
  const closedByTotal = YEAR + "Indicator\tUnit\t2024\nBy gender\nMale\tpersons\t1,200\nFemale\tpersons\t800\nTotal headcount\tpersons\t2,000";
  expect(rec(closedByTotal, "employees_female", 2024)?.value).toBe(800);
  const training = YEAR + "Table 9 Training\n\nIndicator\tUnit\t2024\nBy gender\nMale\tpersons\t1,000\nFemale\tpersons\t700";
  const r = extract(training).records.map((x) => x.metric);
  expect(r).not.toContain("employees_male");
  expect(r).not.toContain("employees_female");
  const turnover = YEAR + "Table 4 New hires\n\nIndicator\tUnit\t2024\nBy gender\nMale\tpersons\t120\nFemale\tpersons\t80";
  expect(extract(turnover).records.map((x) => x.metric)).not.toContain("employees_male");
});

test("'By gender – Male' rows under a total row", () => {
  const t = YEAR + "KPI\tDescription\tUnit\t2024\nB1.1\tTotal staff\tpersons\t900\nB1.1\tBy gender – Male\tpersons\t500\nB1.1\tBy gender – Female\tpersons\t400\nB1.2\tTurnover rate – Male\t%\t8.5";
  expect(rec(t, "employees_male", 2024)?.value).toBe(500);
  expect(rec(t, "employees_female", 2024)?.value).toBe(400);
  expect(rec(t, "employees_total", 2024)?.value).toBe(900);
});

test("a part under a group cell that names the same metric loses to the group's own row", () => {
  const t = YEAR + "Aspect\tIndicator\tUnit\t2024\nB6.2\tNumber of complaints received\tcases\t15\n\tProduct complaints\tcases\t10\n\tService complaints\tcases\t5";
  expect(rec(t, "customer_complaints", 2024)?.value).toBe(15);
});

test("Chinese breakdown rows: 危险废物-污泥 is a part, 按性别划分 男/女 closed by 员工总数, 其中 rows are parts", () => {
  const t = "本报告时间范围为2024年1月1日至2024年12月31日。\n\n指标\t单位\t2024年\n危险废物-废矿物油\t吨\t12.5\n危险废物-污泥\t吨\t30\n危险废物总量\t吨\t42.5\n其中：外购电力\t万千瓦时\t120\n按性别划分\n男\t人\t300\n女\t人\t200\n员工总数\t人\t500";
  expect(rec(t, "waste_hazardous", 2024)?.value).toBe(42.5);
  expect(rec(t, "employees_male", 2024)?.value).toBe(300);
  expect(rec(t, "employees_female", 2024)?.value).toBe(200);
  expect(rec(t, "electricity_purchased", 2024)).toMatchObject({ value: 1200, confidence: 0.85 });
});
