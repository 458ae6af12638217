// extractReportParallel (src/parallel/node.ts) must give exactly extractReport's result, on the
// worker path and on every fallback (small input, lines it cannot encode, a failing worker).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importDocument } from "../../src/document";
import { documentFromText, type SourceDocument } from "../../src/document/types";
import { extractReport } from "../../src/extract";
import type { ExtractionResult } from "../../src/records/types";
import { closeParallelExtraction, extractReportParallel, PARALLEL_MIN_CHARS, type ParallelExtractOptions } from "../../src/parallel/node";

const dir = join(__dirname, "../../../shared/corpus");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), "utf8")] as const));
const corpus = files.map((f) => texts.get(f) as string).join("\n");
const docOf = (f: string) => documentFromText(texts.get(f) as string, f);

/** Fake worker scripts, for the fallbacks. */
const tmp = mkdtempSync(join(tmpdir(), "esg-parallel-"));
function script(name: string, body: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `const { parentPort } = require("node:worker_threads");\n${body}\n`);
  return path;
}

afterAll(() => closeParallelExtraction());

/**
 * Where two values differ: own keys (undefined-valued ones too, in order), Object.is on leaves, arrays
 * element by element. Prototypes are not compared: the worker's facts are built in Node's realm, not
 * jest's, so toStrictEqual would fail on them alone.
 */
function firstDifference(a: unknown, b: unknown, path = "result"): string | null {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Object.is(a, b) ? null : path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join("\u0000") !== kb.join("\u0000")) return `${path} (keys ${ka} / ${kb})`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** extractReportParallel, and how many threads it says did the work. */
async function parallel(doc: SourceDocument, options: ParallelExtractOptions = {}): Promise<{ result: ExtractionResult; threads: number; reason?: string }> {
  let threads = 0;
  let reason: string | undefined;
  const result = await extractReportParallel(doc, { ...options, onThreads: (n, why) => ((threads = n), (reason = why)) });
  return { result, threads, reason };
}

/** Identical results: toEqual for a readable diff, then every field exactly. */
function expectSame(actual: ExtractionResult, expected: ExtractionResult): void {
  expect(actual).toEqual(expected);
  expect(firstDifference(actual, expected)).toBeNull();
}

