import { afterEach, describe, expect, jest, test } from "@jest/globals";
import ExcelJS from "exceljs";
import type { PopulateSummary } from "../../src/worksheets/types";
import { createBrowserHost, createExcelHost, type PaneHost } from "../../taskpane/host";
import { initialState, reducer, toImportedReports } from "../../taskpane/state";
import type { WorksheetsApi } from "../../taskpane/worksheetsAdapter";
import { extractedDocument } from "./fixtures";

const g = globalThis as any;

function reports() {
  const s = reducer(initialState, { type: "reportImported", id: "r1", document: extractedDocument("jlmag.txt"), importedAt: "2025-01-01T00:00:00.000Z" });
  return toImportedReports(reducer(s, { type: "editRecord", rowId: "r1#0", patch: { value: 6500.5 } }));
}

async function detect(): Promise<PaneHost> {
  let detectHost!: typeof import("../../taskpane/host").detectHost;
  jest.isolateModules(() => {
    detectHost = require("../../taskpane/host").detectHost;
  });
  return detectHost(1000);
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

describe("host detection", () => {
  test("no Office at all: browser mode", async () => {
    expect((await detect()).mode).toBe("browser");
  });

  test("office.js outside Office (host null): browser mode", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: (cb: (i: unknown) => void) => (cb({ host: null, platform: null }), Promise.resolve()) };
    expect((await detect()).mode).toBe("browser");
  });

  test("inside Excel: excel mode", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: (cb: (i: unknown) => void) => (cb({ host: "Excel", platform: "PC" }), Promise.resolve()) };
    g.Excel = {};
    expect((await detect()).mode).toBe("excel");
  });

  test("Office.onReady never answering falls back to browser mode", async () => {
    g.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => undefined) };
    expect((await detect()).mode).toBe("browser");
  });

  test("detects once", async () => {
    const onReady = jest.fn((cb: (i: unknown) => void) => (cb({ host: null }), Promise.resolve()));
    g.Office = { HostType: { Excel: "Excel" }, onReady };
    let detectHost!: typeof import("../../taskpane/host").detectHost;
    jest.isolateModules(() => {
      detectHost = require("../../taskpane/host").detectHost;
    });
    const [a, b] = await Promise.all([detectHost(), detectHost()]);
    expect(a).toBe(b);
    expect(onReady).toHaveBeenCalledTimes(1);
  });
});

describe("populate", () => {
  test("browser mode fills the in-memory workbook and offers a real .xlsx with the ESG sheets", async () => {
    const downloads: { bytes: Uint8Array; name: string }[] = [];
    const host = createBrowserHost(undefined, (bytes, name) => downloads.push({ bytes, name }));
    const first = await host.populate(reports());
    expect(first.summary.added).toBe(4);
    expect(first.downloadName).toMatch(/\.xlsx$/);
    expect(downloads).toHaveLength(1);
    expect(Buffer.from(downloads[0].bytes.slice(0, 2)).toString()).toBe("PK");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(downloads[0].bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["ESG Data", "ESG Sources", "ESG Checks"]));
    const data = wb.getWorksheet("ESG Data")!;
    const header = (data.getRow(1).values as unknown[]).map(String);
    const valueCol = header.indexOf("Value");
    const statusCol = header.indexOf("Status");
    const edited: unknown[] = [];
    data.eachRow((r, i) => i > 1 && r.getCell(statusCol).value === "edited" && edited.push(r.getCell(valueCol).value));
    expect(edited).toEqual([6500.5]);

    const second = await host.populate(reports());
    expect(second.summary.added).toBe(0);
    expect(second.summary.unchanged + second.summary.updated).toBe(4);
  });

  test("excel mode calls the Excel writer", async () => {
    const summary: PopulateSummary = { added: 1, updated: 0, unchanged: 0, keptUserEdits: 0, companies: [], checks: 0, messages: [] };
    const api: WorksheetsApi = { populateExcel: jest.fn(async () => summary), populateInMemory: jest.fn(async () => summary), inMemoryXlsx: jest.fn(async () => new Uint8Array()) };
    const host = createExcelHost(api);
    await expect(host.populate(reports())).resolves.toEqual({ summary });
    expect(api.populateExcel).toHaveBeenCalledTimes(1);
    expect(api.inMemoryXlsx).not.toHaveBeenCalled();
  });
});
