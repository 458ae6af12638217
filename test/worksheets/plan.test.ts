import { buildPopulatePlan, EMPTY_WORKBOOK, type ExistingWorkbook, type PopulatePlan } from "../../src/worksheets/plan";
import { dataRowToCells, dataRowsFromValues, sourceRowToCells } from "../../src/dataset/rows";
import { layoutFormulas } from "../../src/worksheets/modelSheet";
import { DATA_COLUMNS } from "../../src/dataset/schema";
import { JLMAG_FACTS, JLMAG_FILE, TEST_CATALOGUE, jlmagReport, record } from "./fixtures";
import type { ImportedReport } from "../../src/worksheets/types";

const JLMAG = "JL MAG Rare-Earth Co., Ltd.";
const options = { catalogue: TEST_CATALOGUE };

function plan(reports: ImportedReport[], existing: ExistingWorkbook = EMPTY_WORKBOOK): PopulatePlan {
  return buildPopulatePlan(reports, existing, options);
}

/** The workbook as the previous populate left it (what the Office writer reads back). */
function after(previous: PopulatePlan): ExistingWorkbook {
  return {
    dataRows: previous.dataRows,
    sourceRows: previous.sourceRows,
    sheets: previous.modelSheets.map((sheet) => ({ name: sheet.sheetName, modelOf: sheet.company })),
  };
}

function rowOf(p: PopulatePlan, metricId: string, year: number) {
  const rows = p.dataRows.filter((row) => row.metricId === metricId && row.year === year);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe("first populate", () => {
  const first = plan([jlmagReport()]);

  it("writes one ESG Data row per record, cells in DATA_COLUMNS order", () => {
    expect(first.dataRows).toHaveLength(JLMAG_FACTS.length);
    expect(dataRowToCells(first.dataRows[0])).toEqual([
      JLMAG, 2023, "ghg_total", "Total GHG emissions", "E", 83512, "tCO2e", 83512, "tCO2e", JLMAG_FILE, 56, 2754,
      "ghg_total 2023 83512 tCO2e", 0.9, "extracted", "", 83512,
    ]);
    const investment = rowOf(first, "env_investment", 2024);
    expect(dataRowToCells(investment)).toEqual([
      JLMAG, 2024, "env_investment", "Environmental protection investment", "E", 16836800, "CNY", 1683.68, "RMB 10,000", JLMAG_FILE, 57, 2810,
      "env_investment 2024 1683.68 RMB 10,000", 0.9, "extracted", "", 16836800,
    ]);
    expect(DATA_COLUMNS).toHaveLength(17);
  });

  it("writes the source document row", () => {
    expect(first.sourceRows.map(sourceRowToCells)).toEqual([
      [JLMAG_FILE, JLMAG, "JL MAG; 金力永磁", "300748", 2024, "pdf", "2025-03-01T10:00:00.000Z", 12, 120],
    ]);
  });

  it("summarises", () => {
    expect(first.summary).toEqual({
      added: 12,
      updated: 0,
      unchanged: 0,
      keptUserEdits: 0,
      companies: [JLMAG],
      checks: first.checks.length,
      messages: ["ESG Data: 12 added, 0 updated, 0 unchanged.", `ESG Checks: ${first.checks.length} flags to review.`],
    });
  });

  it("lays out the model sheet: E/S/G groups, years as columns, ESG.METRIC formulas only where there is data", () => {
    expect(first.modelSheets).toHaveLength(1);
    const sheet = first.modelSheets[0];
    expect(sheet.sheetName).toBe(JLMAG);
    expect(sheet.years).toEqual([2023, 2024]);
    const f = (row: number, column: "C" | "D") => `=ESG.METRIC($B$2,$A${row},${column}$5)`;
    expect(layoutFormulas(sheet)).toEqual([
      ["ESG company model", "", "", "", ""],
      ["Company", JLMAG, "", "", ""],
      ["Values", "Live ESG.METRIC formulas over the ESG Data table; units in the Unit column.", "", "", ""],
      ["", "", "", "", ""],
      ["Metric ID", "Metric", 2023, 2024, "Unit"],
      ["E", "Environmental", "", "", ""],
      ["ghg_total", "Total GHG emissions", f(7, "C"), f(7, "D"), "tCO2e"],
      ["ghg_scope1", "Scope 1 (direct) GHG emissions", f(8, "C"), f(8, "D"), "tCO2e"],
      ["ghg_scope2", "Scope 2 (energy indirect) GHG emissions", f(9, "C"), f(9, "D"), "tCO2e"],
      ["env_investment", "Environmental protection investment", "", f(10, "D"), "CNY"],
      ["S", "Social", "", "", ""],
      ["employees_total", "Total employees", "", f(12, "D"), "count"],
      ["employees_female", "Female employees", "", f(13, "D"), "count"],
      ["employees_male", "Male employees", "", f(14, "D"), "count"],
      ["female_employee_ratio", "Share of female employees", "", f(15, "D"), "%"],
      ["G", "Governance", "", "", ""],
      ["corruption_cases", "Concluded corruption cases", "", f(17, "D"), "count"],
    ]);
    expect(sheet.cells[6][2]).toEqual({ kind: "formula", formula: f(7, "C"), result: 83512 });
    expect(sheet.cells[14][3]).toEqual({ kind: "formula", formula: f(15, "D"), result: 30.91 });
    expect(sheet.boldRows).toEqual([0, 4, 5, 10, 15]);
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.frozenColumns).toBe(2);
  });

  it("formats year cells by unit: ghg 2 decimals, money and counts whole, percent 0.0", () => {
    const formats = first.modelSheets[0].numberFormats;
    expect(formats[4]).toEqual(["General", "General", "0", "0", "General"]);
    expect(formats[6].slice(2, 4)).toEqual(["#,##0.00", "#,##0.00"]); // ghg_total
    expect(formats[9].slice(2, 4)).toEqual(["#,##0", "#,##0"]); // env_investment, CNY
    expect(formats[11].slice(2, 4)).toEqual(["#,##0", "#,##0"]); // employees_total
    expect(formats[14].slice(2, 4)).toEqual(["0.0", "0.0"]); // female_employee_ratio
    expect(formats[6][4]).toBe("General"); // the Unit column is text
  });
});

