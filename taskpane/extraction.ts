/**
 * The import pipeline the pane runs off the main thread: bytes → importDocument → extractReport.
 * Shared by the Web Worker (worker.ts) and the in-thread fallback (tests, or a host without workers).
 * Messages are plain data so that they cross postMessage unchanged.
 */
import { importDocument, type SourceDocument } from "../src/document";
import { extractReport } from "../src/extract";
import type { ExtractedDocument } from "./state";

export interface ExtractInput {
  fileName: string;
  bytes: Uint8Array;
}

export type ExtractStage = "importing" | "extracting";

export type ExtractMessage =
  | { type: "progress"; jobId: number; index: number; fraction: number; stage: ExtractStage }
  | { type: "document"; jobId: number; index: number; document: ExtractedDocument }
  | { type: "error"; jobId: number; index: number; fileName: string; code: string; message: string }
  | { type: "done"; jobId: number };

export interface ExtractRequest {
  type: "extract";
  jobId: number;
  inputs: ExtractInput[];
}

export interface WarmUpRequest {
  type: "warmup";
}

/** A few lines through the whole pipeline, so that the first real import runs on warm code. */
export async function warmUpPipeline(): Promise<void> {
  const text = "Indicator\tUnit\t2024\t2023\nGHG emission (Scope 1)\ttCO2e\t6,436.68\t4,052\nTotal employees\tpersons\t1,234\t1,100\n";
  await runExtractJob({ type: "extract", jobId: 0, inputs: [{ fileName: "warm-up.txt", bytes: new TextEncoder().encode(text) }] }, () => undefined);
}

/** Runs an import job; `post` receives progress, one document or error per input, then "done". */
export interface Extractor {
  run(inputs: ExtractInput[], onMessage: (message: ExtractMessage) => void): Promise<void>;
  /** Optional: start the worker and warm the engine up before the first import. */
  warmUp?(): void;
}

/** File extensions document import reads (the file picker's `accept`). */
export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"];

// importDocument gains an options argument (progress) as the document importers land; accept either form.
type ImportFn = (bytes: Uint8Array, fileName: string, options?: { onProgress?: (fraction: number) => void }) => Promise<SourceDocument>;
const importWithProgress = importDocument as ImportFn;

/** An analyst-facing failure from anything thrown while importing or extracting. */
export function describeFailure(error: unknown, fileName: string): { code: string; message: string } {
  const e = error as { name?: string; code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === "string" && typeof e.message === "string" && e.message) {
    return { code: e.code, message: e.message };
  }
  const detail = e && typeof e.message === "string" && e.message ? `: ${e.message}` : ".";
  return { code: "unexpected", message: `${fileName} could not be read${detail}` };
}

function throttled(post: (fraction: number) => void): (fraction: number) => void {
  let lastFraction = -1;
  let lastTime = 0;
  return (fraction) => {
    const now = Date.now();
    if (fraction >= 1 || fraction - lastFraction >= 0.02 || now - lastTime >= 80) {
      lastFraction = fraction;
      lastTime = now;
      post(fraction);
    }
  };
}

export async function runExtractJob(request: ExtractRequest, post: (message: ExtractMessage) => void): Promise<void> {
  const { jobId, inputs } = request;
  for (let index = 0; index < inputs.length; index++) {
    const { fileName, bytes } = inputs[index];
    try {
      const importing = throttled((f) => post({ type: "progress", jobId, index, fraction: f * 0.5, stage: "importing" }));
      importing(0);
      const doc = await importWithProgress(bytes, fileName, { onProgress: importing });
      const extracting = throttled((f) => post({ type: "progress", jobId, index, fraction: 0.5 + f * 0.5, stage: "extracting" }));
      extracting(0);
      const result = extractReport(doc, { onProgress: extracting });
      post({
        type: "document",
        jobId,
        index,
        document: {
          fileName: doc.fileName || fileName,
          format: doc.format,
          pageCount: doc.pageCount,
          lines: doc.lines,
          documentWarnings: doc.warnings ?? [],
          result,
        },
      });
    } catch (error) {
      post({ type: "error", jobId, index, fileName, ...describeFailure(error, fileName) });
    }
  }
  post({ type: "done", jobId });
}

/** Runs the pipeline on the calling thread (jsdom tests; hosts where a worker cannot start). */
export function createInThreadExtractor(): Extractor {
  let nextJob = 1;
  return {
    async run(inputs, onMessage) {
      await runExtractJob({ type: "extract", jobId: nextJob++, inputs }, onMessage);
    },
  };
}
