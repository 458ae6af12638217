/**
 * extractReportParallel: extractReport on two threads, for large documents in Node (the command
 * line, the benchmarks). Issue #3 asks for ≥ 20 MB/s on a 2-core machine, more than one thread
 * gives. The result is identical to extractReport's:
 *
 * - both threads normalize and segment the whole document (deterministic, so both get the same
 *   blocks); a block's facts depend only on the block and the report year, so
 * - the main thread detects the company and year and extracts the facts of blocks[0..split), the
 *   worker those of blocks[split..n), and the facts are merged in block order before selection.
 *
 * Small documents (below `minChars`), lines the compact encoding cannot carry, and any worker
 * failure take the one-thread path: the result is never lost. One worker is kept (created on first
 * use, unref'd so that it never keeps the process alive, re-created if it dies).
 *
 * Node only (worker_threads, fs): the browser build must not import this module (the task pane
 * runs extractReport in its own Web Worker).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, utimesSync } from "node:fs";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../document/types";
import { assembleResult, extractBlockFacts, extractReport, segmentReport, type ExtractOptions } from "../extract";
import type { CandidateFact } from "../facts";
import { normalizeLines } from "../lines/normalize";
import type { ExtractionResult } from "../records/types";
import { detectCompany, detectReportYear } from "../report";
import { encodeLines, splitIndex, type EncodedLines, type ExtractReply, type ExtractRequest } from "./protocol";

/** Below this many characters of text a worker costs more than it saves. */
export const PARALLEL_MIN_CHARS = 2_000_000;
/**
 * The main thread's share of the fact work. Half: the worker's extra work (decoding the lines,
 * posting the facts) about offsets the main thread's (encoding the lines, detecting the company);
 * 0.42 to 0.58 measured the same within the noise of the 2-core machine.
 */
export const DEFAULT_MAIN_SHARE = 0.5;

/** The bundle scripts/esg.mjs builds next to the command line's bundle. */
export const WORKER_BUNDLE_NAME = "esg-extract-worker.cjs";

export interface ParallelExtractOptions extends ExtractOptions {
  /** Documents with fewer characters of text are extracted on the calling thread (default PARALLEL_MIN_CHARS). */
  minChars?: number;
  /** The main thread's share of the fact work, 0..1 (default DEFAULT_MAIN_SHARE). */
  mainShare?: number;
  /** The worker script to run instead of the built one (tests inject a bad one to check the fallback). */
  workerScript?: string;
  /** Told once per call how many threads did the work, and why only one when so (tests, debugging). */
  onThreads?: (threads: 1 | 2, reason?: string) => void;
}

/** One persistent worker thread and the requests it has not answered yet. */
class ExtractWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: ExtractReply | null) => void>();
  private nextId = 1;
  dead = false;

  constructor(
    readonly script: string,
    private readonly onDead: (w: ExtractWorker) => void,
  ) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on("message", (reply: ExtractReply) => {
      const done = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      done?.(reply);
    });
    this.worker.on("error", () => this.die());
    this.worker.on("messageerror", () => this.die());
    this.worker.on("exit", () => this.die());
  }

  /** The worker's facts, or null if it failed (never rejects). */
  request(lines: EncodedLines, mainShare: number): Promise<ExtractReply | null> {
    if (this.dead) return Promise.resolve(null);
    const id = this.nextId++;
    const message: ExtractRequest = { id, lines, mainShare };
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      // Held while a reply is due: an unref'd worker would let the process exit before it arrives.
      this.worker.ref();
      try {
        this.worker.postMessage(message, [lines.lineNumbers.buffer, lines.pages.buffer]);
      } catch {
        this.pending.delete(id);
        if (this.pending.size === 0) this.worker.unref();
        resolve(null);
      }
    });
  }

  private die(): void {
    if (this.dead) return;
    this.dead = true;
    for (const done of this.pending.values()) done(null);
    this.pending.clear();
    this.worker.unref();
    this.onDead(this);
  }

  async terminate(): Promise<void> {
    this.die();
    await this.worker.terminate();
  }
}

const workers = new Map<string, ExtractWorker>();

function workerFor(script: string): ExtractWorker | null {
  const known = workers.get(script);
  if (known && !known.dead) return known;
  try {
    const w = new ExtractWorker(script, (dead) => {
      if (workers.get(dead.script) === dead) workers.delete(dead.script);
    });
    workers.set(script, w);
    return w;
  } catch {
    return null;
  }
}

