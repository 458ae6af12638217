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
