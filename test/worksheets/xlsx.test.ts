import ExcelJS from "exceljs";
import { createWorkbookState, populateWorkbook, workbookToXlsx, XLSX_MIME_TYPE } from "../../src/worksheets";
import { DATA_COLUMNS, SOURCES_COLUMNS, CHECKS_COLUMNS } from "../../src/dataset/schema";
import { JLMAG_FILE, TEST_CATALOGUE, jlmagReport } from "./fixtures";

const JLMAG = "JL MAG Rare-Earth Co., Ltd.";

async function roundTrip(): Promise<{ workbook: ExcelJS.Workbook; bytes: Uint8Array }> {
  const { state } = populateWorkbook(createWorkbookState(), [jlmagReport()], TEST_CATALOGUE);
  const bytes = await workbookToXlsx(state);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { workbook, bytes };
}

describe("workbookToXlsx", () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ workbook, bytes } = await roundTrip());
  });

  it("writes a zip (.xlsx) with the four sheets", () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    expect(XLSX_MIME_TYPE).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["ESG Data", "ESG Sources", "ESG Checks", JLMAG]);
  });

  it("makes ESG Data a real Excel table named ESGData, header in schema order, Imported value hidden, header frozen", () => {
    const sheet = workbook.getWorksheet("ESG Data")!;
    const table = sheet.getTable("ESGData") as unknown as { table: { tableRef: string; name: string } };
    expect(table.table.name).toBe("ESGData");
    expect(table.table.tableRef).toBe("A1:Q13");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...DATA_COLUMNS]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      JLMAG, 2023, "ghg_total", "Total GHG emissions", "E", 83512, "tCO2e", 83512, "tCO2e", JLMAG_FILE, 56, 2754,
      "ghg_total 2023 83512 tCO2e", 0.9, "extracted", undefined, 83512,
    ]);
    expect(sheet.getColumn(17).hidden).toBe(true);
    expect(sheet.getColumn(16).hidden).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes the sources and checks tables", () => {
    const sources = workbook.getWorksheet("ESG Sources")!;
    expect((sources.getTable("ESGSources") as unknown as { table: { tableRef: string } }).table.tableRef).toBe("A1:I2");
    expect((sources.getRow(1).values as unknown[]).slice(1)).toEqual([...SOURCES_COLUMNS]);
    expect(sources.getCell("A2").value).toBe(JLMAG_FILE);
    const checks = workbook.getWorksheet("ESG Checks")!;
    expect((checks.getRow(1).values as unknown[]).slice(1)).toEqual([...CHECKS_COLUMNS]);
    expect((checks.getRow(2).values as unknown[]).slice(1)).toEqual([
      "info", JLMAG, 2024, "ghg_scope2", "Year-on-year jump", "ghg_scope2 went from 79,460 tCO2e in 2023 to 169,115.7 tCO2e in 2024 (+112.8%).",
    ]);
  });

  it("writes model-sheet formulas with cached results and number formats", () => {
    const model = workbook.getWorksheet(JLMAG)!;
    expect(model.getCell("A1").value).toBe("ESG company model");
    expect(model.getCell("B2").value).toBe(JLMAG);
    expect(model.getCell("C5").value).toBe(2023);
    expect(model.getCell("A7").value).toBe("ghg_total");
    expect(model.getCell("D7").value).toEqual({ formula: "ESG.METRIC($B$2,$A7,D$5)", result: 175552.38 });
    expect(model.getCell("D7").numFmt).toBe("#,##0.00");
    expect(model.getCell("C10").value).toBeNull(); // env_investment has no 2023 figure: empty, no formula
    expect(model.getCell("D10").numFmt).toBe("#,##0");
    expect(model.getCell("D15").value).toEqual({ formula: "ESG.METRIC($B$2,$A15,D$5)", result: 30.91 });
    expect(model.getCell("D15").numFmt).toBe("0.0");
    expect(model.getCell("E15").value).toBe("%");
    expect(model.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 });
  });

  it("writes an empty workbook without tables that Excel would reject", async () => {
    const bytes = await workbookToXlsx(createWorkbookState());
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(empty.getWorksheet("ESG Data")!.getRow(1).values).toEqual([undefined, ...DATA_COLUMNS]);
    expect(empty.getWorksheet("ESG Checks")!.getCell("E2").value).toBe("No issues found");
  });
});

describe("populateWorkbook (browser mode)", () => {
  it("updates the in-memory workbook on re-import instead of duplicating, and leaves the old state as it was", () => {
    const first = populateWorkbook(createWorkbookState(), [jlmagReport()], TEST_CATALOGUE);
    const second = populateWorkbook(first.state, [jlmagReport()], TEST_CATALOGUE);
    expect(second.state.dataRows).toHaveLength(12);
    expect(second.summary).toMatchObject({ added: 0, unchanged: 12 });
    expect(first.state.dataRows).toHaveLength(12);
    expect(second.state.modelSheets.map((s) => s.sheetName)).toEqual([JLMAG]);
  });
});
