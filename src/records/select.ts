/**
 * Records: candidate facts → at most one record per (metric, year). The best-supported candidate
 * wins (tables over cards over prose, then the earlier line); the others become `alternatives`,
 * and `conflict` marks that some of them disagree with the chosen value.
 */
import type { CandidateFact } from "../facts/types";
import type { Alternative, EsgRecord } from "./types";

/** Values within this relative difference are the same figure printed with other rounding. */
const SAME_VALUE_TOLERANCE = 0.005;
/** Agreement from another source raises confidence a little, never above this. */
const MAX_CONFIDENCE = 0.99;
const AGREEMENT_BONUS = 0.02;

export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= SAME_VALUE_TOLERANCE * scale;
}

function better(a: CandidateFact, b: CandidateFact): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.source.line < b.source.line;
}

function toAlternative(c: CandidateFact): Alternative {
  return { value: c.value, unit: c.unit, reported: c.reported, source: c.source, confidence: c.confidence };
}

export function selectRecords(candidates: readonly CandidateFact[]): EsgRecord[] {
  const groups = new Map<string, CandidateFact[]>();
  for (const c of candidates) {
    const key = `${c.metric}\u0000${c.year}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  const records: EsgRecord[] = [];
  for (const group of groups.values()) {
    let best = group[0];
    for (const c of group) if (better(c, best)) best = c;
    const others = group.filter((c) => c !== best);
    const agreeing = others.filter((c) => sameValue(c.value, best.value) && c.source.line !== best.source.line).length;
    const record: EsgRecord = {
      metric: best.metric,
      year: best.year,
      value: best.value,
      unit: best.unit,
      reported: best.reported,
      source: best.source,
      confidence: Math.min(MAX_CONFIDENCE, Number((best.confidence + AGREEMENT_BONUS * Math.min(agreeing, 2)).toFixed(3))),
    };
    if (others.length) {
      record.alternatives = others.map(toAlternative);
      if (others.some((c) => !sameValue(c.value, best.value))) record.conflict = true;
    }
    records.push(record);
  }
  records.sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : a.year - b.year));
  return records;
}
