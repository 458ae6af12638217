import { blocksOf, extract, rec, tablesOf } from "./helpers";

const vals = (t: { values: ({ value: number | null } | null)[] }) => t.values.map((v) => v?.value ?? null);

test("a change / remarks column after the years is not a year's value (tab, pipe, HTML, space rows)", () => {
  const tab = "Metric\tUnit\t2025\t2024\t2023\tYoY\nPotable water use\tm3\t5,120\t4,880\t4,700\t+4.9%\nLandfilled waste\tt\t88.1\t90.0\t—\t(2.1)";
  const [t] = tablesOf(tab);
  expect(t.years).toEqual([2025, 2024, 2023]);
  expect(vals(t.rows[0])).toEqual([5120, 4880, 4700]);
  expect(vals(t.rows[1])).toEqual([88.1, 90, null]);
  expect(rec(tab, "water_consumption", 2023)?.value).toBe(4700);
  const pipe = "| Metric | Unit | 2025 | 2024 | Remarks |\n|---|---|---|---|---|\n| Headcount | persons | 930 | 905 | includes interns |";
  expect(rec(pipe, "employees_total", 2024)?.value).toBe(905);
  const html = "<table><tr><th>Metric</th><th>Unit</th><th>2025</th><th>2024</th><th>备注</th></tr><tr><td>Headcount</td><td>persons</td><td>930</td><td>905</td><td></td></tr></table>";
  expect(rec(html, "employees_total", 2025)?.value).toBe(930);
  const space = "Metric Unit 2025 2024 2023 Change (%)\nPotable water use m3 5,120 4,880 4,700 -3.1%\nHeadcount persons 930 905 880 Hiring of new graduates";
  const [s] = tablesOf(space);
  expect(vals(s.rows[0])).toEqual([5120, 4880, 4700]);
  expect(vals(s.rows[1])).toEqual([930, 905, 880]);
});

test("spaces as thousands separators: grouped to the header's number of years", () => {
  const [t] = tablesOf("Metric Unit 2025 2024\nPotable water use m3 3 512 640 3 390 115\nHeadcount persons 2 310 1 984");
  expect(vals(t.rows[0])).toEqual([3512640, 3390115]);
  expect(vals(t.rows[1])).toEqual([2310, 1984]);
  const [c] = tablesOf("Metric\tUnit\t2025\t2024\nHeadcount\tpersons\t9 215\t8 870");
  expect(vals(c.rows[0])).toEqual([9215, 8870]);
  // Thin and narrow no-break spaces separate thousands too.
  const [n] = tablesOf("Metric Unit 2025 2024\nHeadcount persons 9\u202F215 8\u2009870");
  expect(vals(n.rows[0])).toEqual([9215, 8870]);
});

test("a label naming a sum of scopes is the GHG total, in English and Chinese", () => {
  const zh = "指标\t单位\t2025年\t2024年\n碳排放合计（范围一+范围二）\t吨二氧化碳当量\t5,400\t5,100\n其中：范围一\t吨二氧化碳当量\t1,400\t1,300";
  expect(rec(zh, "ghg_total", 2025)?.value).toBe(5400);
  expect(rec(zh, "ghg_scope1", 2025)?.value).toBe(1400);
  const en = "Metric\tUnit\t2025\t2024\nGHG emissions in total (Scope 1 and 2)\ttCO2e\t5,400\t5,100\nScope 1\ttCO2e\t1,400\t1,300";
  expect(rec(en, "ghg_total", 2024)?.value).toBe(5100);
  expect(rec(en, "ghg_scope1", 2024)?.value).toBe(1300);
});

test("units stated for the columns: a unit row under the years, a unit in each year cell", () => {
  const under = "Air emissions\tFY2025\tFY2024\n\t(tCO2e)\t(tCO2e)\nDirect (Scope 1)\t1,250.5\t1,300.0\nIntensity (tCO2e per employee)\t0.8\t0.9";
  const [t] = tablesOf(under);
  expect(t.rows[0]).toMatchObject({ label: "Direct (Scope 1)", unit: "tCO2e", unitInherited: true });
  expect(t.rows[0].context).toEqual([]);
  expect(t.rows[1].unit).toBe("tCO2e per employee");
  const lead = "Item\t2025\t2024\nUnit\tMWh\tMWh\nPurchased electricity\t3,400\t3,350";
  expect(tablesOf(lead)[0].rows[0].unit).toBe("MWh");
  const spaced = "Item 2025 2024\n(tCO2e) (tCO2e)\nScope 1 emissions 880 910";
  expect(tablesOf(spaced)[0].rows[0]).toMatchObject({ unit: "tCO2e" });
  const inCell = "Item\t2025 (MWh)\t2024 (MWh)\nPurchased electricity\t3,400\t3,350";
  const [c] = tablesOf(inCell);
  expect(c.years).toEqual([2025, 2024]);
  expect(c.rows[0].unit).toBe("MWh");
});

