import { spanRows } from "../../src/lines/html";
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

describe("two-row headers: sub-columns under each year", () => {
  test("TAB: the absolute sub-column gives the year's value, the per-unit one is never taken for it", () => {
    const tab = [
      "Table 7 Resource use",
      "\tFY2024\t\tFY2023",
      "Item\tAbsolute\tPer employee\tAbsolute\tPer employee",
      "Electricity purchased (MWh)\t5,400\t2.10\t5,130\t2.05",
      "Scope 1 emissions (tCO2e)\t812.5\t0.32\t790.0\t0.31",
      "Water withdrawal (m3)\t\t\t61,200\t24.4",
    ].join("\n");
    const [t] = tablesOf(tab);
    expect(t.years).toEqual([2024, 2023]);
    expect(t.rows.map(vals)).toEqual([[5400, 5130], [812.5, 790], [null, 61200]]);
    expect(rec(tab, "electricity_purchased", 2024)?.value).toBe(5400);
    expect(rec(tab, "electricity_purchased", 2023)?.value).toBe(5130);
    expect(rec(tab, "ghg_scope1", 2023)?.value).toBe(790);
    expect(rec(tab, "water_consumption", 2023)?.value).toBe(61200);
    expect(rec(tab, "water_consumption", 2024)).toBeUndefined();
  });

  test("HTML years spanning two columns, the sub-header row under them (with and without its first cell)", () => {
    const head = "<table><tr><th rowspan=\"2\">Metric</th><th colspan=\"2\">2023</th><th colspan=\"2\">2022</th></tr>";
    const body = "<tr><td>Intensity</td><td>Total</td><td>Intensity</td><td>Total</td></tr>" +
      "<tr><td>Natural gas (m³)</td><td>3.9</td><td>402,000</td><td>4.1</td><td>415,500</td></tr></table>";
    const html = head + body;
    expect(rec(html, "natural_gas_consumption", 2023)?.value).toBe(402000);
    expect(rec(html, "natural_gas_consumption", 2022)?.value).toBe(415500);
    // The same rows as an importer writes them: the header cell spanning both rows is gone from the second.
    const tab = "Metric\t2023\t\t2022\nIntensity\tTotal\tIntensity\tTotal\nNatural gas (m³)\t3.9\t402,000\t4.1\t415,500";
    expect(rec(tab, "natural_gas_consumption", 2022)?.value).toBe(415500);
  });

  test("sub-columns named by their units: the plain unit is the year's figure, the per-unit one is not", () => {
    const tab = "Item\t2024\t\t2023\n\ttCO2e\ttCO2e/RMB million\ttCO2e\ttCO2e/RMB million\nScope 1 emissions\t640\t0.12\t610\t0.12";
    const [t] = tablesOf(tab);
    expect(t.rows[0]).toMatchObject({ unit: "tCO2e", unitInherited: true });
    expect(vals(t.rows[0])).toEqual([640, 610]);
    expect(rec(tab, "ghg_scope1", 2023)?.value).toBe(610);
  });

  test("space rows: one-word sub-columns repeated per year", () => {
    const space = "2025 2024\nIndicator Total Intensity Total Intensity\nScope 2 emissions (tCO2e) 3,300 0.81 3,150 0.80\nHeadcount 410 0.1 398 0.1";
    expect(rec(space, "ghg_scope2", 2025)?.value).toBe(3300);
    expect(rec(space, "ghg_scope2", 2024)?.value).toBe(3150);
    expect(rec(space, "employees_total", 2024)?.value).toBe(398);
  });

  test("no single figure column per year, or columns between years that no row names: nothing is read", () => {
    const genders = "\t2024\t\t2023\nIndicator\tMale\tFemale\tMale\tFemale\nEmployees\t300\t120\t280\t110";
    expect(rec(genders, "employees_total", 2024)).toBeUndefined();
    expect(rec(genders, "employees_total", 2023)).toBeUndefined();
    const unnamed = "Indicator\t2024\t\t2023\nTotal waste (t)\t95.0\t0.4\t90.2\t0.4\nHazardous waste (t)\t12.1\t\t11.7\t";
    expect(rec(unnamed, "waste_total", 2023)).toBeUndefined();
    expect(rec(unnamed, "waste_hazardous", 2024)?.value).toBe(12.1);
    expect(rec(unnamed, "waste_hazardous", 2023)?.value).toBe(11.7);
  });

  test("a share column after the years, a numbered lead and a bracketed caption unit", () => {
    const tab = [
      "Table 9 Value-chain emissions (tCO2e)",
      "Scope 3 category\t2024\t2023\tShare of 2024 total (%)",
      "Category 2: Capital goods\t9,900\t9,420\t19.8",
      "Category 11: Use of sold products\t40,200\t39,280\t80.2",
      "Total Scope 3 emissions\t50,100\t48,700\t100.0",
    ].join("\n");
    const [t] = tablesOf(tab);
    expect(t.years).toEqual([2024, 2023]);
    expect(t.rows[2]).toMatchObject({ unit: "tCO2e", unitInherited: true });
    expect(vals(t.rows[2])).toEqual([50100, 48700]);
    expect(rec(tab, "ghg_scope3", 2024)?.value).toBe(50100);
    expect(rec(tab, "ghg_scope3", 2023)?.value).toBe(48700);
    // A lead with a number is no header when its years are not a reporting period.
    expect(tablesOf("Phase 2 milestones\t2030\t2026\nTotal Scope 3 emissions\t10\t20")).toHaveLength(0);
  });
});

