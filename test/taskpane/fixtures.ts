/* Test fixtures for the task pane: records, documents, a scripted extractor, jsdom polyfills. */
import type { EsgRecord, ExtractionResult } from "../../src/records/types";
import type { Extractor, ExtractMessage } from "../../taskpane/extraction";
import type { ExtractedDocument } from "../../taskpane/state";

export function record(partial: Partial<EsgRecord> & { metric: string }): EsgRecord {
  const value = partial.value ?? 100;
  return {
    year: 2024,
    value,
    unit: "tCO2e",
    reported: { value, unit: "tCO ₂ e", text: value.toLocaleString("en-US") },
    source: { line: 10, text: `Line with ${value}` },
    confidence: 0.9,
    ...partial,
  };
}

export const LINES = Array.from({ length: 40 }, (_, i) => `line ${i + 1} text`);
LINES[11] = "2\tGHG emission (Scope 1)\ttCO ₂ e\t6,436.68\t4,052\t3,221";
LINES[12] = "3\tGHG emission (Scope 2)\ttCO ₂ e\t169,115.70\t79,460\t105,925";
LINES[20] = "Total employees 1,234 persons";

export const RECORDS: EsgRecord[] = [
  record({ metric: "ghg_scope1", value: 6436.68, reported: { value: 6436.68, unit: "tCO ₂ e", text: "6,436.68" }, source: { line: 12, text: LINES[11] }, confidence: 0.95 }),
  record({ metric: "ghg_scope1", year: 2023, value: 4052, reported: { value: 4052, unit: "tCO ₂ e", text: "4,052" }, source: { line: 12, text: LINES[11] }, confidence: 0.9 }),
  record({
    metric: "ghg_scope2",
    value: 169115.7,
    reported: { value: 169115.7, unit: "tCO ₂ e", text: "169,115.70" },
    source: { line: 13, text: LINES[12] },
    confidence: 0.6,
    conflict: true,
    alternatives: [{ value: 169000, unit: "tCO2e", reported: { value: 169000, unit: "t", text: "169,000" }, source: { line: 30, text: LINES[29] }, confidence: 0.4 }],
  }),
  record({ metric: "employees_total", value: 1234, unit: "count", reported: { value: 1234, unit: "persons", text: "1,234" }, source: { line: 21, text: LINES[20] }, confidence: 0.3 }),
];

export function extractedDocument(fileName = "report.txt", records: EsgRecord[] = RECORDS, extra: Partial<ExtractionResult> = {}): ExtractedDocument {
  return {
    fileName,
    format: "txt",
    lines: LINES.map((text, i) => ({ text, line: i + 1 })),
    documentWarnings: [],
    result: { company: { name: "JL MAG Rare-Earth Co., Ltd.", aliases: ["JL MAG"] }, reportYear: 2024, records, warnings: [], ...extra },
  };
}

/** An extractor that answers from a script instead of running the engine. */
export function scriptedExtractor(answer: (fileName: string, index: number) => ExtractedDocument | { code: string; message: string }): Extractor & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async run(inputs, onMessage: (m: ExtractMessage) => void) {
      calls.push(inputs.map((i) => i.fileName));
      inputs.forEach((input, index) => {
        onMessage({ type: "progress", jobId: 1, index, fraction: 0.5, stage: "extracting" });
        const a = answer(input.fileName, index);
        if ("code" in a) onMessage({ type: "error", jobId: 1, index, fileName: input.fileName, code: a.code, message: a.message });
        else onMessage({ type: "document", jobId: 1, index, document: a });
      });
      onMessage({ type: "done", jobId: 1 });
    },
  };
}

/** What Fluent UI needs from the browser that jsdom lacks. */
export function installDomPolyfills(): void {
  const g = globalThis as any;
  if (typeof window === "undefined") return;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as any;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  if (!g.TextEncoder) {
    const util = require("node:util");
    g.TextEncoder = util.TextEncoder;
    g.TextDecoder = util.TextDecoder;
  }
  g.CSS ??= {};
  g.CSS.escape ??= (s: string) => s.replace(/["\\#:.]/g, "\\$&");
  g.requestAnimationFrame ??= (cb: FrameRequestCallback) => setTimeout(() => cb(Date.now()), 0);
  if (typeof performance.mark !== "function") (performance as any).mark = () => undefined;
}