test("fiscal-year headers are labelled by the calendar year they end in", () => {
  expect(tablesOf("Item\tFY2023/24\tFY2022/23\nHeadcount\t410\t395")[0].years).toEqual([2024, 2023]);
  expect(tablesOf("Item Unit 2023/24 2022/23\nHeadcount persons 410 395")[0].years).toEqual([2024, 2023]);
  expect(tablesOf("Item\tYear ended 30 June 2025\tYear ended 30 June 2024\nHeadcount\t410\t395")[0].years).toEqual([2025, 2024]);
  expect(tablesOf("项目\t財政年度2025\t財政年度2024\n僱員總數\t410\t395")[0].years).toEqual([2025, 2024]);
});

test("a bracketed prior-year figure belongs to its year; the figure before it to the report's", () => {
  const text = "Harbourline Logistics 2025 ESG Report\nSales revenue for the year came to HK$ 912.4 million (2024: HK$ 880.1 million), and net profit was HK$ 75.3 million.";
  expect(rec(text, "revenue", 2025)?.value).toBe(912400000);
  expect(rec(text, "revenue", 2024)?.value).toBe(880100000);
  expect(rec(text, "net_profit", 2025)?.value).toBe(75300000);
  expect(rec(text, "net_profit", 2024)).toBeUndefined();
});

test("report year from a period printed once, a combined CSR/ESG title, or a fiscal year", () => {
  const once = "Lakeside Foods\nAbout this report\nIt covers our operations from January 1 to December 31, 2025.\nNet profit was RMB 61 million.";
  expect(rec(once, "net_profit", 2025)?.value).toBe(61000000);
  const title = "Lakeside Foods 2025 Corporate Social Responsibility and ESG Report\nNet profit was RMB 61 million.";
  expect(rec(title, "net_profit", 2025)?.value).toBe(61000000);
  const fiscal = "Lakeside Foods\nThis report covers the financial year from 1 July 2024 to 30 June 2025.\nNet profit was RMB 61 million.";
  expect(rec(fiscal, "net_profit", 2025)?.value).toBe(61000000);
  const ended = "Lakeside Foods\nSustainability statement for the year ended 30 June 2025\nNet profit was RMB 61 million.";
  expect(rec(ended, "net_profit", 2025)?.value).toBe(61000000);
});

test("gender sub-rows: bilingual labels and dash-marked rows under the total", () => {
  const bi = "Item\t2025\t2024\n員工總人數 Total workforce\t920\t880\n男性 Male\t500\t470\nFemale 女性\t420\t410";
  expect(rec(bi, "employees_male", 2025)?.value).toBe(500);
  expect(rec(bi, "employees_female", 2024)?.value).toBe(410);
  const dashed = "Item\t2025\t2024\nTotal workforce\t920\t880\n– Men\t500\t470\n– Women\t420\t410";
  expect(rec(dashed, "employees_male", 2024)?.value).toBe(470);
  expect(rec(dashed, "employees_female", 2025)?.value).toBe(420);
  // Halves that disagree are no qualifier.
  expect(rec("Item\t2025\nTotal workforce\t920\n男性 Female\t500", "employees_female", 2025)).toBeUndefined();
});

test("a Chinese total of scopes written 范围一及二 is the total", () => {
  const t = "指标\t2025年\t2024年\n温室气体排放总量（范围一及二）（吨二氧化碳当量）\t5,400\t5,100";
  expect(rec(t, "ghg_total", 2025)?.value).toBe(5400);
  expect(rec(t, "ghg_scope1", 2025)).toBeUndefined();
});

test("board counts written in words, English and Chinese numerals", () => {
  const en = "Hengda Tools 2025 ESG Report\n\nThe Board comprises ten Directors, four of whom are independent non-executive Directors.";
  expect(rec(en, "board_size", 2025)?.value).toBe(10);
  expect(rec(en, "independent_directors", 2025)?.value).toBe(4);
  const has = "Hengda Tools 2025 ESG Report\n\nOur Board of Directors has twelve members.";
  expect(rec(has, "board_size", 2025)?.value).toBe(12);
  const zh = "恒达工具2025年ESG报告\n\n本公司董事會由十一名董事組成，其中包括五名獨立非執行董事及兩名女性董事。";
  expect(rec(zh, "board_size", 2025)?.value).toBe(11);
  expect(rec(zh, "independent_directors", 2025)?.value).toBe(5);
  expect(rec(zh, "female_directors", 2025)?.value).toBe(2);
  // Number words outside a board sentence stay words.
  expect(extract("Hengda Tools 2025 ESG Report\n\nWe have three customer complaints channels.").records).toEqual([]);
});