describe("a total row after its breakdown rows", () => {
  test("a bare Total row under a heading row takes the heading's metric (KPI table, dash sub-rows)", () => {
    const kpi = [
      "KPI\tIndicator\tUnit\tFY2023",
      "B1.1\tTotal staff\tpersons\t1,204",
      "B5.1\tSuppliers by country\t",
      "\t– Vietnam\tnumber\t120",
      "\t– Thailand\tnumber\t80",
      "\t– Malaysia\tnumber\t41",
      "\tTotal\tnumber\t241",
      "B6.2\tComplaints received\tnumber\t12",
    ].join("\n");
    const [t] = tablesOf(kpi);
    expect(t.rows[4]).toMatchObject({ label: "Total", section: "Suppliers by country" });
    expect(t.rows[5].section).toBeUndefined();
    expect(rec(kpi, "suppliers_total", 2023)?.value).toBe(241);
    expect(rec(kpi, "employees_total", 2023)?.value).toBe(1204);
    // A heading wrapped onto a second line is one heading.
    const wrapped = "KPI\tIndicator\tUnit\tFY2023\nB5.1\tNumber of suppliers by\n\tgeographical region\n\t– North\tnumber\t9\n\t– South\tnumber\t4\n\tTotal\tnumber\t13";
    expect(rec(wrapped, "suppliers_total", 2023)?.value).toBe(13);
  });

  test("a bare Total row under a group cell; Total after rows with metrics of their own only when they add up", () => {
    const group = "Item\tSource\tUnit\t2024\t2023\nWater withdrawal\tMunicipal\tm3\t41,000\t39,500\n\tGroundwater\tm3\t9,000\t8,700\n\tTotal\tm3\t50,000\t48,200";
    expect(rec(group, "water_consumption", 2024)?.value).toBe(50000);
    expect(rec(group, "water_consumption", 2023)?.value).toBe(48200);
    const adds = "Table 5 Energy consumption\nSource\tUnit\t2024\t2023\nPurchased electricity\tMWh\t7,200\t7,000\nNatural gas\tMWh\t2,800\t2,650\nTotal\tMWh\t10,000\t9,650";
    expect(rec(adds, "energy_total", 2024)?.value).toBe(10000);
    expect(rec(adds, "electricity_purchased", 2024)?.value).toBe(7200);
    // Not the sum of the rows above (other sources left out): not taken for the caption's total.
    const partial = "Table 5 Energy consumption\nSource\tUnit\t2024\t2023\nPurchased electricity\tMWh\t7,200\t7,000\nNatural gas\tMWh\t2,800\t2,650\nTotal\tMWh\t10,900\t10,100";
    expect(rec(partial, "energy_total", 2024)).toBeUndefined();
  });

  test("a bare Total after Scope 3 category rows is the caption's Scope 3 total when the categories add up", () => {
    const tab = "Table 6 Scope 3 emissions by category (tCO2e)\nCategory\t2024\t2023\n" +
      "Category 1: Purchased goods and services\t30,000\t28,000\nCategory 6: Business travel\t1,200\t1,100\n" +
      "Category 7: Employee commuting\t800\t900\nTotal\t32,000\t30,000";
    expect(rec(tab, "ghg_scope3", 2024)?.value).toBe(32000);
    expect(rec(tab, "ghg_scope3", 2023)?.value).toBe(30000);
    expect(rec(tab.replace("32,000", "33,500"), "ghg_scope3", 2024)).toBeUndefined();
  });

  test("'All employees' under a label cell spanning gender rows is the label's total", () => {
    const tab = "Indicator\t\tUnit\t2024\t2023\nShare of staff trained\tMen\t%\t90.5\t88.0\n\tWomen\t%\t94.1\t93.2\n\tAll employees\t%\t92.0\t90.1\n" +
      "Training hours per employee\tMen\thours\t30.2\t29.0\n\tWomen\thours\t33.8\t31.5\n\tAll employees\thours\t31.9\t30.1";
    expect(rec(tab, "employees_trained_ratio", 2024)?.value).toBe(92);
    expect(rec(tab, "employees_trained_ratio", 2023)?.value).toBe(90.1);
    expect(rec(tab, "training_hours_avg", 2024)?.value).toBe(31.9);
    expect(rec(tab, "training_hours_avg", 2023)?.value).toBe(30.1);
    // The gender rows under the label cell are its gender parts.
    expect(rec(tab, "employees_trained_ratio_male", 2024)?.value).toBe(90.5);
    expect(rec(tab, "employees_trained_ratio_female", 2023)?.value).toBe(93.2);
    // A bare Total whose block names no metric (a first row) gives nothing.
    expect(rec("Indicator\tUnit\t2024\nTotal\tpersons\t812", "employees_total", 2024)).toBeUndefined();
  });
});

