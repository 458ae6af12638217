#!/usr/bin/env node
// Scores the extractor on the held-out evaluation set (test/holdout: 8 invented reports in
// layouts unlike the shared gold files: markdown, HTML, bilingual, Chinese-only, HKEX KPI
// appendix, units in labels, prose only, breakdown tables).
// Usage (from anywhere): node scripts/score-holdout.mjs [--verbose] [--json OUT] [gold/NN*.json ...]
// Extra arguments are passed to the shared scorer; gold paths default to all held-out files.
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = process.env.ESG_SCORER || resolve(root, "../shared/esg-benchmark/score.mjs");
if (!existsSync(scorer)) { console.error(`scorer not found: ${scorer} (set ESG_SCORER)`); process.exit(2); }

const goldDir = join(root, "test/holdout/gold");
const args = process.argv.slice(2);
const withValue = new Set(["--json", "--cmd", "--timeout", "--project", "--files-root"]);
const gold = [], rest = [];
for (let i = 0; i < args.length; i++) {
  if (withValue.has(args[i])) rest.push(args[i], args[++i]);
  else if (args[i].endsWith(".json")) gold.push(resolve(args[i]));
  else rest.push(args[i]);
}
if (gold.length === 0) for (const f of readdirSync(goldDir).sort()) if (f.endsWith(".json")) gold.push(join(goldDir, f));

const r = spawnSync(process.execPath, [scorer, ...gold, "--project", root, "--files-root", root, ...rest],
  { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