describe("re-import", () => {
  const first = plan([jlmagReport()]);

  it("updates nothing and duplicates nothing when the same report comes again", () => {
    const again = plan([jlmagReport({ importedAt: "2025-03-02T09:00:00.000Z" })], after(first));
    expect(again.dataRows).toEqual(first.dataRows);
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 12, keptUserEdits: 0 });
    expect(again.sourceRows).toHaveLength(1);
    expect(again.sourceRows[0].importedAt).toBe("2025-03-02T09:00:00.000Z");
    expect(again.modelSheets.map((s) => s.sheetName)).toEqual([JLMAG]);
  });

  it("updates a changed value in place and records it as the imported value", () => {
    const changed = jlmagReport();
    const scope1 = changed.records.findIndex((r) => r.metric === "ghg_scope1" && r.year === 2024);
    changed.records[scope1] = { ...changed.records[scope1], value: 6500 };
    const again = plan([changed], after(first));
    expect(again.dataRows).toHaveLength(12);
    const position = first.dataRows.findIndex((r) => r.metricId === "ghg_scope1" && r.year === 2024);
    expect(again.dataRows[position]).toMatchObject({ value: 6500, importedValue: 6500, status: "extracted" });
    expect(again.dataOutcomes[position]).toBe("updated");
    expect(again.summary).toMatchObject({ added: 0, updated: 1, unchanged: 11 });
  });

  it("keeps a value the analyst changed in the sheet, marks it edited and flags it", () => {
    const edited = first.dataRows.map((row) => (row.metricId === "ghg_scope1" && row.year === 2024 ? { ...row, value: 7000 } : row));
    const again = plan([jlmagReport()], { ...after(first), dataRows: edited });
    const row = rowOf(again, "ghg_scope1", 2024);
    expect(row).toMatchObject({ value: 7000, importedValue: 6436.68, status: "edited" });
    expect(again.summary.keptUserEdits).toBe(1);
    expect(again.summary.messages).toContain("1 value you edited in ESG Data was kept; the import gives a different figure (see ESG Checks).");
    expect(again.checks).toContainEqual({
      severity: "info",
      company: JLMAG,
      year: 2024,
      metricId: "ghg_scope1",
      check: "Edited value kept",
      message: `You edited this value to 7,000 tCO2e; ${JLMAG_FILE} gives 6,436.68 tCO2e. Your value is kept.`,
    });
  });

  it("keeps an edited value even when a later import changes the figure", () => {
    const edited = first.dataRows.map((row) => (row.metricId === "employees_total" ? { ...row, value: 6700, status: "edited" as const } : row));
    const changed = jlmagReport();
    changed.records = changed.records.map((r) => (r.metric === "employees_total" ? { ...r, value: 6650 } : r));
    const again = plan([changed], { ...after(first), dataRows: edited });
    expect(rowOf(again, "employees_total", 2024)).toMatchObject({ value: 6700, importedValue: 6650, status: "edited" });
  });

  it("keeps a confirmed figure confirmed while the import agrees with it", () => {
    const confirmed = first.dataRows.map((row) => (row.metricId === "ghg_total" ? { ...row, status: "confirmed" as const } : row));
    const again = plan([jlmagReport()], { ...after(first), dataRows: confirmed });
    expect(rowOf(again, "ghg_total", 2024).status).toBe("confirmed");
    expect(again.summary).toMatchObject({ updated: 0, unchanged: 12 });
  });

  it("never deletes: rows of other documents and rows typed by hand stay at their positions", () => {
    const typed = dataRowsFromValues([
      [...DATA_COLUMNS],
      ["Acme Corp", 2024, "employees_total", "Total employees", "S", 120, "count", "", "", "", "", "", "", "", "", "", ""],
    ]);
    const existing = { ...after(first), dataRows: [...typed, ...first.dataRows] };
    const smaller = jlmagReport({}, JLMAG_FACTS.slice(0, 2));
    const again = plan([smaller], existing);
    expect(again.dataRows).toHaveLength(13);
    expect(again.dataRows[0]).toMatchObject({ company: "Acme Corp", value: 120, importedValue: null });
    expect(again.dataOutcomes[0]).toBe("untouched");
    expect(again.dataOutcomes.filter((o) => o === "untouched")).toHaveLength(11);
    expect(again.modelSheets.map((s) => s.sheetName)).toEqual([JLMAG, "Acme Corp"]);
  });

  it("adds a second document's figures for the same year next to the first and flags the disagreement", () => {
    const report2023 = jlmagReport(
      { document: { fileName: "jlmag_2023_esg.pdf", format: "pdf" }, reportYear: 2023 },
      [["ghg_total", 2023, 85000, "tCO2e", 85000, "tCO2e", 1500]],
    );
    const both = plan([report2023], after(first));
    expect(both.summary).toMatchObject({ added: 1, updated: 0 });
    expect(both.dataRows.filter((r) => r.metricId === "ghg_total" && r.year === 2023).map((r) => r.sourceDocument)).toEqual([
      JLMAG_FILE,
      "jlmag_2023_esg.pdf",
    ]);
    expect(both.checks).toContainEqual({
      severity: "warning",
      company: JLMAG,
      year: 2023,
      metricId: "ghg_total",
      check: "Documents disagree",
      message: `2 documents give different figures: 83,512 tCO2e in ${JLMAG_FILE}; 85,000 tCO2e in jlmag_2023_esg.pdf.`,
    });
    expect(both.sourceRows.map((s) => s.document)).toEqual([JLMAG_FILE, "jlmag_2023_esg.pdf"]);
  });

  it("files a report that names the company differently under the company already in the workbook", () => {
    const short = jlmagReport({
      document: { fileName: "jlmag_2023_esg.pdf", format: "pdf" },
      company: { name: null, shortName: "JL MAG", aliases: ["JL MAG"] },
    });
    const again = plan([short], after(first));
    expect(new Set(again.dataRows.map((r) => r.company))).toEqual(new Set([JLMAG]));
    expect(again.summary.companies).toEqual([JLMAG]);
    expect(again.summary.messages).toContain(`"JL MAG" was matched to the company already in the workbook, "${JLMAG}".`);
  });

  it("takes the later record when one import carries the same key twice", () => {
    const twice = jlmagReport({}, [JLMAG_FACTS[0]]);
    twice.records.push({ ...record(JLMAG_FACTS[0]), value: 83513 });
    const p = plan([twice]);
    expect(p.dataRows.map((r) => r.value)).toEqual([83513]);
  });
});

