#!/usr/bin/env node
// Scores the extractor on held-out set 5: test/holdout5/gold/*.json.
// Run from anywhere: node scripts/score-holdout5.mjs [--verbose] [--json OUT] [gold files ...]
import { scoreHeldOut } from "./lib/score-held-out.mjs";

scoreHeldOut("holdout5");
