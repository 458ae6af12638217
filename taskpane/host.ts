/**
 * Office stays at this edge. detectHost() asks Office.onReady once: inside Excel the pane writes
 * the open workbook; anywhere else (host null, or no Office at all) it fills an in-memory workbook
 * and offers it as an .xlsx download. Components only see PaneHost.
 */
import type { ImportedReport, PopulateSummary } from "../src/worksheets/types";
import { XLSX_MIME_TYPE } from "../src/worksheets/xlsx";
import { createWorksheetsApi, type WorksheetsApi } from "./worksheetsAdapter";

export type HostMode = "excel" | "browser";

export interface PopulateOutcome {
  summary: PopulateSummary;
  /** Browser mode: the name of the .xlsx offered for download. */
  downloadName?: string;
}

export interface PaneHost {
  mode: HostMode;
  populate(reports: ImportedReport[]): Promise<PopulateOutcome>;
}

export const XLSX_MIME = XLSX_MIME_TYPE;
export const DOWNLOAD_NAME = "esg-data.xlsx";

/** Offers bytes as a file download (browser mode). */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserHost(api: WorksheetsApi = createWorksheetsApi(), download = downloadBytes): PaneHost {
  return {
    mode: "browser",
    async populate(reports) {
      const summary = await api.populateInMemory(reports);
      download(await api.inMemoryXlsx(), DOWNLOAD_NAME);
      return { summary, downloadName: DOWNLOAD_NAME };
    },
  };
}

export function createExcelHost(api: WorksheetsApi = createWorksheetsApi()): PaneHost {
  return {
    mode: "excel",
    async populate(reports) {
      return { summary: await api.populateExcel(reports) };
    },
  };
}

let detected: Promise<PaneHost> | null = null;

/** Detects the host once. Resolves to browser mode when Office is absent or not inside Excel. */
export function detectHost(timeoutMs = 10_000): Promise<PaneHost> {
  detected ??= new Promise<HostMode>((resolve) => {
    if (typeof Office === "undefined" || typeof Office.onReady !== "function") return resolve("browser");
    const timer = setTimeout(() => resolve("browser"), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Excel && typeof Excel !== "undefined" ? "excel" : "browser");
    }).catch(() => resolve("browser"));
  }).then((mode) => (mode === "excel" ? createExcelHost() : createBrowserHost()));
  return detected;
}
