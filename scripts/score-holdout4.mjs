#!/usr/bin/env node
// Scores the extractor on held-out set 4: test/holdout4/gold/*.json.
// Run from anywhere: node scripts/score-holdout4.mjs [--verbose] [--json OUT] [gold files ...]
import { scoreHeldOut } from "./lib/score-held-out.mjs";

scoreHeldOut("holdout4");
