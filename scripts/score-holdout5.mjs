#!/usr/bin/env node
// Scores the extractor on the fifth held-out set (test/holdout5/gold/*.json) with the shared
// benchmark scorer. Run from the repo root: node scripts/score-holdout5.mjs [--verbose] [--json OUT]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = process.env.ESG_SCORER || "/work/shared/esg-benchmark/score.mjs";
const goldDir = join(root, "test/holdout5/gold");
const gold = readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort().map((f) => join(goldDir, f));
const r = spawnSync(process.execPath, [scorer, ...gold, "--project", root, "--files-root", root, ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
