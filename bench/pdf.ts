// PDF import speed: a 60-page text PDF through importDocument (pdf.js), next to `pdftotext -layout`
// (poppler) on the same file. Targets: under 2 s, within 4x of pdftotext.
// The PDF is laid out from a corpus report (or generated text) and cached in test-output/bench/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importDocument } from "../src/document/index";

const PAGES = 60;
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

async function main(): Promise<void> {
  await ensurePdf();
  const bytes = new Uint8Array(readFileSync(pdfPath));
  let t = performance.now();
  const doc = await importDocument(bytes, "report.pdf");
  const cold = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await importDocument(bytes, "report.pdf");
    warm.push(performance.now() - t);
  }
  const ours = median(warm);
  console.log(`file: ${pdfPath} (${doc.pageCount} pages, ${doc.lines.length} lines, ${(bytes.length / 1024).toFixed(0)} KB)`);
  console.log(`importDocument (pdf.js): ${ours.toFixed(0)} ms median of 3; first run incl. loading pdf.js ${cold.toFixed(0)} ms`);

  const poppler: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.error || r.status !== 0) break;
    poppler.push(performance.now() - t);
  }
  let ok = ours < 2000 && doc.pageCount === PAGES;
  if (poppler.length) {
    const ref = median(poppler);
    const ratio = ours / ref;
    console.log(`pdftotext -layout: ${ref.toFixed(0)} ms median of 3; ratio ${ratio.toFixed(1)}x (target <= 4x)`);
    ok &&= ratio <= 4;
  } else {
    console.log("pdftotext -layout: not installed (apt-get install -y poppler-utils); ratio not measured");
  }
  console.log(ok ? "PASS" : "FAIL: over target");
  if (!ok) process.exitCode = 1;
}

void main();
