import { rec, tablesOf } from "./helpers";

const vals = (t: { values: ({ value: number | null } | null)[] }) => t.values.map((v) => v?.value ?? null);

describe("a Unit column anywhere in the header", () => {
  test("markdown: years in ascending order, the unit after the values", () => {
    const md = [
      "| Metric | 2021 | 2022 | 2023 | Unit |",
      "|:--|--:|--:|--:|:--|",
      "| Direct (Scope 1) emissions | 1,210 | 1,305 | 1,377 | tCO2e |",
      "| Energy consumed | 61.5 | 63.0 | 64.8 | TJ |",
      "| Potable water withdrawn | 88.4 | 90.1 | – | thousand m³ |",
      "| Total number of staff | 644 | 690 | 712 | headcount |",
    ].join("\n");
    const [t] = tablesOf(md);
    expect(t.years).toEqual([2021, 2022, 2023]);
    expect(t.rows.map((r) => r.unit)).toEqual(["tCO2e", "TJ", "thousand m3", "headcount"]);
    expect(vals(t.rows[2])).toEqual([88.4, 90.1, null]);
    expect(rec(md, "ghg_scope1", 2021)?.value).toBe(1210);
    expect(rec(md, "ghg_scope1", 2023)?.value).toBe(1377);
    // 64.8 TJ = 64.8 × 277.78 MWh
    expect(rec(md, "energy_total", 2023)?.value).toBeCloseTo(18000, 6);
    expect(rec(md, "water_consumption", 2022)?.value).toBe(90100);
    expect(rec(md, "water_consumption", 2023)).toBeUndefined();
    expect(rec(md, "employees_total", 2022)?.value).toBe(690);
  });

  test("TAB and HTML cells: the unit column last, first, or between label and years", () => {
    const last = "Item\tFY2024\tFY2025\tUnit\nElectricity purchased\t9,870\t10,120\tMWh";
    expect(rec(last, "electricity_purchased", 2024)?.value).toBe(9870);
    expect(rec(last, "electricity_purchased", 2025)?.value).toBe(10120);
    const first = "Unit\tItem\t2025\t2024\ntCO2e\tScope 1 emissions\t702.5\t688.1\nt\tHazardous waste\t41.2\t39.9";
    const [f] = tablesOf(first);
    expect(f.rows[0]).toMatchObject({ label: "Scope 1 emissions", unit: "tCO2e", context: [] });
    expect(rec(first, "ghg_scope1", 2024)?.value).toBe(688.1);
    expect(rec(first, "waste_hazardous", 2025)?.value).toBe(41.2);
    const html = "<table><tr><th>Indicator</th><th>2023</th><th>2024</th><th>Units</th></tr>" +
      "<tr><td>Total water withdrawal</td><td>12,400</td><td>13,050</td><td>m³</td></tr>" +
      "<tr><td>Training hours</td><td>5,230</td><td>6,015</td><td>hours</td></tr></table>";
    expect(rec(html, "water_consumption", 2023)?.value).toBe(12400);
    expect(rec(html, "training_hours_total", 2024)?.value).toBe(6015);
  });

  test("space rows under a header ending in Unit: the words after the figures are the unit", () => {
    const space = "Indicator 2022 2023 Unit\nScope 2 emissions 4,410 4,120 tCO2e\nNew hires 131 142 persons";
    const [t] = tablesOf(space);
    expect(t.rows.map((r) => [r.label, r.unit])).toEqual([["Scope 2 emissions", "tCO2e"], ["New hires", "persons"]]);
    expect(rec(space, "ghg_scope2", 2023)?.value).toBe(4120);
  });

  test("a line of prose after a table with a unit column is not a row", () => {
    const md = "| Indicator | 2023 | 2024 | Unit |\n|---|---|---|---|\n| Employees | 88 | 91 | persons |\n" +
      "We opened 2 new offices and hired 14 engineers during the year.";
    const [t] = tablesOf(md);
    expect(t.rows).toHaveLength(1);
  });
});
