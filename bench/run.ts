// Runs the speed benchmarks: `npm run bench` runs all, `npm run bench -- extract` one of them.
// Each benchmark is a script bench/<name>.ts that prints its own figures.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const wanted = process.argv.slice(2);
const all = readdirSync(__dirname)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const names = wanted.length ? wanted : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`No benchmark named "${name}". Known: ${all.join(", ")}`);
    failed++;
    continue;
  }
  console.log(`\n== bench ${name}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, `${name}.ts`)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
