#!/usr/bin/env node
// Builds test/holdout3/gold/*.json from spec.mjs (same approach as test/holdout2/build.mjs): every
// fact is located by an anchor string plus its printed figure, the line number is computed (and
// verified) from the report text, and the canonical value is computed from the printed figure
// times the unit factor. A numeric figure must stand alone on the line (not be part of a longer
// number). For PDF copies the page is found by searching the PDF's text (pdfjs-dist). Also
// writes the PDFs (scripts/fixtures/text-to-pdf.mjs).
//   node test/holdout3/build.mjs          (from the repo root)
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { reports } from "./spec.mjs";
import { textToPdf } from "../../scripts/fixtures/text-to-pdf.mjs";

const here = dirname(fileURLToPath(import.meta.url));
let problems = 0;
const num = (tok) => Number(String(tok).replace(/[,\s]/g, "").replace(/^\((.*)\)$/, "-$1"));
const round = (x) => Math.round(x * 1e6) / 1e6;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Does `line` print `token`? Numeric tokens must not be part of a longer number. */
const prints = (line, token) =>
  /^[\d,.()\s-]+$/.test(token) ? new RegExp(`(?<![\\d.,])${esc(token)}(?![\\d]|[.,]\\d)`).test(line) : line.includes(token);

async function pdfPages(path) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 }).promise;
  const pages = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const tc = await (await doc.getPage(p)).getTextContent();
    pages.push(tc.items.map((i) => i.str).join(" ").replace(/\s+/g, " "));
  }
  return pages;
}

for (const r of reports) {
  const srcPath = join(here, "reports", r.src);
  const text = readFileSync(srcPath, "utf8");
  const lines = text.split(/\r\n|\r|\n/);
  const facts = [];
  for (const f of r.facts) {
    const hits = [];
    lines.forEach((l, i) => { if (l.includes(f.anchor) && prints(l, f.token)) hits.push(i + 1); });
    if (hits.length === 0) { problems++; console.error(`${r.src}: no line with ${JSON.stringify(f.anchor)} + ${f.token}`); continue; }
    if (hits.length > 1 && !f.nth) { problems++; console.error(`${r.src}: ${JSON.stringify(f.anchor)} + ${f.token} on lines ${hits.join(",")}; give nth`); }
    const line = hits[(f.nth ?? 1) - 1];
    const fact = { metric: f.metric, year: f.year, value: f.value ?? round(num(f.token) * f.mult), unit: f.unit,
      reported: `${f.token} ${f.rep}`.trim(), line };
    if (!Number.isFinite(fact.value)) { problems++; console.error(`${r.src}: ${f.metric}@${f.year} value is not a number`); }
    if (f.alt) fact.alt = f.alt;
    if (f.note) fact.note = f.note;
    facts.push(fact);
  }
  const seen = new Set();
  for (const f of facts) { const k = f.metric + "@" + f.year; if (seen.has(k)) { problems++; console.error(`${r.src}: duplicate ${k}`); } seen.add(k); }
  for (const x of r.ignore) if (seen.has(x.metric + "@" + x.year)) { problems++; console.error(`${r.src}: ${x.metric}@${x.year} both fact and ignore`); }
  const gold = (file, fs) => ({ file, company: r.company, reportYear: r.reportYear, facts: fs, ignore: r.ignore });
  writeFileSync(join(here, "gold", r.id + ".json"), JSON.stringify(gold(`test/holdout3/reports/${r.src}`, facts), null, 2) + "\n");
  console.log(`${r.id}: ${facts.length} facts, ${r.ignore.length} ignored, ${lines.length} lines`);
  if (r.pdf) {
    const pdfName = r.src.replace(/\.[a-z]+$/, ".pdf");
    const pdfPath = join(here, "reports", pdfName);
    writeFileSync(pdfPath, await textToPdf(text));
    const pages = await pdfPages(pdfPath);
    const pfacts = facts.map((f) => {
      const spec = r.facts.find((s) => s.metric === f.metric && s.year === f.year);
      const label = spec.plabel ?? spec.anchor.replace(/\t/g, " ").trim().slice(0, 14);
      let cand = pages.map((t, i) => (prints(t, spec.token) ? i + 1 : 0)).filter(Boolean);
      const both = cand.filter((p) => pages[p - 1].includes(label));
      if (both.length) cand = both;
      else { problems++; console.error(`${pdfName}: label ${JSON.stringify(label)} not found with ${spec.token}`); }
      if (cand.length > 1) console.error(`${pdfName}: note: ${f.metric}@${f.year} on pages ${cand.join(",")}; using first`);
      const { line, ...rest } = f;
      return { ...rest, page: cand[0] ?? 0 };
    });
    writeFileSync(join(here, "gold", r.id + "_pdf.json"), JSON.stringify(gold(`test/holdout3/reports/${pdfName}`, pfacts), null, 2) + "\n");
    console.log(`${r.id}_pdf: ${pdfName} ${statSync(pdfPath).size} bytes, ${pages.length} pages`);
  }
}
if (problems) { console.error(`${problems} problem(s)`); process.exit(1); }
