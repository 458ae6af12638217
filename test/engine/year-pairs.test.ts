import { readYearPairBlocks } from "../../src/lines/pairs";
import { extract, isUnit, linesOf } from "./helpers";

const HEAD = "Sample Materials Holdings Ltd. 2024 Sustainability Report\n\n";
const values = (text: string, metric: string) =>
  extract(text)
    .records.filter((r) => r.metric === metric)
    .map((r) => [r.year, r.value, r.unit])
    .sort((a, b) => Number(a[0]) - Number(b[0]));
const rewritten = (text: string) => readYearPairBlocks(linesOf(text), { isUnit });

const BLOCKS = `Key environmental figures

B3.1  Total greenhouse gas emissions (ktCO2e)
2024: 12.5    2023: 11.8    2022: 10.9

B3.4  Total water consumption (m³)
2024: 456'789   2023: n/a   2022: 440'100

Data cover all plants.
`;

test("two consecutive blocks: both metrics, exact values, ktCO2e converted, apostrophe thousands, n/a missing", () => {
  expect(values(HEAD + BLOCKS, "ghg_total")).toEqual([[2022, 10900, "tCO2e"], [2023, 11800, "tCO2e"], [2024, 12500, "tCO2e"]]);
  expect(values(HEAD + BLOCKS, "water_consumption")).toEqual([[2022, 440100, "m3"], [2024, 456789, "m3"]]);
});

test("the re-emitted lines: one shared header row, then one row per block; blank lines stay in place", () => {
  const out = rewritten(BLOCKS);
  expect(out.map((l) => [l.line, l.cells ?? l.text])).toEqual([
    [1, "Key environmental figures"],
    [2, ""],
    [3, ["Indicator", "Unit", "2024", "2023", "2022"]],
    [3, ["Total greenhouse gas emissions", "ktCO2e", "12.5", "11.8", "10.9"]],
    [5, ""],
    [6, ["Total water consumption", "m3", "456,789", "n/a", "440,100"]],
    [8, ""],
    [9, "Data cover all plants."],
    [10, ""],
  ]);
  expect(out[5].raw).toBe("B3.4  Total water consumption (m³) | 2024: 456'789   2023: n/a   2022: 440'100");
  expect(out[5].text).toBe("Total water consumption\tm3\t456,789\tn/a\t440,100");
});

test("FY years, pipes between pairs, space thousands, a dash as missing, no KPI code, unit in square brackets", () => {
  const t = HEAD + "Scope 1 emissions [tCO2e]\nFY2024 4 410.5 | FY2023 4 602 | FY2022 -\n";
  expect(values(t, "ghg_scope1")).toEqual([[2023, 4602, "tCO2e"], [2024, 4410.5, "tCO2e"]]);
});

test("Chinese years with a full-width colon, semicolons between pairs", () => {
  const t = HEAD + "用电量（兆瓦时）\n2024年：1,234；2023年：1,190；2022年：1,105\n";
  expect(values(t, "electricity_consumption")).toEqual([[2022, 1105, "MWh"], [2023, 1190, "MWh"], [2024, 1234, "MWh"]]);
});

test("tab-separated pairs, a label without a unit", () => {
  const t = HEAD + "Number of employees\n2024: 3,210\t2023: 3,105\n";
  expect(values(t, "employees_total")).toEqual([[2023, 3105, "count"], [2024, 3210, "count"]]);
});

test("blocks with different years get a header each", () => {
  const t = "Hazardous waste (t)\n2024: 37.5  2023: 39\n\nNon-hazardous waste (t)\n2023: 410  2022: 398\n";
  const heads = rewritten(t).filter((l) => l.cells?.[0] === "Indicator").map((l) => l.cells);
  expect(heads).toEqual([["Indicator", "Unit", "2024", "2023"], ["Indicator", "Unit", "2023", "2022"]]);
  expect(values(HEAD + t, "waste_nonhazardous")).toEqual([[2022, 398, "t"], [2023, 410, "t"]]);
});

describe("refusals: lines come out unchanged and in order", () => {
  const same = (t: string) => expect(rewritten(t)).toEqual(linesOf(t));
  test("prose with years and figures", () => same("Visitor centre\nIn 2024: 1,200 visitors; 2023: 1,100\n"));
  test("a pairs line after prose", () => same("We report our figures below.\n2024: 1,200  2023: 1,100\n"));
  test("a pairs line without a label line above", () => same("\n2024: 1,200  2023: 1,100\n"));
  test("a pairs line at the top", () => same("2024: 1,200  2023: 1,100\n"));
  test("a label with figures above", () => same("Plant 12 produced 3,400 t\n2024: 1,200  2023: 1,100\n"));
  test("one pair only", () => same("Water use (m3)\n2024: 1,200\n"));
  test("a repeated year", () => same("Water use (m3)\n2024: 1,200  2024: 1,100\n"));
  test("extra words on the pairs line", () => same("Water use (m3)\n2024: 1,200 m3  2023: 1,100 m3\n"));
  test("a value-less year", () => same("Water use (m3)\n2024: 1,200  2023:\n"));
  test("a normal table", () => same("Indicator\tUnit\t2024\t2023\nWater use\tm3\t1,200\t1,100\n"));
  test("a label holding a colon (a caption or a clause)", () => same("Boiler house: gas burnt (m3)\n2024: 1,200  2023: 1,100\n"));
  test("a year list", () => same("Milestones\n2024: 2023: 2022:\n"));
});

test("a normal table still extracts as before", () => {
  const t = HEAD + "| Indicator | Unit | 2024 | 2023 |\n|---|---|---|---|\n| Total water consumption | m3 | 1,200 | 1,100 |\n";
  expect(values(t, "water_consumption")).toEqual([[2023, 1100, "m3"], [2024, 1200, "m3"]]);
});

test("a label line that names its unit last ('Unit: GJ', '单位：吨') gives the block its unit", () => {
  const text = HEAD + [
    "EN-3  Total energy consumed                       Unit: GJ",
    "   2024:  412'880      2023:  398'105",
    "",
    "WS-1  Hazardous waste disposed                    单位：吨",
    "   2024:  61.4         2023:  n/a",
  ].join("\n");
  expect(values(text, "energy_total")).toEqual([
    [2023, 110584.722222, "MWh"],
    [2024, 114688.888889, "MWh"],
  ]);
  expect(values(text, "waste_hazardous")).toEqual([[2024, 61.4, "t"]]);
});