describe("HTML cells spanning rows and columns", () => {
  const html = [
    "<table>",
    "<thead>",
    "<tr><th rowspan=\"2\">Topic</th><th rowspan=\"2\">Metric</th><th rowspan=\"2\">Unit</th><th colspan=\"2\">Year</th></tr>",
    "<tr><th>2023</th><th>2022</th></tr>",
    "</thead>",
    "<tbody>",
    "<tr><td rowspan=\"3\">Climate</td><td>Scope 1</td><td rowspan=\"3\">tCO2e</td><td>2,210</td><td>2,340</td></tr>",
    "<tr><td>Scope 2</td><td>5,025</td><td>5,380</td></tr>",
    "<tr><td>Total (Scope 1 and 2)</td><td>7,235</td><td>7,720</td></tr>",
    "<tr><td rowspan=\"3\">Share of staff trained</td><td>Men</td><td>%</td><td>81.0</td><td>79.5</td></tr>",
    "<tr><td>Women</td><td>%</td><td>86.4</td><td>84.0</td></tr>",
    "<tr><td>All employees</td><td>%</td><td>83.2</td><td>81.3</td></tr>",
    "<tr><td>Water</td><td>Water withdrawal</td><td>m³</td><td rowspan=\"2\">12,000</td><td>11,600</td></tr>",
    "<tr><td>Water</td><td>Water recycled</td><td>m³</td><td>9,800</td></tr>",
    "</tbody>",
    "</table>",
  ].join("\n");

  test("a unit or label cell spanning rows is repeated in each row it covers; a figure is not", () => {
    const [t] = tablesOf(html);
    expect(t.years).toEqual([2023, 2022]);
    expect(t.rows.map((r) => [r.label, r.unit, r.context.join(" / ")])).toEqual([
      ["Scope 1", "tCO2e", "Climate"],
      ["Scope 2", "tCO2e", "Climate"],
      ["Total (Scope 1 and 2)", "tCO2e", "Climate"],
      ["Men", "%", "Share of staff trained"],
      ["Women", "%", "Share of staff trained"],
      ["All employees", "%", "Share of staff trained"],
      ["Water withdrawal", "m3", "Water"],
      ["Water recycled", "m3", "Water"],
    ]);
    // The 2023 cell is the figure spanning down from the row above (kept in its own row): 9,800 sits in 2022's column.
    expect(vals(t.rows[7])).toEqual([null, 9800]);
    expect(rec(html, "ghg_scope2", 2023)?.value).toBe(5025);
    expect(rec(html, "ghg_total", 2022)?.value).toBe(7720);
    expect(rec(html, "employees_trained_ratio", 2023)?.value).toBe(83.2);
  });

  test("spanRows lays cells out on a grid for any HTML reader", () => {
    const c = (text: string, colspan = 1, rowspan = 1) => ({ text, colspan, rowspan });
    expect(spanRows([
      [c("Group", 1, 2), c("Item"), c("2023", 2)],
      [c("Sub"), c("7"), c("8")],
      [c("A"), c("B"), c("1"), c("kg", 1, 2)],
      [c("C"), c("D"), c("2")],
      [c("E"), c("9", 1, 2), c("3")],
      [c("F"), c("4")],
    ])).toEqual([
      ["Group", "Item", "2023", ""],
      ["Group", "Sub", "7", "8"],
      ["A", "B", "1", "kg"],
      ["C", "D", "2", "kg"],
      ["E", "9", "3"],
      ["F", "", "4"],
    ]);
  });

  test("rows as an importer writes them, the spanning cells only in their first row", () => {
    // What a document importer without rowspan support writes for the table above: shorter rows.
    const tab = [
      "Topic\tMetric\tUnit\tYear",
      "2023\t2022",
      "Climate\tScope 1\ttCO2e\t2,210\t2,340",
      "Scope 2\t5,025\t5,380",
      "Total (Scope 1 and 2)\t7,235\t7,720",
      "Share of staff trained\tMen\t%\t81.0\t79.5",
      "Women\t%\t86.4\t84.0",
      "All employees\t%\t83.2\t81.3",
      "Energy\tPurchased electricity\tMWh\t4,400\t4,150",
      "Natural gas\tm³\t52,000\t49,700",
    ].join("\n");
    const [t] = tablesOf(tab);
    expect(t.rows.map((r) => [r.label, r.unit, r.context.join(" / ")])).toEqual([
      ["Scope 1", "tCO2e", "Climate"],
      ["Scope 2", "tCO2e", "Climate"],
      ["Total (Scope 1 and 2)", "tCO2e", "Climate"],
      ["Men", "%", "Share of staff trained"],
      ["Women", "%", "Share of staff trained"],
      ["All employees", "%", "Share of staff trained"],
      ["Purchased electricity", "MWh", "Energy"],
      ["Natural gas", "m3", "Energy"],
    ]);
    expect(rec(tab, "ghg_scope2", 2022)?.value).toBe(5380);
    expect(rec(tab, "ghg_total", 2023)?.value).toBe(7235);
    expect(rec(tab, "employees_trained_ratio", 2022)?.value).toBe(81.3);
    expect(rec(tab, "natural_gas_consumption", 2023)?.value).toBe(52000);
    // A short row borrows the unit above only as the table's: a head count under a tCO2e row is still a count.
    const own = "Metric\tUnit\t2023\nScope 1 emissions\ttCO2e\t310\nNumber of employees\t95";
    expect(rec(own, "employees_total", 2023)?.value).toBe(95);
  });
});

