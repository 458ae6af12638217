/**
 * Extraction on two threads for large documents, in Node: the engine's `extractReportSplit` with the
 * document's tail extracted in a worker thread. The worker runs the caller's own script file (the
 * esbuild bundle of the command line or of the benchmark), which starts serving tail jobs when it is
 * loaded as a tail worker. Where no worker can start (a TypeScript loader, a test runner), the head
 * thread reads the whole document itself: slower, never different.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { DocumentLine, SourceDocument } from "../document/types";
import { extractReport, extractReportSplit, extractTail, type SplitOptions, type TailJob, type TailResult } from "../extract";
import type { ExtractionResult } from "../records/types";

const TAIL_WORKER_ROLE = "esg-extract-tail";

/** A tail job as posted to the worker: the lines' texts in one string, numbers and pages in typed arrays. */
interface WireJob {
  id: number;
  text: string;
  lineNumbers: Int32Array;
  /** Page numbers, 0 for none; null when no line has one. */
  pages: Int32Array | null;
  start: number;
  reportYear: number | null;
}

type WireAnswer = { id: number; result: TailResult } | { id: number; error: string };

/** One string and two typed arrays clone far faster than an array of line objects. */
function toWire(id: number, job: TailJob): WireJob | null {
  const lines = job.lines;
  const lineNumbers = new Int32Array(lines.length);
  let pages: Int32Array | null = null;
  for (let i = 0; i < lines.length; i++) {
    // A line holding a line break could not be split back: such a document stays on one thread.
    if (lines[i].text.includes("\n")) return null;
    lineNumbers[i] = lines[i].line;
    const page = lines[i].page;
    if (page !== undefined) (pages ??= new Int32Array(lines.length))[i] = page;
  }
  return { id, text: lines.map((l) => l.text).join("\n"), lineNumbers, pages, start: job.start, reportYear: job.reportYear };
}

function fromWire(wire: WireJob): TailJob {
  const texts = wire.text.split("\n");
  const lines: DocumentLine[] = texts.map((text, i) => ({ text, line: wire.lineNumbers[i] }));
  if (wire.pages) for (let i = 0; i < lines.length; i++) if (wire.pages[i] > 0) lines[i].page = wire.pages[i];
  return { lines, start: wire.start, reportYear: wire.reportYear };
}

/** True in a worker started by `TailWorker`: the script then serves tail jobs instead of its usual work. */
export function isTailWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === TAIL_WORKER_ROLE;
}

function serveTailJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (wire: WireJob) => {
    let answer: WireAnswer;
    try {
      answer = { id: wire.id, result: extractTail(fromWire(wire)) };
    } catch (e) {
      answer = { id: wire.id, error: (e as Error)?.message ?? String(e) };
    }
    port.postMessage(answer);
  });
}

if (isTailWorker()) serveTailJobs();

/** The worker thread, started on first use and kept for the next document; it never keeps the process alive. */
class TailWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: TailResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly script: string) {}

  run(job: TailJob): Promise<TailResult> {
    const wire = toWire(this.nextId++, job);
    if (!wire) return Promise.reject(new Error("a line holds a line break"));
    return new Promise<TailResult>((resolve, reject) => {
      const worker = this.start();
      this.waiting.set(wire.id, { resolve, reject });
      worker.ref();
      worker.postMessage(wire);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { role: TAIL_WORKER_ROLE } });
    worker.on("message", (answer: WireAnswer) => {
      const job = this.waiting.get(answer.id);
      if (!job) return;
      this.waiting.delete(answer.id);
      if (this.waiting.size === 0) worker.unref();
      if ("error" in answer) job.reject(new Error(answer.error));
      else job.resolve(answer.result);
    });
    // A worker that cannot start or dies fails its jobs; the next job starts a new one.
    const fail = (e: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.waiting.values()) job.reject(e);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`tail worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

let shared: TailWorker | null = null;

/**
 * extractReport, with a document large enough to split read on two threads (the same result either
 * way). `threads: 1` reads on this thread only.
 */
export function extractReportOnThreads(doc: SourceDocument, options: SplitOptions & { threads?: 1 | 2 } = {}): Promise<ExtractionResult> {
  // The worker runs this script file: only a bundle (plain JavaScript) can be loaded that way.
  if (options.threads === 1 || !(__filename.endsWith(".js") || __filename.endsWith(".cjs"))) return Promise.resolve(extractReport(doc, options));
  shared ??= new TailWorker(__filename);
  const worker = shared;
  return extractReportSplit(doc, (job) => worker.run(job), options);
}