test("highlight cards with the figure first and its caption on the next line", () => {
  const text = "Hengda Tools 2025 ESG Report\n\n## Highlights\n\n**RMB3,120.4 million**\nsales revenue\n\n**HK$ 45.1 million**\ntax payments, up 3% on last year\n";
  expect(rec(text, "revenue", 2025)?.value).toBe(3120400000);
  expect(rec(text, "taxes_paid", 2025)).toMatchObject({ value: 45100000, unit: "HKD" });
  const cards = blocksOf("**7,310 MWh**\nelectricity purchased\n").filter((b) => b.kind === "card");
  expect(cards).toEqual([expect.objectContaining({ label: "electricity purchased", valueText: "7,310 MWh", line: 1 })]);
  // A figure line followed by a sentence is prose, not a card.
  expect(blocksOf("42 sites\nWe operate these sites under one ISO 14001 system, certified again this year.").some((b) => b.kind === "card")).toBe(false);
});

test("highlight cards whose unit prints digits (tCO2e, m3, per RMB 10,000)", () => {
  const text = "Hengda Tools 2025 ESG Report\n\n## Highlights\n\nScope 1 GHG emissions\n\n**12,480.5 tCO₂e**\n\nTotal water consumption\n\n356,200 m³\n\nGHG emission intensity\n\n0.52 tCO2e/RMB 10,000\n";
  expect(rec(text, "ghg_scope1", 2025)?.value).toBe(12480.5);
  expect(rec(text, "water_consumption", 2025)?.value).toBe(356200);
  expect(rec(text, "ghg_intensity_revenue", 2025)).toMatchObject({ value: 52, unit: "tCO2e/CNY million" });
  // A second figure that is not part of a unit still makes the line no card value.
  expect(blocksOf("Scope 1 GHG emissions\n\n12,480.5 tCO2e 2024: 11,906\n").some((b) => b.kind === "card")).toBe(false);
});

test("a count stated as none in words is 0 (corruption cases, fatalities)", () => {
  const en = "Hengda Tools 2025 ESG Report\n\nIn the year there were no concluded legal cases regarding corrupt practices against the Company. We recorded zero work-related fatalities.";
  expect(rec(en, "corruption_cases", 2025)?.value).toBe(0);
  expect(rec(en, "fatalities", 2025)?.value).toBe(0);
  const zh = "恒达工具2025年ESG报告\n\n本年度公司未发生已审结的贪污诉讼案件。";
  expect(rec(zh, "corruption_cases", 2025)?.value).toBe(0);
  // A goal of zero, or a multi-year statement, is not the year's count.
  expect(rec("Hengda Tools 2025 ESG Report\n\nOur target is zero work-related fatalities.", "fatalities", 2025)).toBeUndefined();
  expect(rec("Hengda Tools 2025 ESG Report\n\nWe have had no work-related fatalities in the past three years.", "fatalities", 2025)).toBeUndefined();
  expect(extract("Hengda Tools 2025 ESG Report\n\nWe have zero tolerance for corruption.").records).toEqual([]);
});

test("prose: an aside between label and linking verb; people employed are employees", () => {
  const text = "Hengda Tools 2025 ESG Report\n\nScope 2 emissions, mostly from grid power bought for the kilns, amounted to 9,240 tonnes.\nAt year end the Company employed 2,904 people in total.";
  expect(rec(text, "ghg_scope2", 2025)?.value).toBe(9240);
  expect(rec(text, "employees_total", 2025)?.value).toBe(2904);
});

test("rows whose figures sit right of the years (PDF column drift) under a header with a remarks column", () => {
  const t = "Metric\tUnit\tFY2025\tFY2024\tNotes\nHeadcount\tpersons\t\t1 210\t1 175\nWater use\tm3\t8,100\t7,950\tmetered\nLandfill\tt\t\t12.0\t(3.1)";
  const [b] = tablesOf(t);
  expect(vals(b.rows[0])).toEqual([1210, 1175]);
  expect(vals(b.rows[1])).toEqual([8100, 7950]);
  // A change figure in the notes column is never shifted into a year.
  expect(vals(b.rows[2])).not.toContain(-3.1);
});

