import { populateExcelWorkbook } from "../../taskpane/excel";
import { DATA_COLUMNS, SOURCES_COLUMNS, CHECKS_COLUMNS } from "../../src/dataset/schema";
import { FakeExcel } from "./fakeExcel";
import { JLMAG_FILE, TEST_CATALOGUE, jlmagReport, syntheticReports } from "../worksheets/fixtures";

const JLMAG = "JL MAG Rare-Earth Co., Ltd.";
const options = { catalogue: TEST_CATALOGUE };

function setUp(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  excel.install();
  return excel;
}

describe("populateExcelWorkbook (office-addin-mock)", () => {
  it("creates ESG Data as the ESGData table with the rows, header frozen and Imported value hidden", async () => {
    const excel = setUp();
    const summary = await populateExcelWorkbook([jlmagReport()], options);
    expect(summary).toMatchObject({ added: 12, updated: 0, companies: [JLMAG] });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "ESG Data", "ESG Sources", "ESG Checks", JLMAG]);
    const table = excel.table("ESGData")!;
    expect(table.address).toBe("'ESG Data'!A1:Q13");
    const values = table.values();
    expect(values[0]).toEqual([...DATA_COLUMNS]);
    expect(values[1]).toEqual([
      JLMAG, 2023, "ghg_total", "Total GHG emissions", "E", 83512, "tCO2e", 83512, "tCO2e", JLMAG_FILE, 56, 2754,
      "ghg_total 2023 83512 tCO2e", 0.9, "extracted", "", 83512,
    ]);
    const data = excel.sheet("ESG Data")!;
    expect(data.hiddenColumns).toEqual(new Set(["Q"]));
    expect(data.frozenRows).toBe(1);
    expect(data.columnWidths.get("M")).toBe(341); // Evidence: 60 characters
  });

  it("keeps text that looks like a number as text (stock codes) and writes the sources and checks tables", async () => {
    const excel = setUp();
    await populateExcelWorkbook([jlmagReport({ company: { name: JLMAG, stockCode: "002008", aliases: [] } })], options);
    const sources = excel.table("ESGSources")!.values();
    expect(sources[0]).toEqual([...SOURCES_COLUMNS]);
    expect(sources[1]).toEqual([JLMAG_FILE, JLMAG, "", "002008", 2024, "pdf", "2025-03-01T10:00:00.000Z", 12, 120]);
    const checks = excel.table("ESGChecks")!.values();
    expect(checks[0]).toEqual([...CHECKS_COLUMNS]);
    expect(checks[1]).toEqual([
      "info", JLMAG, 2024, "ghg_scope2", "Year-on-year jump", "ghg_scope2 went from 79,460 tCO2e in 2023 to 169,115.7 tCO2e in 2024 (+112.8%).",
    ]);
  });

  it("writes the model sheet: company in B2, years in row 5, ESG.METRIC formulas, number formats, bold headers, frozen panes", async () => {
    const excel = setUp();
    await populateExcelWorkbook([jlmagReport()], options);
    const model = excel.sheet(JLMAG)!;
    expect(model.cell("A1")).toMatchObject({ value: "ESG company model", bold: true, fontSize: 14 });
    expect(model.cell("B2")?.value).toBe(JLMAG);
    expect(model.values(4, 0, 1, 5)).toEqual([["Metric ID", "Metric", 2023, 2024, "Unit"]]);
    expect(model.cell("A6")).toMatchObject({ value: "E", bold: true });
    expect(model.cell("D7")).toMatchObject({ formula: "=ESG.METRIC($B$2,$A7,D$5)", numberFormat: "#,##0.00" });
    expect(model.cell("C10")).toMatchObject({ value: "", numberFormat: "#,##0" });
    expect(model.cell("C10")?.formula).toBeUndefined();
    expect(model.cell("D15")).toMatchObject({ formula: "=ESG.METRIC($B$2,$A15,D$5)", numberFormat: "0.0" });
    expect(model.cell("E15")?.value).toBe("%");
    expect(model.frozenAt).toBe("A1:B5");
  });

  it("re-import updates in place: no duplicates, the analyst's edit and own column and formula survive", async () => {
    const excel = setUp();
    await populateExcelWorkbook([jlmagReport()], options);
    const data = excel.sheet("ESG Data")!;
    const table = excel.table("ESGData")!;
    // The analyst edits Scope 1 2024 (row 5 of the table body → sheet row 6), types a formula in another
    // Value cell and adds a column of notes to the table.
    const scope1Row = table.values().findIndex((row) => row[2] === "ghg_scope1" && row[1] === 2024);
    data.set(scope1Row, 5, 7000);
    const totalRow = table.values().findIndex((row) => row[2] === "ghg_total" && row[1] === 2024);
    data.cells.set(`${totalRow},5`, { value: 175552.38, formula: "=6436.68+169115.7" });
    data.set(0, 17, "Notes");
    data.set(1, 17, "checked with IR");
    table.columns = 18;

    const changed = jlmagReport({ importedAt: "2025-03-02T09:00:00.000Z" });
    changed.records = changed.records.map((r) => (r.metric === "employees_total" ? { ...r, value: 6650 } : r));
    const summary = await populateExcelWorkbook([changed], options);

    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 10, keptUserEdits: 1 });
    expect(table.rows).toBe(13);
    const values = table.values();
    expect(values[scope1Row].slice(5, 7)).toEqual([7000, "tCO2e"]);
    expect(values[scope1Row][14]).toBe("edited");
    expect(values[scope1Row][16]).toBe(6436.68);
    expect(data.cell(`F${totalRow + 1}`)?.formula).toBe("=6436.68+169115.7");
    expect(values[1][17]).toBe("checked with IR");
    const employees = values.find((row) => row[2] === "employees_total")!;
    expect(employees[5]).toBe(6650);
    const checks = excel.table("ESGChecks")!.values().map((row) => row[4]);
    expect(checks).toContain("Edited value kept");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "ESG Data", "ESG Sources", "ESG Checks", JLMAG]);
    expect(excel.table("ESGSources")!.rows).toBe(2);
  });

  it("appends a second company's rows with one rows.add and never removes rows", async () => {
    const excel = setUp();
    await populateExcelWorkbook([jlmagReport()], options);
    const [other] = syntheticReports(30, 1);
    await populateExcelWorkbook([other], options);
    const values = excel.table("ESGData")!.values();
    expect(values).toHaveLength(1 + 12 + 30);
    expect(values[1][0]).toBe(JLMAG);
    expect(values[13][0]).toBe("Company 0 Holdings Ltd.");
    expect(excel.sheet("Company 0 Holdings Ltd.")?.cell("A1")?.value).toBe("ESG company model");
  });

  it("populates 5,000 records with at most 5 context.sync() calls (3: two reads, one write)", async () => {
    const excel = setUp();
    const summary = await populateExcelWorkbook(syntheticReports(5000), options);
    expect(summary.added).toBe(5000);
    expect(excel.syncCount).toBe(3);
    expect(excel.table("ESGData")!.rows).toBe(5001);
    const before = excel.syncCount;
    const again = await populateExcelWorkbook(syntheticReports(5000), options);
    expect(again).toMatchObject({ added: 0, unchanged: 5000 });
    expect(excel.syncCount - before).toBe(3);
    expect(excel.table("ESGData")!.rows).toBe(5001);
  });
});
