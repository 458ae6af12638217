#!/usr/bin/env node
// Scores the extractor on held-out set 2: test/holdout2/gold/*.json.
// Run from anywhere: node scripts/score-holdout2.mjs [--verbose] [--json OUT] [gold files ...]
import { scoreHeldOut } from "./lib/score-held-out.mjs";

scoreHeldOut("holdout2");