describe("model sheet names", () => {
  it("are valid Excel names, unique, and never take over the analyst's own sheets", () => {
    const report = (name: string, file: string) => jlmagReport({ company: { name, aliases: [] }, document: { fileName: file, format: "txt" } }, [JLMAG_FACTS[0]]);
    const p = plan(
      [report("A/B: [Holdings]* Co? Ltd", "a.txt"), report("International Very Long Company Name Group Ltd", "b.txt"), report("Acme", "c.txt")],
      { dataRows: [], sourceRows: [], sheets: [{ name: "acme", modelOf: null }] },
    );
    expect(p.modelSheets.map((s) => s.sheetName)).toEqual(["A B Holdings Co Ltd", "International Very Long Company", "Acme (2)"]);
    for (const name of p.modelSheets.map((s) => s.sheetName)) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("reuse the model sheet that already shows the company", () => {
    const p = plan([jlmagReport()], { dataRows: [], sourceRows: [], sheets: [{ name: "JL MAG model", modelOf: JLMAG }] });
    expect(p.modelSheets.map((s) => s.sheetName)).toEqual(["JL MAG model"]);
  });
});

describe("with the project's catalogue", () => {
  it("names and groups metrics from src/catalogue by default", async () => {
    const { planPopulate } = await import("../../src/worksheets");
    const p = planPopulate([jlmagReport()], EMPTY_WORKBOOK);
    expect(rowOf(p, "ghg_scope1", 2024)).toMatchObject({ metricName: "Scope 1 (direct) GHG emissions", category: "E" });
    expect(rowOf(p, "employees_total", 2024)).toMatchObject({ metricName: "Total employees", category: "S" });
  });
});
