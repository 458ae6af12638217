// PDF import speed: a 60-page text PDF through importDocument (pdf.js), next to `pdftotext -layout`
// (poppler) on the same file. Targets: under 2 s, within 4x of pdftotext.
// Two figures, because users pay two different costs:
// - cold: the command a user runs, `esg extract x.pdf --json`, in a fresh process (start-up, pdf.js
//   load, import and extraction), compared with pdftotext's, which is also a fresh process per run.
// - warm: pdf.js already loaded and JIT-warm, as in the task pane after its first import.
// The machine's load average is printed: wall times on a shared machine move with it.
// The PDF is laid out from a corpus report (or generated text) and cached in test-output/bench/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { join, resolve } from "node:path";

const PAGES = 60;
const RUNS = 3;
const TARGET_MS = 2000;
const TARGET_RATIO = 4;
const cacheDir = resolve(__dirname, "..", "test-output", "bench");
const pdfPath = join(cacheDir, `report-${PAGES}.pdf`);
const corpusText = resolve(__dirname, "..", "..", "shared", "corpus", "002_2048569ac2ce44f6.txt");

function syntheticReport(): string {
  const out: string[] = [];
  for (let s = 1; s <= 40; s++) {
    out.push(`Section ${s}: Environmental performance`, "");
    out.push("The Company continued to reduce emissions and resource use across its production bases during the year. ".repeat(4), "");
    out.push("Indicator\tUnit\t2024\t2023\t2022");
    for (let r = 1; r <= 12; r++) out.push(`Indicator ${s}.${r} total consumption\tMWh\t${(s * 1000 + r * 37).toLocaleString("en-US")}\t${(s * 900 + r).toLocaleString("en-US")}\t${s * 800}`);
    out.push("");
  }
  return out.join("\n");
}

async function ensurePdf(): Promise<void> {
  if (existsSync(pdfPath)) return;
  mkdirSync(cacheDir, { recursive: true });
  const { textToPdf } = await import("../scripts/fixtures/text-to-pdf.mjs");
  const text = existsSync(corpusText) ? readFileSync(corpusText, "utf8") : syntheticReport();
  writeFileSync(pdfPath, await textToPdf(text, { maxPages: PAGES, minPages: PAGES }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const load = (): string => `load average ${loadavg().map((l) => l.toFixed(2)).join(", ")} on ${cpus().length} CPUs`;

/** Wall time of the real command a user runs, `esg extract <pdf> --json`, in a fresh process each time. */
function coldRuns(): number[] {
  const cli = resolve(__dirname, "..", "scripts", "esg.mjs");
  const run = () => spawnSync(process.execPath, [cli, "extract", pdfPath, "--json"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const first = run(); // builds the CLI bundle if the sources changed; not counted
  if (first.status !== 0) throw new Error(`cold run failed: ${first.stderr}`);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = run();
    runs.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
  }
  return runs;
}

async function warmRuns(bytes: Uint8Array): Promise<{ runs: number[]; cpu: number[]; lines: number; pages: number }> {
  const { importDocument } = await import("../src/document/index");
  const doc = await importDocument(bytes, "report.pdf"); // loads pdf.js and warms up; not counted
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await importDocument(bytes, "report.pdf");
    runs.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { runs, cpu, lines: doc.lines.length, pages: doc.pageCount ?? 0 };
}

/** CPU time (ms) of this process's finished children, from /proc (Linux); undefined elsewhere. */
function childrenCpu(): number | undefined {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, in USER_HZ (100)
  } catch {
    return undefined;
  }
}

function popplerRuns(): { runs: number[]; cpu: number[] } {
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = childrenCpu();
    const r = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.error || r.status !== 0) return { runs: [], cpu: [] };
    runs.push(performance.now() - t);
    const c2 = childrenCpu();
    if (c !== undefined && c2 !== undefined) cpu.push(c2 - c);
  }
  return { runs, cpu };
}

async function main(): Promise<void> {
  await ensurePdf();
  const bytes = new Uint8Array(readFileSync(pdfPath));
  console.log(`file: ${pdfPath} (${(bytes.length / 1024).toFixed(0)} KB); ${load()}`);

  const poppler = popplerRuns();
  const ref = poppler.runs.length ? median(poppler.runs) : undefined;
  const cold = coldRuns();
  const warm = await warmRuns(bytes);
  console.log(`pages ${warm.pages}, lines ${warm.lines}`);

  const coldWall = median(cold);
  console.log(`cold (\`esg extract <pdf> --json\` in a fresh process: start-up, pdf.js load, import and extraction; median of ${RUNS}): ${ms(coldWall)} [${cold.map((x) => x.toFixed(0)).join(", ")}]`);
  const warmMs = median(warm.runs);
  console.log(`warm (pdf.js loaded, median of ${RUNS}): ${ms(warmMs)} [${warm.runs.map((x) => x.toFixed(0)).join(", ")}]; CPU ${ms(median(warm.cpu))}`);

  let ok = warm.pages === PAGES;
  // The ratio target applies to the import; a fresh process also pays Node start-up and loading
  // pdf.js (~0.5 s of JavaScript), which a native tool does not, so its ratio is shown, not judged.
  const verdict = (name: string, x: number, judgeRatio: boolean): void => {
    const pass = x < TARGET_MS && (!judgeRatio || ref === undefined || x / ref <= TARGET_RATIO);
    ok &&= pass;
    const ratio = ref === undefined ? "" : `, ${(x / ref).toFixed(1)}x pdftotext${judgeRatio ? ` (target <= ${TARGET_RATIO}x)` : " (not judged)"}`;
    console.log(`  ${name}: ${ms(x)} (target < ${TARGET_MS} ms${ratio}) ${pass ? "ok" : "OVER TARGET"}`);
  };
  if (ref !== undefined)
    console.log(
      `pdftotext -layout (fresh process, median of ${RUNS}): ${ms(ref)} [${poppler.runs.map((x) => x.toFixed(0)).join(", ")}]` +
        (poppler.cpu.length ? `; CPU ${ms(median(poppler.cpu))} (10 ms resolution)` : ""),
    );
  else console.log("pdftotext -layout: not installed (apt-get install -y poppler-utils); ratios not measured");
  verdict("cold, whole command", coldWall, false);
  verdict("import (pdf.js loaded)", warmMs, true);
  console.log(`${load()} (after)`);
  console.log(ok ? "PASS" : "FAIL: over target");
  if (!ok) process.exitCode = 1;
}

void main();
