import { transposeYearTables } from "../../src/lines/transpose";
import { importDocument } from "../../src/document";
import { extractReport } from "../../src/extract";
import { extract, isUnit, linesOf } from "./helpers";

const HEAD = "Sample Industrial Group Ltd. 2025 Sustainability Report\n\n";
const values = (text: string, metric: string) =>
  extract(text)
    .records.filter((r) => r.metric === metric)
    .map((r) => [r.year, r.value, r.unit])
    .sort((a, b) => Number(a[0]) - Number(b[0]));
const cellsOf = (text: string) => transposeYearTables(linesOf(text), { isUnit }).map((l) => l.cells ?? l.text);

const MD = `Environmental and people data over three years

| Year | Total GHG emissions (ktCO2e) | Water consumption (m³) | Total employees |
|---|---:|---:|---:|
| 2025 | 12.5 | 456,789 | 3,210 |
| 2024 | 11.2 | 440,100 | 3,105 |
| 2023 | 10.9 | - | 2,998 |

Figures are for the whole group.
`;

test("markdown, years descending: each metric column becomes a row; ktCO2e is converted; a dash is a missing value", () => {
  expect(values(HEAD + MD, "ghg_total")).toEqual([[2023, 10900, "tCO2e"], [2024, 11200, "tCO2e"], [2025, 12500, "tCO2e"]]);
  expect(values(HEAD + MD, "water_consumption")).toEqual([[2024, 440100, "m3"], [2025, 456789, "m3"]]);
  expect(values(HEAD + MD, "employees_total")).toEqual([[2023, 2998, "count"], [2024, 3105, "count"], [2025, 3210, "count"]]);
});

test("the re-emitted lines: a header row [Indicator, Unit, years as printed in order] and one row per column", () => {
  const lines = transposeYearTables(linesOf(MD), { isUnit });
  expect(lines.map((l) => [l.line, l.cells ?? l.text])).toEqual([
    [1, "Environmental and people data over three years"],
    [2, ""],
    [3, ["Indicator", "Unit", "2025", "2024", "2023"]],
    [3, ["Total GHG emissions", "ktCO2e", "12.5", "11.2", "10.9"]],
    [3, ["Water consumption", "m3", "456,789", "440,100", "-"]],
    [3, ["Total employees", "", "3,210", "3,105", "2,998"]],
    [8, ""],
    [9, "Figures are for the whole group."],
    [10, ""],
  ]);
  const water = lines[4];
  expect(water.text).toBe("Water consumption\tm3\t456,789\t440,100\t-");
  expect(water.raw).toBe("Water consumption (m3) | 456,789 | 440,100 | -");
  expect(lines[2].raw).toBe("Year | 2025 | 2024 | 2023");
});

test("TAB cells, Chinese headers, 2023年 years ascending, 万千瓦时 ×10 to MWh", () => {
  const t = HEAD + ["主要环境数据", "年份\t温室气体排放总量（吨二氧化碳当量）\t用电量（万千瓦时）\t用水量（吨）", "2023年\t8,800\t1,250\t60,000", "2024年\t8,500\t1,310\t58,000", "2025年\t8,120\t1,402.5\t57,100", ""].join("\n");
  expect(values(t, "ghg_total")).toEqual([[2023, 8800, "tCO2e"], [2024, 8500, "tCO2e"], [2025, 8120, "tCO2e"]]);
  expect(values(t, "electricity_consumption")).toEqual([[2023, 12500, "MWh"], [2024, 13100, "MWh"], [2025, 14025, "MWh"]]);
  expect(values(t, "water_consumption")).toEqual([[2023, 60000, "m3"], [2024, 58000, "m3"], [2025, 57100, "m3"]]);
});

test("HTML cells, FY years and an empty first header cell", () => {
  const html = `<table>
<tr><th></th><th>Scope 1 emissions (tCO2e)</th><th>Hazardous waste (tonnes)</th></tr>
<tr><td>FY2025</td><td>4,410</td><td>37.5</td></tr>
<tr><td>FY2024</td><td>4,602</td><td>39.0</td></tr>
</table>`;
  const t = HEAD + html;
  expect(values(t, "ghg_scope1")).toEqual([[2024, 4602, "tCO2e"], [2025, 4410, "tCO2e"]]);
  expect(values(t, "waste_hazardous")).toEqual([[2024, 39, "t"], [2025, 37.5, "t"]]);
});

test("a table of years directly followed by a different table: both read", () => {
  const t = HEAD + ["| Years | Total energy consumption (MWh) |", "| 2025 | 9,100 |", "| 2024 | 9,700 |", "| Indicator | Unit | 2025 | 2024 |", "| Number of employees | persons | 800 | 780 |"].join("\n");
  expect(values(t, "energy_total")).toEqual([[2024, 9700, "MWh"], [2025, 9100, "MWh"]]);
  expect(values(t, "employees_total")).toEqual([[2024, 780, "count"], [2025, 800, "count"]]);
});

test("a .md file through the importer (its separator line becomes a blank line), per year from the rows", async () => {
  const md = "# Sample Industrial Group Ltd. 2025 ESG Report\n\n| 年度 | 氮氧化物排放量（吨） | 新鲜水用量（万吨） |\n|:--|--:|--:|\n| FY2024 | 31.5 | 12.4 |\n| FY2025 | 29.8 | 11.9 |\n";
  const doc = await importDocument(new TextEncoder().encode(md), "r.md");
  const recs = extractReport(doc).records.map((r) => [r.metric, r.year, r.value, r.unit]).sort();
  expect(recs).toEqual([["nox_emissions", 2024, 31.5, "t"], ["nox_emissions", 2025, 29.8, "t"], ["water_consumption", 2024, 124000, "m3"], ["water_consumption", 2025, 119000, "m3"]]);
});

describe("refusals: lines come out unchanged", () => {
  const unchanged = (src: string) => expect(cellsOf(src)).toEqual(linesOf(src).map((l) => l.cells ?? l.text));

  test("a normal table with the word Year in it", () => {
    unchanged(["| Indicator | Unit | 2025 | 2024 |", "| Year of first certification | year | 2019 | 2019 |", "| Water consumption | m3 | 300 | 280 |"].join("\n"));
    unchanged(["| Year | 2025 | 2024 |", "| Total GHG emissions (tCO2e) | 10 | 9 |", "| Water (m3) | 5 | 4 |"].join("\n"));
  });

  test("a first column of non-years", () => {
    unchanged(["| Year | Total GHG emissions (tCO2e) | Water consumption (m3) |", "| Site A | 10 | 20 |", "| Site B | 11 | 21 |"].join("\n"));
  });

  test("years with text cells (a timeline), and a row that does not fit", () => {
    unchanged(["| Year | Milestone | Scope |", "| 2024 | Joined the initiative | Group |", "| 2025 | Set a target | Group |"].join("\n"));
    unchanged(["| Year | Total GHG emissions (tCO2e) | Employees |", "| 2025 | 10 | 300 |", "| 2024 | 9 | 280 |", "| Average | 9.5 | 290 |"].join("\n"));
    unchanged(["| Year | Total GHG emissions (tCO2e) | Employees |", "| 2025 | 10 | 300 |", "| 2024 | 9 | about 280 |"].join("\n"));
    unchanged(["| Year | Total GHG emissions (tCO2e) | Employees |", "| 2025 | 10 | 300 |"].join("\n"));
  });

  test("prose and space-separated text", () => {
    unchanged(["Year 2025 was a good year.", "Year Total GHG emissions (tCO2e) Employees", "2025 12,345 3,210", "2024 11,234 3,105"].join("\n"));
  });
});
