#!/usr/bin/env node
// Builds test/holdout4/gold/*.json and the PDF copies from spec.mjs, with the checks described in
// scripts/lib/build-held-out-gold.mjs.
//   node test/holdout4/build.mjs          (from the repo root)
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildHeldOutGold } from "../../scripts/lib/build-held-out-gold.mjs";
import { reports } from "./spec.mjs";

await buildHeldOutGold(dirname(fileURLToPath(import.meta.url)), reports);
