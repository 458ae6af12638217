// Extraction speed.
// 1. The corpus repeated to ~5, 10 and 20 MB: MB/s at each size (should stay flat: linear cost).
//    Repeats hit the engine's label and unit caches, so these figures overstate the speed on new text.
// 2. Unseen text: one pass over the largest corpus file after warming the JIT on the other files only,
//    so its labels and units are not cached: closer to what a user's first look at a report costs.
// Each line gives wall-clock and CPU-time MB/s: on a shared machine the CPU time is the steadier figure.
import { readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { documentFromText, type SourceDocument } from "../src/document/types";
import { extractReport } from "../src/extract";

const dir = join(__dirname, "../../shared/corpus");
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

function measure(label: string, doc: SourceDocument, bytes: number): void {
  const cpuStart = cpuSeconds();
  const start = process.hrtime.bigint();
  const result = extractReport(doc);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = cpuSeconds() - cpuStart;
  const mb = bytes / 1e6;
  console.log(
    `${label}: ${wall.toFixed(2)} s, ${(mb / wall).toFixed(1)} MB/s wall; ${cpu.toFixed(2)} s, ${(mb / cpu).toFixed(1)} MB/s cpu (${result.records.length} records)`,
  );
}

// Wall-clock figures drop when other processes share the CPUs: print the load so runs can be compared.
const [load1, load5] = loadavg();
console.log(`load average ${load1.toFixed(2)} (1 min), ${load5.toFixed(2)} (5 min) on ${cpus().length} CPUs`);

const largest = [...files].sort((a, b) => Buffer.byteLength(texts.get(b) as string) - Buffer.byteLength(texts.get(a) as string))[0];
// Warm-up (JIT, regex compilation) on every file except the largest, which stays unseen.
for (let k = 0; k < 3; k++) for (const f of files) if (f !== largest) extractReport(documentFromText(texts.get(f) as string, f));
const unseen = texts.get(largest) as string;
measure(`unseen ${largest} ${(Buffer.byteLength(unseen) / 1e6).toFixed(2)} MB, single pass`, documentFromText(unseen, largest), Buffer.byteLength(unseen));

extractReport(docOfSize(1).doc); // warm-up on the whole corpus for the repeated-corpus sizes
for (const mb of [5, 10, 20]) {
  const { doc, bytes } = docOfSize(mb);
  measure(`${(bytes / 1e6).toFixed(1)} MB repeated corpus`, doc, bytes);
}
