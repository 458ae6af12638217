// Extraction speed.
// 1. Unseen text: one pass over the largest corpus file after warming the JIT on the other files only,
//    so its labels and units are not cached: closer to what a user's first look at a report costs.
// 2. The corpus repeated to ~5, 10 and 20 MB, on one thread (extractReport) and on two (the command
//    line's extractReportOnThreads: the document's second half in a worker thread). MB/s should stay
//    flat across sizes (linear cost). Repeats hit the engine's label and unit caches, so these figures
//    overstate the speed on new text.
// 3. Five more runs of each at ~20 MB, and their median: the figure the README quotes.
// The engine is loaded from an esbuild bundle, as the command line runs it: a worker thread can load a
// bundle, not TypeScript. Each line gives wall-clock and CPU-time MB/s (CPU time of all threads).
import { buildSync } from "esbuild";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { SourceDocument } from "../src/document/types";
import type * as Engine from "./lib/engine";

const root = join(__dirname, "..");
const bundle = join(root, "node_modules", ".cache", "esg-bench", "engine.cjs");
mkdirSync(join(root, "node_modules", ".cache", "esg-bench"), { recursive: true });
buildSync({
  entryPoints: [join(__dirname, "lib", "engine.ts")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  logLevel: "error",
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(bundle) as typeof Engine;
const { documentFromText, extractReport, extractReportOnThreads } = engine;

const dir = join(root, "../shared/corpus");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), "utf8")] as const));
const corpus = files.map((f) => texts.get(f) as string).join("\n");

function docOfSize(mb: number) {
  const parts: string[] = [];
  let size = 0;
  while (size < mb * 1e6) {
    parts.push(corpus);
    size += Buffer.byteLength(corpus);
  }
  const text = parts.join("\n");
  return { doc: documentFromText(text, "bench.txt"), bytes: Buffer.byteLength(text) };
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

interface Run {
  wall: number;
  cpu: number;
  records: number;
  how: string;
}

async function run(doc: SourceDocument, threads: 1 | 2): Promise<Run> {
  const cpuStart = cpuSeconds();
  const start = process.hrtime.bigint();
  let how = "one pass";
  const result = threads === 1 ? extractReport(doc) : await extractReportOnThreads(doc, { onSplit: (o) => (how = o) });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { wall, cpu: cpuSeconds() - cpuStart, records: result.records.length, how };
}

function line(label: string, bytes: number, r: Run): string {
  const mb = bytes / 1e6;
  return `${label}: ${r.wall.toFixed(2)} s, ${(mb / r.wall).toFixed(1)} MB/s wall; ${r.cpu.toFixed(2)} s, ${(mb / r.cpu).toFixed(1)} MB/s cpu (${r.records} records; ${r.how})`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  // Wall-clock figures drop when other processes share the CPUs: print the load so runs can be compared.
  const [load1, load5] = loadavg();
  console.log(`load average ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min) on ${cpus().length} CPUs`);

  const largest = [...files].sort((a, b) => Buffer.byteLength(texts.get(b) as string) - Buffer.byteLength(texts.get(a) as string))[0];
  // Warm-up (JIT, regex compilation) on every file except the largest, which stays unseen.
  for (let k = 0; k < 3; k++) for (const f of files) if (f !== largest) extractReport(documentFromText(texts.get(f) as string, f));
  const unseen = texts.get(largest) as string;
  console.log(line(`unseen ${largest} ${(Buffer.byteLength(unseen) / 1e6).toFixed(2)} MB, single pass`, Buffer.byteLength(unseen), await run(documentFromText(unseen, largest), 1)));

  // Warm-up on the whole corpus, and of the worker thread on a document large enough to split.
  extractReport(docOfSize(1).doc);
  await run(docOfSize(10).doc, 2);
  for (const mb of [5, 10, 20]) {
    const { doc, bytes } = docOfSize(mb);
    for (const threads of [1, 2] as const) console.log(line(`${(bytes / 1e6).toFixed(1)} MB repeated corpus, ${threads} thread${threads > 1 ? "s" : ""}`, bytes, await run(doc, threads)));
  }

  const { doc, bytes } = docOfSize(20);
  const mb = bytes / 1e6;
  for (const threads of [1, 2] as const) {
    const runs: Run[] = [];
    // Alternating would mix the two in the JIT's view; five in a row of each is steadier here.
    for (let k = 0; k < 5; k++) runs.push(await run(doc, threads));
    const walls = runs.map((r) => mb / r.wall);
    console.log(
      `${mb.toFixed(1)} MB, ${threads} thread${threads > 1 ? "s" : ""}, 5 runs: median ${median(walls).toFixed(1)} MB/s wall (${Math.min(...walls).toFixed(1)}-${Math.max(...walls).toFixed(1)}), median ${median(runs.map((r) => mb / r.cpu)).toFixed(1)} MB/s cpu`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
