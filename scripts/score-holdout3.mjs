#!/usr/bin/env node
// Scores the extractor on held-out set 3: test/holdout3/gold/*.json.
// Run from anywhere: node scripts/score-holdout3.mjs [--verbose] [--json OUT] [gold files ...]
import { scoreHeldOut } from "./lib/score-held-out.mjs";

scoreHeldOut("holdout3");
