// Scores the extractor on one held-out set (test/<set>/gold/*.json) with the shared benchmark scorer.
// Extra arguments go to the scorer; gold paths given among them replace the set's files.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Scorer options that take a value (kept with it, never read as a gold path). */
const WITH_VALUE = new Set(["--json", "--cmd", "--timeout", "--project", "--files-root"]);

export function scoreHeldOut(set, args = process.argv.slice(2)) {
  const scorer = process.env.ESG_SCORER || resolve(root, "../shared/esg-benchmark/score.mjs");
  if (!existsSync(scorer)) {
    console.error(`scorer not found: ${scorer} (set ESG_SCORER)`);
    process.exit(2);
  }
  const goldDir = join(root, "test", set, "gold");
  const gold = [];
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    if (WITH_VALUE.has(args[i])) rest.push(args[i], args[++i]);
    else if (args[i].endsWith(".json")) gold.push(resolve(args[i]));
    else rest.push(args[i]);
  }
  if (gold.length === 0) for (const f of readdirSync(goldDir).sort()) if (f.endsWith(".json")) gold.push(join(goldDir, f));
  const r = spawnSync(process.execPath, [scorer, ...gold, "--project", root, "--files-root", root, ...rest], { cwd: root, stdio: "inherit" });
  process.exit(r.status ?? 1);
}
