import { Dataset } from "../../src/dataset/dataset";
import { defaultReference } from "../../src/dataset/defaultReference";
import { EsgQueries } from "../../src/dataset/queries";
import { DATA_COLUMNS } from "../../src/dataset/schema";
import type { QueryResult } from "../../src/dataset/results";
import { JINGSHENG, JINPAN, JLMAG } from "./fixtures/corpus";
import { goldQueries, goldTablesWithNames } from "./fixtures/queries";

const q = goldQueries();
const value = <T>(result: QueryResult<T>): T => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}: ${result.error.message}`);
  return result.value;
};
const failure = (result: QueryResult<unknown>) => (result.ok ? { value: result.value } : result.error);

describe("ESG.METRIC", () => {
  test("values by id for a year, and the latest year when blank", () => {
    expect(value(q.metricValue("JL MAG", "ghg_scope1", 2024))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "ghg_scope1", 2022))).toBe(3221);
    expect(value(q.metricValue("JL MAG", "ghg_scope1"))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "ghg_scope1", null, ""))).toBe(6436.68);
    expect(value(q.metricValue("Jinpan", "revenue"))).toBe(3303000000);
    expect(value(q.metricValue("Jingsheng", "rd_investment", "FY2022"))).toBe(796330000);
  });

  test("forgiving company and metric arguments", () => {
    expect(value(q.metricValue("300748", "Scope 1 (direct) GHG emissions", 2023))).toBe(4052);
    expect(value(q.metricValue("金力永磁", "范围一温室气体排放", 2022))).toBe(3221);
    expect(value(q.metricValue("jl-mag rare earth", "GRI 305-1", 2024))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "Scope 1", 2024))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "范围一", 2024))).toBe(6436.68);
    expect(value(q.metricValue("688676", "GHG_SCOPE2"))).toBe(14496.7);
  });

  test("labels as reports print them, through the catalogue's search", () => {
    expect(value(q.metricValue("JL MAG", "Scope 1 emissions", 2024))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "范围一排放", 2024))).toBe(6436.68);
    expect(value(q.metricValue("JL MAG", "用水量", 2024))).toBe(1486491);
    expect(value(q.metricValue("JL MAG", "305-1", 2024))).toBe(6436.68);
    // A bare "Water" is how KPI tables label the headline water figure.
    expect(value(q.metricValue("JL MAG", "water", 2024))).toBe(1486491);
    expect(failure(q.metricValue("JL MAG", "wter consumption"))).toEqual({
      code: "invalidValue",
      message: expect.stringMatching(/^Unknown metric "wter consumption"\. Did you mean water_consumption\b.*\? ESG\.METRICS\(\) lists all metrics\.$/),
    });
    // Short typos and misspelt words are suggested from the catalogue's names and labels.
    const unknown = (message: unknown) => ({ code: "invalidValue", message });
    expect(failure(q.metricValue("JL MAG", "watr", 2024))).toEqual(unknown(expect.stringMatching(/^Unknown metric "watr"\. Did you mean water_consumption\b/)));
    expect(failure(q.metricValue("JL MAG", "emplyees", 2024))).toEqual(unknown(expect.stringMatching(/^Unknown metric "emplyees"\. Did you mean employees_total\b/)));
    expect(failure(q.metricValue("JL MAG", "xyzzy", 2024))).toEqual(unknown('Unknown metric "xyzzy". ESG.METRICS() lists all metrics.'));
  });

  test("converts within the metric's dimension", () => {
    expect(value(q.metricValue("JL MAG", "ghg_scope1", 2024, "ktCO2e"))).toBe(6.43668);
    expect(value(q.metricValue("JL MAG", "ghg_scope1", 2024, "kgCO2e"))).toBe(6436680);
    expect(value(q.metricValue("Jinpan", "energy_total", 2021, "GJ"))).toBe(133935.732);
    expect(value(q.metricValue("Jinpan", "energy_total", 2021, "tce"))).toBe(4570);
    expect(value(q.metricValue("Jingsheng", "electricity_purchased", 2023, "kWh"))).toBe(484010108);
    expect(value(q.metricValue("Jingsheng", "revenue", 2023, "CNY 10,000"))).toBe(1798319);
    expect(value(q.metricValue("JL MAG", "env_investment", 2022, "万元"))).toBe(1537);
    expect(value(q.metricValue("Jingsheng", "diesel_consumption", 2021, "L"))).toBe(860);
  });

  test("a known metric without data for the year names the years that exist", () => {
    expect(failure(q.metricValue("JL MAG", "ghg_scope1", 2021))).toEqual({
      code: "notAvailable",
      message: "No ghg_scope1 for JL MAG Rare-Earth Co., Ltd. in 2021. Years with data: 2022, 2023 and 2024.",
    });
    expect(failure(q.metricValue("JL MAG", "ghg_scope3"))).toEqual({
      code: "notAvailable",
      message: "JL MAG Rare-Earth Co., Ltd. has no ghg_scope3 (Scope 3 GHG emissions) in the ESG data.",
    });
  });

  test("unknown companies say what was not found and suggest the closest", () => {
    expect(failure(q.metricValue("JL MAGG", "ghg_scope1"))).toEqual({
      code: "notAvailable",
      message: 'Company "JL MAGG" is not in the ESG data. Did you mean JL MAG Rare-Earth Co., Ltd.?',
    });
    expect(failure(q.metricValue("Tesla", "ghg_scope1"))).toEqual({
      code: "notAvailable",
      message: `Company "Tesla" is not in the ESG data. Companies in the data: ${JINPAN.name}, ${JINGSHENG.name} and ${JLMAG.name}`,
    });
    expect(failure(q.metricValue("", "ghg_scope1"))).toEqual({ code: "invalidValue", message: "Company is missing: give a company name, short name or stock code." });
  });

  test("unknown or ambiguous metrics give #VALUE! with the candidates", () => {
    expect(failure(q.metricValue("JL MAG", "ghg_scop1"))).toEqual({
      code: "invalidValue",
      message: 'Unknown metric "ghg_scop1". Did you mean ghg_scope1, ghg_scope2 or ghg_scope3? ESG.METRICS() lists all metrics.',
    });
    expect(failure(q.metricValue("JL MAG", "HKEX A1.2"))).toEqual({
      code: "invalidValue",
      message: expect.stringMatching(/^Metric "HKEX A1\.2" could be ghg_total, ghg_scope1, ghg_scope2\b.*: use the metric id\.$/),
    });
  });

  test("unknown and incompatible units give #VALUE! and list the units that work", () => {
    expect(failure(q.metricValue("JL MAG", "ghg_scope1", 2024, "xyz"))).toEqual({
      code: "invalidValue",
      message: 'ghg_scope1: unknown unit "xyz". Units for greenhouse gas: tCO2e, kgCO2e, ktCO2e or MtCO2e.',
    });
    expect(failure(q.metricValue("JL MAG", "ghg_scope1", 2024, "MWh"))).toEqual({
      code: "invalidValue",
      message: 'ghg_scope1: Cannot convert "tCO2e" to "MWh": "tCO2e" is greenhouse gas and "MWh" is energy. Units for greenhouse gas: tCO2e, kgCO2e, ktCO2e or MtCO2e.',
    });
  });

  test("a year that is not a year is #VALUE!", () => {
    expect(failure(q.metricValue("JL MAG", "ghg_scope1", "last"))).toEqual({ code: "invalidValue", message: 'Year "last" is not a year such as 2024.' });
    expect(failure(q.metricValue("JL MAG", "ghg_scope1", 2024.5))).toEqual({ code: "invalidValue", message: 'Year "2024.5" is not a year such as 2024.' });
  });

  test("an empty workbook says how to fill it", () => {
    const empty = new EsgQueries(new Dataset(), defaultReference());
    expect(failure(empty.metricValue("JL MAG", "ghg_scope1"))).toEqual({
      code: "notAvailable",
      message: "This workbook has no ESG data yet: import a report from the ESG task pane.",
    });
    expect(failure(empty.companies())).toEqual(failure(empty.metricValue("x", "y")));
  });

  test("follows a value the user corrected in the table", () => {
    const tables = goldTablesWithNames();
    const row = tables.data.find((r) => r[0] === JLMAG.name && r[1] === 2024 && r[2] === "ghg_scope1")!;
    row[DATA_COLUMNS.indexOf("Value")] = 6500;
    const edited = new EsgQueries(Dataset.fromTables(tables), defaultReference());
    expect(value(edited.metricValue("JL MAG", "ghg_scope1", 2024))).toBe(6500);
    expect(value(edited.source("JL MAG", "ghg_scope1", 2024))).toMatch(/\(value edited in ESG Data\)$/);
  });
});

describe("ESG.SERIES", () => {
  test("year/value rows, oldest first, optionally bounded and converted", () => {
    expect(value(q.series("JL MAG", "ghg_scope1"))).toEqual([[2022, 3221], [2023, 4052], [2024, 6436.68]]);
    expect(value(q.series("JL MAG", "ghg_scope1", 2023))).toEqual([[2023, 4052], [2024, 6436.68]]);
    expect(value(q.series("JL MAG", "ghg_scope1", null, 2023, "ktCO2e"))).toEqual([[2022, 3.221], [2023, 4.052]]);
    expect(value(q.series("Jinpan", "revenue", 2019, 2020, "亿元"))).toEqual([[2019, 22.44], [2020, 24.23]]);
  });

  test("a range without data names the years that exist; a reversed range is #VALUE!", () => {
    expect(failure(q.series("JL MAG", "ghg_scope1", 2010, 2015))).toEqual({
      code: "notAvailable",
      message: "No ghg_scope1 for JL MAG Rare-Earth Co., Ltd. in 2010–2015. Years with data: 2022, 2023 and 2024.",
    });
    expect(failure(q.series("JL MAG", "ghg_scope1", 2024, 2022))).toEqual({ code: "invalidValue", message: "From year 2024 is after to year 2022." });
  });
});

describe("ESG.TABLE", () => {
  test("every metric of a year in catalogue order, filtered by category", () => {
    expect(value(q.table("Jingsheng", 2021, "G"))).toEqual([
      ["rd_investment", "R&D investment", 353580000, "CNY"],
      ["patents_total", "Patents held", 512, "count"],
      ["revenue", "Revenue", 5961360000, "CNY"],
      ["net_profit", "Net profit", 1711720000, "CNY"],
      ["total_assets", "Total assets", 16883750000, "CNY"],
      ["taxes_paid", "Taxes paid", 915970000, "CNY"],
    ]);
    expect(value(q.table("Jingsheng", 2021, "Governance"))).toEqual(value(q.table("Jingsheng", 2021, "g")));
  });

  test("the company's latest year when blank", () => {
    const rows = value(q.table("JL MAG"));
    expect(rows).toHaveLength(38);
    expect(rows[0]).toEqual(["ghg_total", "Total GHG emissions", 175552.38, "tCO2e"]);
    expect(rows[rows.length - 1]).toEqual(["corruption_cases", "Concluded corruption cases", 0, "count"]);
  });

  test("no data for that year or category, and a bad category", () => {
    expect(failure(q.table("Jinpan", 2020, "E"))).toEqual({
      code: "notAvailable",
      message: "Hainan Jinpan Smart Technology Co., Ltd. has no E metrics for 2020. Years with data: 2019, 2020 and 2021.",
    });
    expect(failure(q.table("Jinpan", 2021, "X"))).toEqual({ code: "invalidValue", message: 'Category "X" is not E, S or G (Environmental, Social, Governance).' });
  });
});

describe("ESG.COMPANIES, ESG.METRICS, ESG.UNIT", () => {
  test("companies with data, alphabetical, one column", () => {
    expect(value(q.companies())).toEqual([[JINPAN.name], [JLMAG.name], [JINGSHENG.name]]);
  });

  test("metrics: id, name, category, unit, frameworks", () => {
    const all = value(q.metrics());
    expect(all[1]).toEqual(["ghg_scope1", "Scope 1 (direct) GHG emissions", "E", "tCO2e", "HKEX A1.2; GRI 305-1"]);
    expect(all.every((row) => row.length === 5)).toBe(true);
    const governance = value(q.metrics("G"));
    expect(governance.length).toBeGreaterThan(5);
    expect(governance.every((row) => row[2] === "G")).toBe(true);
    expect(all.map((row) => row[0])).toEqual(expect.arrayContaining(["ghg_total", "revenue", "board_size"]));
  });

  test("unit of a metric by any of its names", () => {
    expect(value(q.unit("GRI 305-1"))).toBe("tCO2e");
    expect(value(q.unit("Total energy consumption"))).toBe("MWh");
    expect(value(q.unit("revenue"))).toBe("CNY");
    expect(failure(q.unit("nonsense"))).toEqual({ code: "invalidValue", message: 'Unknown metric "nonsense". ESG.METRICS() lists all metrics.' });
  });

  test("a metric id only the table knows is still answered", () => {
    const tables = goldTablesWithNames();
    const extra = [...tables.data[1]];
    extra[DATA_COLUMNS.indexOf("Metric ID")] = "solar_panels_installed";
    extra[DATA_COLUMNS.indexOf("Metric")] = "Solar panels installed";
    extra[DATA_COLUMNS.indexOf("Unit")] = "count";
    extra[DATA_COLUMNS.indexOf("Value")] = 1200;
    extra[DATA_COLUMNS.indexOf("Imported value")] = 1200;
    tables.data.push(extra);
    const withExtra = new EsgQueries(Dataset.fromTables(tables), defaultReference());
    expect(value(withExtra.metricValue("Jinpan", "Solar panels installed", 2021))).toBe(1200);
    expect(value(withExtra.unit("solar_panels_installed"))).toBe("count");
  });
});

describe("ESG.SOURCE, ESG.CONVERT", () => {
  test("source names the document, line and printed row", () => {
    expect(value(q.source("JL MAG", "ghg_scope1", 2024))).toBe("002_2048569ac2ce44f6.txt, line 2755: 2 | GHG emission (Scope 1) | tCO ₂ e | 6,436.68 | 4,052 | 3,221");
    expect(value(q.source("Jinpan", "natural_gas_consumption"))).toBe(
      "000_74fe9bf119f3c8f8.txt, line 1656: Natural gas | 10 thousands cubic meters | 62",
    );
  });

  test("convert between units of one dimension", () => {
    expect(value(q.convert(1, "tce", "MWh"))).toBe(8.141);
    expect(value(q.convert(2500, "kWh", "MWh"))).toBe(2.5);
    expect(value(q.convert(3.6, "GJ", "MWh"))).toBe(1);
    expect(value(q.convert(1537, "RMB 10,000", "CNY"))).toBe(15370000);
    expect(failure(q.convert(1, "tCO2e", "MWh"))).toEqual({
      code: "invalidValue",
      message: 'Cannot convert "tCO2e" to "MWh": "tCO2e" is greenhouse gas and "MWh" is energy. Units for greenhouse gas: tCO2e, kgCO2e, ktCO2e or MtCO2e.',
    });
    expect(failure(q.convert(1, "bananas", "MWh"))).toEqual({ code: "invalidValue", message: 'Unknown unit "bananas".' });
    expect(failure(q.convert("ten", "kWh", "MWh"))).toEqual({ code: "invalidValue", message: 'Value "ten" is not a number.' });
  });
});

describe("ESG.YOY, ESG.INTENSITY", () => {
  test("year-on-year change as a fraction of the previous year", () => {
    expect(value(q.yearOnYear("JL MAG", "ghg_scope1", 2024))).toBe(0.588519249753);
    expect(value(q.yearOnYear("JL MAG", "ghg_scope1"))).toBe(0.588519249753);
    expect(value(q.yearOnYear("JL MAG", "employees_total", 2023))).toBe(0.0915450729562);
    expect(failure(q.yearOnYear("JL MAG", "ghg_scope1", 2022))).toEqual({
      code: "notAvailable",
      message: "No ghg_scope1 for JL MAG Rare-Earth Co., Ltd. in 2021 to compare 2022 with. Years with data: 2022, 2023 and 2024.",
    });
    expect(failure(q.yearOnYear("JL MAG", "fatalities", 2024))).toEqual({
      code: "divisionByZero",
      message: "fatalities for JL MAG Rare-Earth Co., Ltd. was 0 in 2023: no relative change.",
    });
  });

  test("intensity per million of a currency, or per unit asked for", () => {
    expect(value(q.intensity("Jingsheng", "ghg_total", "revenue"))).toBe(15.3502242928);
    expect(value(q.intensity("Jingsheng", "ghg_total", "revenue", 2022))).toBe(13.7689163034);
    expect(value(q.intensity("Jinpan", "ghg_total", "revenue", 2021, "kgCO2e", "CNY 10,000"))).toBe(49.6984559491);
    expect(value(q.intensity("Jingsheng", "ghg_total", "employees_total", 2022))).toBe(19.0528095734);
    expect(failure(q.intensity("JL MAG", "ghg_total", "revenue"))).toEqual({
      code: "notAvailable",
      message: "JL MAG Rare-Earth Co., Ltd. has no year with both ghg_total (2022, 2023 and 2024) and revenue (none).",
    });
    expect(failure(q.intensity("Jinpan", "ghg_total", "revenue", 2019))).toEqual({
      code: "notAvailable",
      message: "No ghg_total for Hainan Jinpan Smart Technology Co., Ltd. in 2019. Years with data: 2021.",
    });
  });
});
