import { METRICS } from "./metrics";
import type { Category, MetricDefinition } from "./types";

export type { Category, MetricDefinition, MetricDimension, IntensitySpec } from "./types";
export { METRICS } from "./metrics";
export { LABEL_LEXICON, EXCLUSION_GROUPS, type LexiconEntry } from "./lexicon";
export { matchMetricLabel, matchMetricCandidates, type LabelMatch } from "./matcher";
export { normalizeLabel } from "./normalize-label";
export { PERCENT_SIBLING, ALSO_REPORTS, INTENSITY_OF, PART_NOUN } from "./relations";
export { findMetricsByText, type MetricSearchResult, type SearchMatchKind } from "./search";

const BY_ID: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.id, m]));

/** The metric with this id, or undefined. */
export function getMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}

/** Metrics of one category (E, S or G), or all of them, in catalogue order. */
export function metricsByCategory(category?: Category): readonly MetricDefinition[] {
  return category ? METRICS.filter((m) => m.category === category) : METRICS;
}
