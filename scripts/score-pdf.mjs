#!/usr/bin/env node
// Scores the extractor on a PDF made from a corpus report, next to its score on the text itself.
// The PDF is laid out from the text by scripts/fixtures/text-to-pdf.mjs (tables as positioned
// cells) and cached in test-output/. A copy of the gold file points "file" at that PDF; the
// scorer compares metric/year/value/unit only, so line numbers do not matter.
//   node scripts/score-pdf.mjs [gold.json] [--benchmark DIR]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { textToPdf } from "./fixtures/text-to-pdf.mjs";

const args = process.argv.slice(2);
const bi = args.indexOf("--benchmark");
const benchmark = resolve(bi >= 0 ? args.splice(bi, 2)[1] : "../shared/esg-benchmark");
const goldPath = resolve(args[0] ?? join(benchmark, "gold", "002_jlmag_2024.json"));
const gold = JSON.parse(readFileSync(goldPath, "utf8"));
const textFile = resolve(benchmark, "..", gold.file);

const outDir = resolve("test-output", "score-pdf");
mkdirSync(outDir, { recursive: true });
const pdfFile = join(outDir, basename(textFile).replace(/\.\w+$/, ".pdf"));
if (!existsSync(pdfFile)) writeFileSync(pdfFile, await textToPdf(readFileSync(textFile, "utf8")));
const pdfGold = join(outDir, basename(goldPath));
writeFileSync(pdfGold, JSON.stringify({ ...gold, file: pdfFile }, null, 2));

const score = (file) => {
  const r = spawnSync(process.execPath, [join(benchmark, "score.mjs"), file], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  process.stdout.write(r.stdout);
  return r.stdout.trim().split("\n").pop();
};
console.log(`== text: ${gold.file}`);
const text = score(goldPath);
console.log(`\n== pdf: ${pdfFile}`);
const pdf = score(pdfGold);
console.log(`\ntext: ${text}\npdf:  ${pdf}`);
