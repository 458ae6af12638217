#!/usr/bin/env node
// Runs the esg command line from a bundle of src/ that esbuild rebuilds only when a source changed
// (a fresh clone builds it on first use, in well under a second). Plain Node then loads the bundle
// and the libraries (pdf.js, mammoth) as they ship, with no TypeScript loader in the way, so a call
// starts fast. The bundle lives under node_modules/.cache, which is never committed.
import { build } from "esbuild";
import { readdirSync, statSync, renameSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "node_modules", ".cache", "esg-cli", "esg.cjs");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    return built >= newestMtime(join(root, "src")) && built >= statSync(join(root, "package-lock.json")).mtimeMs;
  } catch {
    return false;
  }
}

if (!bundleIsFresh()) {
  mkdirSync(dirname(bundle), { recursive: true });
  // Build next to the target and rename: concurrent calls (parallel tests) never load a half-written file.
  const temp = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: temp,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  renameSync(temp, bundle);
}

createRequire(import.meta.url)(bundle);