describe("a year in the row label of a one-year table", () => {
  test("each row is the year its label names", () => {
    const kpi = [
      "Code\tKPI\tUnit\tFY2025",
      "B2.1\tLost-time fatalities (employees) - 2025\tcases\t0",
      "\tLost-time fatalities (employees) - 2024\tcases\t2",
      "\tLost-time fatalities (employees) (FY2023)\tcases\t1",
      "B2.2\tLost days due to work injury\tdays\t96",
    ].join("\n");
    const [t] = tablesOf(kpi);
    expect(t.rows.map((r) => [r.label, r.year ?? null])).toEqual([
      ["Lost-time fatalities (employees)", 2025],
      ["Lost-time fatalities (employees)", 2024],
      ["Lost-time fatalities (employees)", 2023],
      ["Lost days due to work injury", null],
    ]);
    expect(rec(kpi, "fatalities", 2025)?.value).toBe(0);
    expect(rec(kpi, "fatalities", 2024)?.value).toBe(2);
    expect(rec(kpi, "fatalities", 2023)?.value).toBe(1);
    expect(rec(kpi, "lost_days_injury", 2025)?.value).toBe(96);
  });

  test("not a later year, not a year far back, not under several year columns", () => {
    const later = "Indicator\tUnit\t2024\nScope 1 emissions - 2030\ttCO2e\t500";
    expect(tablesOf(later)[0].rows[0].year).toBeUndefined();
    const two = "Indicator\tUnit\t2024\t2023\nWork-related deaths - 2022\tcases\t0\t1";
    expect(tablesOf(two)[0].rows[0].year).toBeUndefined();
    const baseline = "Indicator\tUnit\t2024\nGHG emissions reduction vs baseline (2019)\ttCO2e\t1,200";
    expect(tablesOf(baseline)[0].rows[0].year).toBeUndefined();
    const standard = "Indicator\tUnit\t2024\nStandard coal (GB/T 2589-2020)\ttce\t88";
    expect(tablesOf(standard)[0].rows[0]).toMatchObject({ label: "Standard coal (GB/T 2589-2020)" });
    expect(tablesOf(standard)[0].rows[0].year).toBeUndefined();
    const zh = "指标\t单位\t2024年\n因工死亡人数（2023年）\t人\t1";
    expect(tablesOf(zh)[0].rows[0]).toMatchObject({ label: "因工死亡人数", year: 2023 });
  });
});

