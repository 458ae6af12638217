import { FuzzyIndex, type FuzzyName } from "./fuzzy";
import { LABEL_LEXICON } from "./lexicon";
import { METRICS } from "./metrics";
import { matchMetricCandidates } from "./matcher";
import { normalizeLabel } from "./normalize-label";
import type { MetricDefinition } from "./types";

/**
 * How a free-text query found a metric, strongest first. "text" is loose (never enough to resolve a
 * formula on its own): a word of the description, or a prefix, partial name or typo of an id, name
 * or label ("watr", "ghg scop1", "温室气体").
 */
export type SearchMatchKind = "id" | "framework" | "name" | "label" | "text";

export interface MetricSearchResult {
  metric: MetricDefinition;
  /** 0..1, higher is better; results are sorted by it. */
  score: number;
  matchedOn: SearchMatchKind;
}

const KIND_SCORE: Readonly<Record<SearchMatchKind, number>> = { id: 1, framework: 0.9, name: 0.85, label: 0.7, text: 0.3 };
/** Words in a metric's id or name weigh more than words in its description. */
const NAME_TEXT_BONUS = 0.2;
/** Among equal matches, the benchmark's own metrics (the headline ones) come first. */
const BENCHMARK_BONUS = 0.01;

/** Case- and punctuation-free key: "GRI 305-1" → "gri3051", "ghg_scope1" → "ghgscope1", "Scope 1" → "scope1". */
function key(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, "");
}

/** "HKEX A1.2" is also found as "A1.2"; "GRI 305-1" also as "305-1". */
function frameworkKeys(code: string): string[] {
  const full = key(code);
  const bare = key(code.replace(/^\s*(?:hkex|gri|sasb|tcfd|issb)\s*/i, ""));
  return bare && bare !== full ? [full, bare] : [full];
}

interface SearchIndexEntry {
  metric: MetricDefinition;
  id: string;
  names: string[];
  frameworks: string[];
  nameText: string;
  text: string;
}

const INDEX: readonly SearchIndexEntry[] = METRICS.map((m) => ({
  metric: m,
  id: key(m.id),
  names: [key(m.name), key(m.nameZh)],
  frameworks: m.frameworks.flatMap(frameworkKeys),
  nameText: `${key(m.id)} ${key(m.name)} ${key(m.nameZh)}`,
  text: key(m.description),
}));

/** Lexicon patterns as plain labels: gaps ("*") become spaces; raw regular expressions only when they are one anchored literal ("re:^water$"). */
function plainLabels(patterns: readonly string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith("re:")) {
      const literal = /^re:\^([\p{L}\p{N} ]+)\$$/u.exec(pattern);
      if (literal) out.push(literal[1]);
    } else out.push(pattern.replace(/\*/g, " "));
  }
  return out;
}

const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRICS.map((m, i) => [m.id, i]));

/** Ids, names and every lexicon label, compiled once: partial names and typos are scored against them. */
const FUZZY = new FuzzyIndex(
  ((): FuzzyName[] => {
    const names: FuzzyName[] = METRICS.flatMap((m, item) => [m.id, m.name, m.nameZh].map((text) => ({ item, text })));
    for (const entry of LABEL_LEXICON) {
      const item = METRIC_INDEX.get(entry.metric);
      if (item !== undefined) for (const text of plainLabels(entry.patterns)) names.push({ item, text });
    }
    return names;
  })(),
);
/** Partial names and typos below this similarity are not offered ("xyzzy" finds nothing). */
const FUZZY_MIN = 0.5;
/** A partial name or typo scores 0.3 + 0.3 × its similarity: above description words, below any label match. */
const FUZZY_WEIGHT = 0.3;
/** Among near-equal partial matches the catalogue's order decides (headline metrics such as ghg_total come first in their family). */
const CATALOGUE_ORDER_STEP = 1e-5;

const BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.id, m]));

/**
 * Finds metrics for what a user typed: an id ("ghg_scope1"), a name ("Scope 1", "Total GHG emissions"),
 * a Chinese label ("范围一排放"), or a framework code ("GRI 305-1", "A1.2"). Ranked best first; empty when nothing fits.
 */
export function findMetricsByText(query: string): MetricSearchResult[] {
  const q = key(query);
  if (!q) return [];
  const best = new Map<string, MetricSearchResult>();
  const offer = (metric: MetricDefinition, matchedOn: SearchMatchKind, bonus = 0) => {
    const score = Math.min(1, KIND_SCORE[matchedOn] + bonus + (metric.benchmark ? BENCHMARK_BONUS : 0));
    const prev = best.get(metric.id);
    if (!prev || prev.score < score) best.set(metric.id, { metric, score, matchedOn });
  };

  for (const e of INDEX) {
    if (e.id === q) offer(e.metric, "id");
    else if (e.frameworks.includes(q)) offer(e.metric, "framework", e.metric.frameworks.length === 1 ? 0.02 : 0);
    else if (e.names.includes(q)) offer(e.metric, "name");
    else if (q.length >= 3 && e.frameworks.some((f) => f.startsWith(q) && /\d$/.test(q))) offer(e.metric, "framework", -0.1);
  }
  // The label lexicon knows how reports (and users) name metrics: "Scope 1", "范围一排放", "用水量".
  const labelMatches = matchMetricCandidates(query);
  labelMatches.forEach((m, rank) => {
    const metric = BY_ID.get(m.metricId);
    if (metric) offer(metric, "label", 0.1 * m.score - 0.02 * rank);
  });
  if (best.size === 0) {
    // Loose: prefixes, partial names and typos of ids, names and labels; then words of a description.
    for (const hit of FUZZY.search(query, FUZZY_MIN)) {
      offer(METRICS[hit.item], "text", FUZZY_WEIGHT * hit.score - CATALOGUE_ORDER_STEP * hit.item);
    }
    if (q.length >= 3) {
      const alt = key(normalizeLabel(query));
      for (const e of INDEX) {
        if (e.nameText.includes(q) || (alt && e.nameText.includes(alt))) offer(e.metric, "text", NAME_TEXT_BONUS);
        else if (e.text.includes(q) || (alt && e.text.includes(alt))) offer(e.metric, "text");
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.metric.id.localeCompare(b.metric.id));
}