describe("extractReportParallel gives extractReport's result", () => {
  jest.setTimeout(120_000);

  test.each(files)("%s, on the worker path", async (f) => {
    const doc = docOf(f);
    const { result, threads, reason } = await parallel(doc, { minChars: 0 });
    expect([threads, reason]).toEqual([2, undefined]);
    expectSame(result, extractReport(doc));
  });

  test("the corpus repeated to ~3 MB, above the default threshold", async () => {
    const parts: string[] = [];
    for (let size = 0; size < 3e6; size += corpus.length) parts.push(corpus);
    const doc = documentFromText(parts.join("\n"), "repeated.txt");
    expect(doc.lines.reduce((n, l) => n + l.text.length, 0)).toBeGreaterThan(PARALLEL_MIN_CHARS);
    const { result, threads } = await parallel(doc);
    expect(threads).toBe(2);
    expectSame(result, extractReport(doc));
  });

  test("whatever the split: all blocks on either thread", async () => {
    const doc = docOf("002_2048569ac2ce44f6.txt");
    const expected = extractReport(doc);
    for (const mainShare of [0, 0.2, 0.8, 1]) {
      const { result, threads } = await parallel(doc, { minChars: 0, mainShare });
      expect(threads).toBe(2);
      expectSame(result, expected);
    }
  });

  test("pages, line numbers and lines without a page come back as they were", async () => {
    const lines = (texts.get("000_74fe9bf119f3c8f8.txt") as string).split("\n").map((text, i) => {
      const line: SourceDocument["lines"][number] = { text, line: 2 * i + 5 };
      if (i % 7 !== 0) line.page = 1 + Math.floor(i / 40);
      return line;
    });
    const doc: SourceDocument = { fileName: "x.pdf", format: "pdf", lines, warnings: [] };
    const expected = extractReport(doc);
    expect(expected.records.some((r) => r.source.page !== undefined)).toBe(true);
    expect(expected.records.some((r) => r.source.page === undefined)).toBe(true);
    const { result, threads } = await parallel(doc, { minChars: 0 });
    expect(threads).toBe(2);
    expectSame(result, expected);
  });

  test("calls at the same time each get their own result", async () => {
    const docs = files.map(docOf);
    const outcomes = await Promise.all(docs.map((d) => parallel(d, { minChars: 0 })));
    outcomes.forEach(({ result, threads }, k) => {
      expect(threads).toBe(2);
      expectSame(result, extractReport(docs[k]));
    });
  });

  test("progress is reported up to 1", async () => {
    const seen: number[] = [];
    await extractReportParallel(docOf("001_261107557f529ef6.txt"), { minChars: 0, onProgress: (x) => seen.push(x) });
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe("fallbacks keep the result", () => {
  const doc = docOf("001_261107557f529ef6.txt");
  const expected = extractReport(doc);
  const withScript = async (workerScript: string, why: RegExp) => {
    const { result, threads, reason } = await parallel(doc, { minChars: 0, workerScript });
    expect(threads).toBe(1);
    expect(reason).toMatch(why);
    expectSame(result, expected);
  };

  test("a worker script that does not exist", () => withScript(join(tmp, "missing.cjs"), /worker failed/));

  test("a worker that throws on its first message; the dead worker is replaced, and fails again", async () => {
    const bad = script("throws.cjs", `parentPort.on("message", () => { throw new Error("boom"); });`);
    await withScript(bad, /worker failed/);
    await withScript(bad, /worker failed/);
  });

  test("a worker that exits without answering", () =>
    withScript(script("exits.cjs", `parentPort.on("message", () => process.exit(3));`), /worker failed/));

  test("a worker whose blocks disagree with the main thread's", () =>
    withScript(
      script("disagrees.cjs", `parentPort.on("message", (m) => parentPort.postMessage({ id: m.id, ok: true, split: 1, blockCount: 1, reportYear: null, facts: [] }));`),
      /blocks differ/,
    ));

  test("a worker that reports an error", () =>
    withScript(script("errs.cjs", `parentPort.on("message", (m) => parentPort.postMessage({ id: m.id, ok: false, error: "no" }));`), /worker failed: no/));

  test("lines the compact encoding cannot carry: a newline in a text, HTML-table cells", async () => {
    const withNewline: SourceDocument = { ...doc, lines: [...doc.lines, { text: "a\nb", line: 1e6 }] };
    const withCells = { ...doc, lines: [...doc.lines, { text: "Water\t12", line: 1e6, cells: ["Water", "12"] }] };
    for (const d of [withNewline, withCells]) {
      const { result, threads, reason } = await parallel(d, { minChars: 0 });
      expect([threads, reason]).toEqual([1, "lines the worker cannot be sent"]);
      expectSame(result, extractReport(d));
    }
  });

  test("below the threshold: the calling thread, no worker", async () => {
    const { result, threads, reason } = await parallel(doc, { workerScript: join(tmp, "never-started.cjs") });
    expect([threads, reason]).toEqual([1, "small document"]);
    expectSame(result, expected);
  });
});

describe("the command line (its esbuild bundle and the worker bundle beside it)", () => {
  jest.setTimeout(120_000);

  test("extracts a large file on 2 threads and prints extractReport's records", async () => {
    const parts: string[] = [];
    for (let size = 0; size < 2.5e6; size += corpus.length) parts.push(corpus);
    const file = join(tmp, "large.txt");
    writeFileSync(file, parts.join("\n"));
    const root = join(__dirname, "../..");
    const r = spawnSync(process.execPath, [join(root, "scripts/esg.mjs"), "extract", file, "--json"], { encoding: "utf8", env: { ...process.env, ESG_DEBUG: "1" }, maxBuffer: 1 << 28 });
    expect(r.stderr).toContain("extracted on 2 threads");
    expect(r.status).toBe(0);
    const expected = extractReport(await importDocument(readFileSync(file), "large.txt"));
    expect(JSON.parse(r.stdout).records).toEqual(JSON.parse(JSON.stringify(expected.records)));
  });
});
