import { tablesOf, blocksOf, rec } from "./helpers";

test("tab table with descending years and unit column", () => {
  const [t] = tablesOf("Indicator\t\tUnit\t2024\t2023\t2022\n1\tTotal GHG emissions\ttCO ₂ e\t175,552.38\t83,512\t109,146");
  expect(t.years).toEqual([2024, 2023, 2022]);
  expect(t.rows[0]).toMatchObject({ label: "Total GHG emissions", unit: "tCO2e", line: 2, code: "1" });
  expect(t.rows[0].values.map((v) => v?.value)).toEqual([175552.38, 83512, 109146]);
});
test("space-separated row with multi-word label and unit", () => {
  const [t] = tablesOf("Indicator Unit 2024 2023 2022 2021\n\nTotal Water Consumption Ton 1,004,914  556,500  745,676  590,009");
  expect(t.rows[0]).toMatchObject({ label: "Total Water Consumption", unit: "Ton", line: 3 });
  expect(t.rows[0].values.map((v) => v?.value)).toEqual([1004914, 556500, 745676, 590009]);
});
test("wrapped label joins the next row", () => {
  const [t] = tablesOf("Indicator Unit 2024 2023\nTotal generation amount of general waste (including\nthe total amount of non-hazardous waste) Ton 3,110 1,693.55");
  expect(t.rows[0].label).toBe("Total generation amount of general waste (including the total amount of non-hazardous waste)");
  expect(t.rows[0].line).toBe(3);
});
test("missing values and fewer values than years", () => {
  const [t] = tablesOf("Indicator\tUnit\t2024\t2023\t2022\nReduction\ttCO2e\t17,434.33\t/\t/\nWaste by type\tTonne\t12\t17");
  expect(t.rows[0].values.map((v) => v?.value ?? null)).toEqual([17434.33, null, null]);
  expect(t.rows[1].aligned).toBe(false);
});
test("group cells become context of breakdown rows", () => {
  const [t] = tablesOf("ESG KPIs\t\tUnit\t2021\nB1.1 Total workforce\tBy gender\tTotal number of employees\tHeadcount\t1,983\n\t\tMale\tHeadcount\t1,572");
  expect(t.rows[1]).toMatchObject({ label: "Male", context: ["Total workforce", "By gender"] });
});
test("scale figure after the unit stays with the unit", () => {
  const [t] = tablesOf("Indicator Unit 2024 2023\nTotal training investment RMB 10,000 22.00 28.00");
  expect(t.rows[0]).toMatchObject({ label: "Total training investment", unit: "RMB 10,000" });
});
test("label / figure line pairs become cards", () => {
  const cards = blocksOf("Environmental protection investment\n\n5.59 million yuan\n").filter((b) => b.kind === "card");
  expect(cards).toEqual([expect.objectContaining({ label: "Environmental protection investment", valueText: "5.59 million yuan", line: 3 })]);
});
test("a footnote marker after a bracketed unit leaves label and unit clean", () => {
  const [t] = tablesOf("Indicator\t2024\t2023\nHazardous waste (t)*\t612.4\t586.9");
  expect(t.rows[0]).toMatchObject({ label: "Hazardous waste", unit: "t" });
});

test("a paragraph knows when all its lines are plain ASCII (after quotes and dashes are rewritten), so prose skips its scans for Chinese", () => {
  const prose = blocksOf("Energy use fell in 2024.\nIt was 5 GWh.\n\n能源消耗为5吉瓦时。\n\nWater: “12 m3” – down.\n\nWater 12 m3\nand 水 5 吨.").filter((b) => b.kind === "prose");
  expect(prose.map((b) => (b.kind === "prose" ? b.ascii : undefined))).toEqual([true, false, true, false]);
});

test("cell rows outside a table stand alone: the prose after them keeps its own sentences", () => {
  const t = [
    "2024 Sustainability Report",
    "Goals for 2030",
    "Indicator\tBase year (2020)\tTarget (2030)",
    "Energy use\t120 GWh\t90 GWh",
    "Our workforce",
    "At the end of 2024 we employed 3,204 people, 1,180 of whom were women.",
  ].join("\n");
  expect(rec(t, "employees_total", 2024)?.value).toBe(3204);
  expect(rec(t, "employees_female", 2024)?.value).toBe(1180);
});
