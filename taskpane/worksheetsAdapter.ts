/**
 * The pane's only door to the worksheet writers (src/worksheets, taskpane/excel). Until their API
 * lands this holds a minimal stand-in with the same contract (src/worksheets/types.ts and the
 * column lists in src/dataset/schema.ts); swapping in the real calls only touches this file.
 */
import type { ImportedReport, PopulateSummary } from "../src/worksheets/types";
import {
  ALIAS_SEPARATOR,
  CHECKS_COLUMNS,
  CHECKS_SHEET_NAME,
  DATA_COLUMNS,
  DATA_SHEET_NAME,
  SOURCES_COLUMNS,
  SOURCES_SHEET_NAME,
} from "../src/dataset/schema";
import { metricLookup } from "./metrics";

export interface WorksheetsApi {
  /** Excel: writes the reports into the open workbook. */
  populateExcel(reports: ImportedReport[]): Promise<PopulateSummary>;
  /** Browser: merges the reports into the in-memory workbook. */
  populateInMemory(reports: ImportedReport[]): Promise<PopulateSummary>;
  /** Browser: the in-memory workbook as .xlsx bytes. */
  inMemoryXlsx(): Promise<Uint8Array>;
}

type Cell = string | number | null;

/** Stand-in in-memory workbook: one row per (company, year, metric), keyed for re-populates. */
function createStandIn(): WorksheetsApi {
  const data = new Map<string, Cell[]>();
  const sources = new Map<string, Cell[]>();

  return {
    async populateExcel() {
      throw new Error("Writing to Excel is not available in this build yet.");
    },
    async populateInMemory(reports) {
      const summary: PopulateSummary = { added: 0, updated: 0, unchanged: 0, keptUserEdits: 0, companies: [], checks: 0, messages: [] };
      for (const report of reports) {
        const company = report.company.name ?? report.company.shortName ?? report.document.fileName;
        if (!summary.companies.includes(company)) summary.companies.push(company);
        for (const r of report.records) {
          const row: Cell[] = [
            company, r.year, r.metric, metricLookup.name(r.metric), metricLookup.category(r.metric) ?? "",
            r.value, r.unit, r.reported.text ?? r.reported.value, r.reported.unit,
            r.source.document ?? report.document.fileName, r.source.page ?? null, r.source.line, r.source.text,
            Math.round(r.confidence * 100) / 100, r.status,
          ];
          const key = `${company.toLowerCase()}|${r.year}|${r.metric}`;
          const before = data.get(key);
          if (!before) summary.added++;
          else if (JSON.stringify(before) === JSON.stringify(row)) summary.unchanged++;
          else summary.updated++;
          data.set(key, row);
        }
        sources.set(report.document.fileName, [
          report.document.fileName, company, report.company.aliases.join(ALIAS_SEPARATOR), report.company.stockCode ?? "",
          report.reportYear, report.document.format, report.importedAt, report.records.length, report.document.pageCount ?? null,
        ]);
      }
      return summary;
    },
    async inMemoryXlsx() {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      const sheet = (name: string, columns: readonly string[], rows: Cell[][]) => {
        const ws = wb.addWorksheet(name);
        ws.addRow([...columns]).font = { bold: true };
        for (const row of rows) ws.addRow(row);
        ws.views = [{ state: "frozen", ySplit: 1 }];
      };
      sheet(DATA_SHEET_NAME, DATA_COLUMNS, [...data.values()]);
      sheet(SOURCES_SHEET_NAME, SOURCES_COLUMNS, [...sources.values()]);
      sheet(CHECKS_SHEET_NAME, CHECKS_COLUMNS, []);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    },
  };
}

export function createWorksheetsApi(): WorksheetsApi {
  return createStandIn();
}