test("a row's only label cell, first in the row, is its label even when the unit parser would read it as a unit", () => {
  // "每名…" reads as "per …" to the unit parser; the row's own unit is the bracketed one.
  const tab = "指標 Indicator\t2025\t2024\n每名員工平均培訓時數 Average training hours per employee (hours)\t21.7\t19.9";
  const [t] = tablesOf(tab);
  expect(t.rows[0]).toMatchObject({ unit: "hours" });
  expect(rec(tab, "training_hours_avg", 2024)?.value).toBe(19.9);
  // A unit cell after an empty label cell is still the unit.
  const [u] = tablesOf("KPI\tIndicator\tUnit\t2025\nA2.1\tPurchased electricity\tMWh\t5,100\n\t\tkWh\t12");
  expect(u.rows[1].unit).toBe("kWh");
});

describe("a change column named with two words, and a caption unit with a thousands comma", () => {
  test("'Y-o-Y change' and 'Annual change (%)' after the years are not read as values", () => {
    const tab = ["Item\tUnit\t2023\t2022\tY-o-Y change", "Electricity purchased\tMWh\t8,420\t8,100\t3.95%"].join("\n");
    expect(rec(tab, "electricity_purchased", 2023)?.value).toBe(8420);
    expect(rec(tab, "electricity_purchased", 2022)?.value).toBe(8100);
    const md = ["| KPI | Unit | 2022 | 2023 | Annual change (%) |", "|---|---|--:|--:|--:|", "| Hazardous waste | t | 41.2 | 38.9 | -5.6 |"].join("\n");
    expect(rec(md, "waste_hazardous", 2023)?.value).toBe(38.9);
  });

  test("'Unit: RMB 10,000' on a line above the table scales its rows", () => {
    const t = ["2024 ESG Report", "", "Unit: CNY 10,000", "", "| Item | 2024 | 2023 |", "|---|---:|---:|", "| Total taxes paid | 1,250.5 | 1,100.0 |"].join("\n");
    expect(rec(t, "taxes_paid", 2024)).toMatchObject({ value: 12505000, unit: "CNY" });
  });
});

describe("rows printed with dot leaders (tables in text taken from PDFs)", () => {
  test("the dots between label and figures are a column gap; 'n.a.' is a missing value", () => {
    const t = [
      "                                              2024        2023",
      "Grid electricity, MWh ........................   52,310      49,874",
      "Hazardous waste, tonnes ......................     17.4        n.a.",
      "Diesel consumed, tonnes . . . . . . . . . . .     88.0        91.3",
    ].join("\n");
    expect(rec(t, "electricity_purchased", 2024)?.value).toBe(52310);
    expect(rec(t, "waste_hazardous", 2024)?.value).toBe(17.4);
    expect(rec(t, "waste_hazardous", 2023)).toBeUndefined();
    expect(rec(t, "diesel_consumption", 2023)?.value).toBe(91.3);
  });
});

describe("a row of percentages without a label under a count row", () => {
  test("states the share of the row above; the group cell above still applies to the rows after", () => {
    const t = [
      "Acme Co., Ltd. 2024 ESG Report",
      "",
      "Indicator\tUnit\t2024\t2023",
      "Total employees\tpersons\t2,400\t2,210",
      "By gender",
      "Female\tpersons\t1,008\t901",
      "\t%\t42.0\t40.8",
      "Male\tpersons\t1,392\t1,309",
      "\t%\t58.0\t59.2",
      "Employees trained\tpersons\t2,300\t2,050",
      "\t%\t95.8\t92.8",
    ].join("\n");
    expect(rec(t, "female_employee_ratio", 2024)?.value).toBe(42);
    expect(rec(t, "employees_male", 2023)?.value).toBe(1309);
    expect(rec(t, "employees_trained_ratio", 2023)?.value).toBe(92.8);
  });
});

describe("a row label that ends on the line after its figures (pdftotext layout)", () => {
  test("a bracketed qualifier, or the end of a bracket left open, joins the row above", () => {
    const t = [
      "Acme Co., Ltd. 2024 ESG Report",
      "",
      "   Indicator                       Unit          2024          2023",
      "   Scope 2 emissions               tCO2e       12,400.0      11,950.0",
      "   (market-based)",
      "   Scope 2 emissions (location-    tCO2e       15,210.5      14,880.2",
      "   based)",
    ].join("\n");
    expect(rec(t, "ghg_scope2_market", 2024)?.value).toBe(12400);
    expect(rec(t, "ghg_scope2", 2023)?.value).toBe(14880.2);
  });
});
