#!/usr/bin/env node
// Runs every jest project and ends with a plain "N passed, N failed" line (CI reads that line, not jest's summary).
// Extra arguments go to jest: `npm test -- test/units`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = join(mkdtempSync(join(tmpdir(), "esg-jest-")), "results.json");
const jestBin = join("node_modules", "jest", "bin", "jest.js");
const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules", "--no-warnings"].filter(Boolean).join(" ") };
const run = spawnSync(process.execPath, [jestBin, "--json", `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: "inherit", env });

let passed = 0, failed = 0;
if (existsSync(out)) {
  const r = JSON.parse(readFileSync(out, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