/** Stops the worker threads (they never keep the process alive; tests call this in afterAll). */
export async function closeParallelExtraction(): Promise<void> {
  const all = [...workers.values()];
  workers.clear();
  await Promise.all(all.map((w) => w.terminate()));
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Where the worker script is. In the command line's bundle, next to it (scripts/esg.mjs builds
 * both). From the sources (tsx, jest), worker.ts is bundled by esbuild into node_modules/.cache
 * when a source changed, as scripts/esg.mjs does for the command line. Null: no worker here.
 */
async function findWorkerScript(): Promise<string | null> {
  const here = typeof __dirname === "string" ? __dirname : null;
  if (!here) return null;
  const beside = join(here, WORKER_BUNDLE_NAME);
  if (existsSync(beside)) return beside;
  const source = join(here, "worker.ts");
  if (!existsSync(source)) return null;
  const root = join(here, "..", "..");
  const bundle = join(root, "node_modules", ".cache", "esg-parallel", WORKER_BUNDLE_NAME);
  const sources = Math.max(newestMtime(join(root, "src")), statSync(join(root, "package-lock.json")).mtimeMs);
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : -1;
  // (1 ms of slack: the date set below comes back rounded.)
  if (built < sources - 1) {
    mkdirSync(dirname(bundle), { recursive: true });
    // Built next to the target and renamed: concurrent builds (parallel tests) never load a half-written file.
    const temp = `${bundle}.${process.pid}.tmp`;
    const { build } = await import("esbuild");
    await build({
      entryPoints: [source],
      outfile: temp,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      logLevel: "error",
    });
    // Dated by the sources it was built from, not by the build: a source saved during the build is newer.
    utimesSync(temp, Date.now() / 1000, sources / 1000);
    renameSync(temp, bundle);
  }
  return bundle;
}

let defaultScript: Promise<string | null> | null = null;
function defaultWorkerScript(): Promise<string | null> {
  defaultScript ??= findWorkerScript().catch(() => null);
  return defaultScript;
}

/**
 * extractReport on two threads; the same result. Falls back to extractReport on this thread for
 * small documents and whenever the worker cannot help.
 */
export async function extractReportParallel(doc: SourceDocument, options: ParallelExtractOptions = {}): Promise<ExtractionResult> {
  const { minChars = PARALLEL_MIN_CHARS, mainShare = DEFAULT_MAIN_SHARE, workerScript, onThreads } = options;
  const oneThread = (reason: string): ExtractionResult => {
    onThreads?.(1, reason);
    return extractReport(doc, options);
  };
  let chars = 0;
  for (const l of doc.lines) chars += l.text.length;
  if (chars < minChars) return oneThread("small document");
  const script = workerScript ?? (await defaultWorkerScript());
  if (!script) return oneThread("no worker script");
  const worker = workerFor(script);
  if (!worker) return oneThread("the worker could not start");
  const encoded = encodeLines(doc.lines);
  if (!encoded) return oneThread("lines the worker cannot be sent");

  const reply = worker.request(encoded, mainShare);
  const progress = options.onProgress ?? (() => undefined);
  const lines = normalizeLines(doc.lines);
  progress(0.2);
  const company = detectCompany(lines);
  const reportYear = detectReportYear(lines);
  progress(0.3);
  const blocks = segmentReport(lines);
  progress(0.6);
  const split = splitIndex(blocks, mainShare);
  const facts: CandidateFact[] = extractBlockFacts(blocks.slice(0, split), reportYear);
  progress(0.8);
  const theirs = await reply;
  // The worker's part is used only if it saw the same blocks and year; otherwise it is done here.
  let rest: CandidateFact[];
  if (theirs?.ok && theirs.split === split && theirs.blockCount === blocks.length && theirs.reportYear === reportYear) {
    rest = theirs.facts;
    onThreads?.(2);
  } else {
    rest = extractBlockFacts(blocks.slice(split), reportYear);
    onThreads?.(1, !theirs ? "the worker failed" : !theirs.ok ? `the worker failed: ${theirs.error}` : "the worker's blocks differ");
  }
  for (let i = 0; i < rest.length; i++) facts.push(rest[i]);
  progress(0.9);
  const result = assembleResult(doc, company, reportYear, facts);
  progress(1);
  return result;
}