test("units printed inside the label", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nItem\t2025\t2024\nHeadcount at year end (persons)\t2,310\t2,200\nElectricity consumption (million kWh)\t8.4\t8.1\nFresh water drawn (thousand m³)\t45.2\t44.0\nSales revenue (HK$ million)\t812.5\t790.0";
  expect(rec(t, "employees_total", 2025)?.value).toBe(2310);
  expect(rec(t, "electricity_consumption", 2024)).toMatchObject({ value: 8100, unit: "MWh" });
  expect(rec(t, "revenue", 2025)).toMatchObject({ value: 812500000, unit: "HKD" });
});

test("prose figures with spaces as thousands separators", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nAs at 30 June 2025 the Group had 12 504 employees (2024: 11 980). Our solar panels generated 2 346.5 MWh of renewable electricity in 2025.";
  expect(rec(t, "employees_total", 2025)?.value).toBe(12504);
  expect(rec(t, "employees_total", 2024)?.value).toBe(11980);
  expect(rec(t, "renewable_electricity_generated", 2025)?.value).toBe(2346.5);
});

test("Chinese bracketed prior-year count and 宗 as a counter", () => {
  const t = "恒达工具2025年ESG报告\n\n报告期内，公司共收到18宗产品相关投诉（2024年：23宗），均已妥善处理。";
  expect(rec(t, "customer_complaints", 2025)?.value).toBe(18);
  expect(rec(t, "customer_complaints", 2024)?.value).toBe(23);
});

test("gender sub-rows introduced by 'of which' after a dash", () => {
  const t = "| Indicator | 2025 | 2024 |\n|---|---:|---:|\n| Headcount at year end (persons) | 930 | 905 |\n| – of which women (persons) | 410 | 395 |";
  expect(rec(t, "employees_female", 2025)?.value).toBe(410);
});

test("dash-marked sub-rows are named with the words of the row above", () => {
  const t = "Hengda Tools 2025 ESG Report\n\n| Indicator | Unit | 2025 | 2024 |\n|---|---|---:|---:|\n| Electricity use | MWh | 9,400 | 9,100 |\n| – bought from the grid | MWh | 7,900 | 7,700 |\n| Total waste | t | 500 | 480 |\n| – hazardous | t | 20 | 18 |";
  expect(rec(t, "electricity_purchased", 2025)?.value).toBe(7900);
  expect(rec(t, "waste_hazardous", 2024)?.value).toBe(18);
  expect(rec(t, "waste_total", 2025)?.value).toBe(500);
});

test("a share stated as 'X accounted for N% of the whole'", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nAt year end, women accounted for 38.5% of the total workforce. Scope 1 accounted for 20% of our emissions.";
  expect(rec(t, "female_employee_ratio", 2025)?.value).toBe(38.5);
  expect(extract(t).records.filter((r) => r.metric.startsWith("ghg"))).toEqual([]);
});

test("prose: quantity first, then 'of <noun> were <verb>'", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nIn 2025, 412,300 cubic metres of wastewater were discharged to the municipal sewer, and 2,140 tonnes of hazardous waste were generated.";
  expect(rec(t, "wastewater_discharge", 2025)?.value).toBe(412300);
  expect(rec(t, "waste_hazardous", 2025)?.value).toBe(2140);
});

test("lexicon: 'paid taxes of', 'profit for the year' (not before tax)", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nWe paid taxes of RMB 41 million during the year. Profit for the year was RMB 96.5 million.";
  expect(rec(t, "taxes_paid", 2025)?.value).toBe(41000000);
  expect(rec(t, "net_profit", 2025)?.value).toBe(96500000);
  expect(rec("Hengda Tools 2025 ESG Report\n\nProfit for the year before tax was RMB 120 million.", "net_profit", 2025)).toBeUndefined();
});

test("board size with an owner before 'Board' (Hengda's Board, the Company's Board)", () => {
  const t = "Hengda Tools 2025 ESG Report\n\nHengda's Board of Directors has eight members, two of whom are independent directors.";
  expect(rec(t, "board_size", 2025)?.value).toBe(8);
  expect(rec(t, "independent_directors", 2025)?.value).toBe(2);
});

test("a percentage card under a count caption is the count's percentage sibling", () => {
  const t = "Hengda Tools 2025 ESG Report\n\n**96%**\nemployees trained\n";
  expect(rec(t, "employees_trained_ratio", 2025)?.value).toBe(96);
  expect(rec(t, "employees_trained", 2025)).toBeUndefined();
});
