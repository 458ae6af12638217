// Builds a held-out set's gold files (test/<set>/gold/*.json) from its spec.mjs: every
// fact is located in the report text by an anchor plus its printed figure, the line number is
// computed (and verified) from the text, and the canonical value is the printed figure times the
// unit factor (factors from metrics.json). A numeric figure must stand alone on its line (not part
// of a longer number). Extra checks for the layouts of this set:
//   from / fromNth  the fact line is searched from the line holding `from` onwards (within `within`
//                   lines); used where the figure is not on the label's line (HTML cells, one cell
//                   per line, years-as-rows tables).
//   exact           the `from` line must equal `from` (trimmed), not merely contain it.
//   off             the fact line must be exactly the off-th non-blank line after the `from` line.
//   col             the figure must be cell number `col` (0-based) of its line: TAB-separated, or
//                   `|`-separated (markdown), or separated by 2+ spaces (layout text).
//   td              HTML: the figure must be in the td-th <td> (1-based, spacer cells counted) of
//                   the table row that holds the `from` line.
// It also checks metric ids and canonical units against metrics.json, duplicate (metric, year)
// pairs, fact/ignore overlaps and the report's length, and writes the PDF copy of the reports that
// ask for one (scripts/fixtures/text-to-pdf.mjs), finding each fact's page with pdfjs-dist.
// Each set's build.mjs (test/holdout4, test/holdout5) calls buildHeldOutGold with its folder and reports.
import { readFileSync, writeFileSync, statSync, mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { textToPdf } from "../fixtures/text-to-pdf.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const metricsPath = process.env.ESG_METRICS || resolve(root, "../shared/esg-benchmark/metrics.json");
const contract = JSON.parse(readFileSync(metricsPath, "utf8"));
const canonical = new Map(contract.metrics.map((m) => [m.id, m.dimension === "by_report" ? null : contract.dimensions[m.dimension].unit]));

let problems = 0;
const fail = (msg) => { problems++; console.error(msg); };
const SEP = /[,\s'’\u00a0\u202f\u2009]/g;
const num = (tok) => Number(String(tok).replace(SEP, "").replace(/^\((.*)\)$/, "-$1"));
const round = (x) => Math.round(Number(x.toPrecision(12)) * 1e6) / 1e6;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NUMERIC = /^[\d,.()\s'’\u00a0\u202f\u2009-]+$/;
/** Does `line` print `token`? Numeric tokens must not be part of a longer number. */
const prints = (line, token) =>
  NUMERIC.test(token)
    ? new RegExp(`(?<![\\d.,'’]|\\d[ \\u00a0\\u202f\\u2009])${esc(token)}(?![\\d]|[.,'’]\\d|[ \\u00a0\\u202f\\u2009]\\d{3}(?!\\d))`).test(line)
    : line.includes(token);
/** For PDF page text (cells joined by single spaces) only the digit/separator neighbours are checked. */
const printsOnPage = (text, token) =>
  NUMERIC.test(token) ? new RegExp(`(?<![\\d.,'’])${esc(token)}(?![\\d]|[.,'’]\\d)`).test(text) : text.includes(token);
const cells = (line) => {
  if (line.includes("\t")) return line.split("\t");
  if (line.trim().startsWith("|")) return line.trim().replace(/^\||\|$/g, "").split("|");
  return line.trim().split(/\s{2,}/);
};

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

function locate(r, lines, f) {
  const where = `${r.src}: ${f.metric}@${f.year}`;
  const ok = (l) => l.includes(f.anchor ?? "") && prints(l, f.token);
  let line;
  if (f.from) {
    const starts = [];
    lines.forEach((l, i) => { if (f.exact ? l.trim() === f.from : l.includes(f.from)) starts.push(i); });
    if (!starts.length) return fail(`${where}: no line with from ${JSON.stringify(f.from)}`);
    if (starts.length > 1 && !f.fromNth) return fail(`${where}: from ${JSON.stringify(f.from)} on lines ${starts.map((s) => s + 1).join(",")}; give fromNth`);
    const s = starts[(f.fromNth ?? 1) - 1];
    if (s === undefined) return fail(`${where}: fromNth ${f.fromNth} out of range`);
    if (f.off) {
      let i = s, k = 0;
      while (k < f.off && ++i < lines.length) if (lines[i].trim()) k++;
      if (i >= lines.length || !ok(lines[i])) return fail(`${where}: line ${i + 1} (${f.off} after ${JSON.stringify(f.from)}) does not print ${f.token}: ${JSON.stringify(lines[i])}`);
      line = i + 1;
    } else {
      const hits = [];
      for (let i = s; i < Math.min(lines.length, s + (f.within ?? 40)); i++) if (ok(lines[i])) hits.push(i + 1);
      line = hits[(f.nth ?? 1) - 1];
      if (!line) return fail(`${where}: no line after ${JSON.stringify(f.from)} with ${JSON.stringify(f.anchor ?? "")} + ${f.token}`);
    }
    if (f.td) {
      let t = s;
      while (t >= 0 && !/<tr[\s>]/i.test(lines[t])) t--;
      const seg = lines.slice(t, line).join("\n");
      const before = seg.slice(0, seg.lastIndexOf(f.token) >= 0 ? seg.lastIndexOf(f.token) : seg.length);
      const n = (before.match(/<td[\s>]/gi) || []).length;
      if (/<\/tr>/i.test(before)) fail(`${where}: figure ${f.token} at line ${line} is past the end of the row starting at line ${t + 1}`);
      if (n !== f.td) fail(`${where}: figure ${f.token} at line ${line} is in <td> #${n}, expected #${f.td}`);
    }
  } else {
    const hits = [];
    lines.forEach((l, i) => { if (ok(l)) hits.push(i + 1); });
    if (hits.length === 0) return fail(`${where}: no line with ${JSON.stringify(f.anchor)} + ${f.token}`);
    if (hits.length > 1 && !f.nth) fail(`${where}: ${JSON.stringify(f.anchor)} + ${f.token} on lines ${hits.join(",")}; give nth`);
    line = hits[(f.nth ?? 1) - 1];
    if (!line) return fail(`${where}: nth ${f.nth} out of range`);
  }
  if (f.col !== undefined) {
    const c = cells(lines[line - 1]);
    if ((c[f.col] ?? "").trim() !== f.token) fail(`${where}: cell ${f.col} of line ${line} is ${JSON.stringify(c[f.col])}, expected ${JSON.stringify(f.token)}`);
  }
  return line;
}

/** Writes the gold files of the held-out set in folder `here` (and the PDF copies its reports ask for). */
export async function buildHeldOutGold(here, reports) {
  const set = basename(here);
  mkdirSync(join(here, "gold"), { recursive: true });
  for (const r of reports) {
    const srcPath = join(here, "reports", r.src);
    const text = readFileSync(srcPath, "utf8");
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length < 150 || lines.length > 600) fail(`${r.src}: ${lines.length} lines (want 150-600)`);
    const facts = [];
    for (const f of r.facts) {
      if (!canonical.has(f.metric)) { fail(`${r.src}: unknown metric ${f.metric}`); continue; }
      const cu = canonical.get(f.metric);
      if (cu ? cu !== f.unit && !(cu === "CNY" && /^[A-Z]{3}$/.test(f.unit)) : !["m3", "t", "MWh"].includes(f.unit)) fail(`${r.src}: ${f.metric}@${f.year} unit ${f.unit} is not canonical`);
      const line = locate(r, lines, f);
      if (!line) continue;
      const fact = { metric: f.metric, year: f.year, value: f.value ?? round(num(f.token) * f.mult), unit: f.unit,
        reported: `${f.token} ${f.rep}`.trim(), line };
      if (!Number.isFinite(fact.value)) fail(`${r.src}: ${f.metric}@${f.year} value is not a number`);
      if (f.alt) fact.alt = f.alt;
      if (f.note) fact.note = f.note;
      facts.push(fact);
    }
    const seen = new Set();
    for (const f of facts) { const k = f.metric + "@" + f.year; if (seen.has(k)) fail(`${r.src}: duplicate ${k}`); seen.add(k); }
    for (const x of r.ignore) {
      if (!canonical.has(x.metric)) fail(`${r.src}: unknown ignored metric ${x.metric}`);
      if (seen.has(x.metric + "@" + x.year)) fail(`${r.src}: ${x.metric}@${x.year} both fact and ignore`);
    }
    if (facts.length < 20 || facts.length > 45) fail(`${r.src}: ${facts.length} facts (want 20-45)`);
    const gold = (file, fs) => ({ file, company: r.company, reportYear: r.reportYear, facts: fs, ignore: r.ignore });
    writeFileSync(join(here, "gold", r.id + ".json"), JSON.stringify(gold(`test/${set}/reports/${r.src}`, facts), null, 2) + "\n");
    console.log(`${r.id}: ${facts.length} facts, ${r.ignore.length} ignored, ${lines.length} lines`);
    if (r.pdf) {
      const pdfName = r.src.replace(/\.[a-z]+$/, ".pdf");
      const pdfPath = join(here, "reports", pdfName);
      writeFileSync(pdfPath, await textToPdf(text));
      const pages = await pdfPages(pdfPath);
      const pfacts = facts.map((f) => {
        const spec = r.facts.find((s) => s.metric === f.metric && s.year === f.year);
        const label = spec.plabel ?? (spec.from ?? spec.anchor).replace(/\t/g, " ").trim().slice(0, 14);
        let cand = pages.map((t, i) => (printsOnPage(t, spec.token) ? i + 1 : 0)).filter(Boolean);
        const both = cand.filter((p) => pages[p - 1].includes(label));
        if (both.length) cand = both;
        else fail(`${pdfName}: label ${JSON.stringify(label)} not found with ${spec.token}`);
        if (cand.length > 1) console.error(`${pdfName}: note: ${f.metric}@${f.year} on pages ${cand.join(",")}; using first`);
        const { line, ...rest } = f;
        return { ...rest, page: cand[0] ?? 0 };
      });
      writeFileSync(join(here, "gold", r.id + "_pdf.json"), JSON.stringify(gold(`test/${set}/reports/${pdfName}`, pfacts), null, 2) + "\n");
      console.log(`${r.id}_pdf: ${pdfName} ${statSync(pdfPath).size} bytes, ${pages.length} pages`);
    }
  }
  if (problems) { console.error(`${problems} problem(s)`); process.exit(1); }
}
