#!/usr/bin/env node
// Scores the extractor on the held-out evaluation set (8 invented reports in layouts unlike the shared gold files): test/holdout/gold/*.json.
// Run from anywhere: node scripts/score-holdout.mjs [--verbose] [--json OUT] [gold files ...]
import { scoreHeldOut } from "./lib/score-held-out.mjs";

scoreHeldOut("holdout");
