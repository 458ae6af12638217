import { documentFromText } from "../../src/document/types";
import { normalizeLines } from "../../src/lines/normalize";
import { reflowFlattenedTables } from "../../src/lines/reflow";
import { extract, linesOf } from "./helpers";

const HEAD = "Example Holdings Co., Ltd. 2024 ESG Report\n\n";
const values = (text: string, metric: string) =>
  extract(text)
    .records.filter((r) => r.metric === metric)
    .map((r) => [r.year, r.value, r.unit])
    .sort((a, b) => Number(a[0]) - Number(b[0]));

const FLAT = `Key performance indicators
Indicator
Unit
2024
2023
2022
Total GHG emissions
tCO2e
12,345.6
11,234.0
10,111.2
Water consumption
m³
456,789
432,100
401,000
`;

test("a table flattened one cell per line gives each year's value (descending years)", () => {
  const t = HEAD + FLAT;
  expect(values(t, "ghg_total")).toEqual([[2022, 10111.2, "tCO2e"], [2023, 11234, "tCO2e"], [2024, 12345.6, "tCO2e"]]);
  expect(values(t, "water_consumption")).toEqual([[2022, 401000, "m3"], [2023, 432100, "m3"], [2024, 456789, "m3"]]);
});

test("the reflowed lines: one header cell row, one row per group, other lines unchanged", () => {
  const lines = linesOf(FLAT);
  const out = reflowFlattenedTables(lines);
  expect(out.map((l) => [l.line, l.cells])).toEqual([
    [1, null],
    [2, ["Indicator", "Unit", "2024", "2023", "2022"]],
    [7, ["Total GHG emissions", "tCO2e", "12,345.6", "11,234.0", "10,111.2"]],
    [12, ["Water consumption", "m3", "456,789", "432,100", "401,000"]],
    [17, null],
  ]);
  expect(out[2].raw).toBe("Total GHG emissions | tCO2e | 12,345.6 | 11,234.0 | 10,111.2");
  expect(out[2].text).toBe("Total GHG emissions\ttCO2e\t12,345.6\t11,234.0\t10,111.2");
  const r = extract(HEAD + FLAT).records.find((x) => x.metric === "ghg_total" && x.year === 2023);
  expect(r?.source.line).toBe(9);
});

test("ascending years, no header words, blank lines between groups, a missing unit line", () => {
  const t = HEAD + ["2021", "2022", "2023", "", "Scope 1 emissions", "t CO2e", "900", "850", "800", "", "Number of employees", "1,050", "1,100", "1,234", ""].join("\n");
  expect(values(t, "ghg_scope1")).toEqual([[2021, 900, "tCO2e"], [2022, 850, "tCO2e"], [2023, 800, "tCO2e"]]);
  expect(values(t, "employees_total")).toEqual([[2021, 1050, "count"], [2022, 1100, "count"], [2023, 1234, "count"]]);
});

test("a label wrapped over two lines, and a '-' or N/A for a missing value", () => {
  const t = HEAD + ["指标", "单位", "2024", "2023", "Total energy", "consumption", "MWh", "5,600", "-", "Hazardous waste generated", "tonnes", "N/A", "42.5"].join("\n");
  expect(values(t, "energy_total")).toEqual([[2024, 5600, "MWh"]]);
  expect(values(t, "waste_hazardous")).toEqual([[2023, 42.5, "t"]]);
});

test("a page number after a blank line between groups is passed through; the table goes on", () => {
  const src = ["Indicator", "2024", "2023", "Total GHG emissions", "tCO2e", "10", "9", "", "17", "", "Water consumption", "m3", "300", "200"].join("\n");
  const out = reflowFlattenedTables(linesOf(src));
  expect(out.map((l) => l.cells ?? l.text)).toEqual([
    ["Indicator", "Unit", "2024", "2023"],
    ["Total GHG emissions", "tCO2e", "10", "9"],
    "",
    "17",
    "",
    ["Water consumption", "m3", "300", "200"],
  ]);
  expect(values(HEAD + src, "water_consumption")).toEqual([[2023, 200, "m3"], [2024, 300, "m3"]]);
});

test("a figure straight after a group's values (an extra column) is no page number: nothing is reflowed", () => {
  const src = ["2024", "2023", "Total GHG emissions", "tCO2e", "10", "9", "8", "Water consumption", "m3", "300", "200"].join("\n");
  const lines = linesOf(src);
  expect(reflowFlattenedTables(lines)).toEqual(lines);
});

test("refusals: prose with years, a sentence after the years, too many label lines, too few values", () => {
  for (const src of [
    "We reported in 2022, 2023 and 2024 on our emissions.\nTotal GHG emissions\n12,345",
    "2023\n2024\nWe reduced emissions further this year.\n12\n13",
    "2024\n2023\nGreenhouse\ngas emissions\nfrom our\noperations\n10\n9",
    "2024\n2023\n2022\nTotal GHG emissions\ntCO2e\n10\n9\nWater consumption",
    "2022\n2024\n2023\nTotal GHG emissions\n10\n9\n8",
  ]) {
    const lines = linesOf(src);
    expect(reflowFlattenedTables(lines)).toEqual(lines);
  }
});

test("normal TAB, space and pipe tables are unchanged, line for line and in extraction", () => {
  const tab = HEAD + "Indicator\tUnit\t2024\t2023\nTotal GHG emissions\ttCO2e\t12,345\t11,000\nWater consumption\tm3\t500\t400\n";
  const space = HEAD + "Indicator Unit 2024 2023\nTotal GHG emissions tCO2e 12,345 11,000\nWater consumption m3 500 400\n";
  const pipe = HEAD + "| Indicator | 2024 | 2023 |\n|---|---|---|\n| Water consumption (m3) | 500 | 400 |\n";
  for (const t of [tab, space, pipe]) {
    const lines = normalizeLines(documentFromText(t).lines);
    expect(reflowFlattenedTables(lines)).toEqual(lines);
    expect(extract(t).records.length).toBeGreaterThan(0);
  }
});
