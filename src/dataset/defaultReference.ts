/** The project's catalogue and unit system behind the dataset queries' Reference interface. */
import { METRICS, findMetricsByText, type MetricDefinition } from "../catalogue";
import { convertValue, parseUnit, unitsForDimension } from "../units";
import type { Reference } from "./reference";

/** A clear winner is taken; close scores come back as candidates (ambiguous); description-only hits are too loose to count. */
const CLEAR_LEAD = 0.05;

export function searchCatalogue(query: string): MetricDefinition[] {
  const results = findMetricsByText(query).filter((result) => result.matchedOn !== "text");
  if (results.length <= 1 || results[0].score - results[1].score >= CLEAR_LEAD) return results.slice(0, 1).map((r) => r.metric);
  return results.filter((result) => results[0].score - result.score < CLEAR_LEAD).map((r) => r.metric);
}

/** The catalogue's loose matches ("watr" → water consumption), for the message when nothing matches. */
export function suggestFromCatalogue(query: string): MetricDefinition[] {
  return findMetricsByText(query).map((r) => r.metric);
}

let shared: Reference | null = null;

export function defaultReference(): Reference {
  if (!shared) {
    shared = {
      metrics: METRICS,
      searchMetrics: searchCatalogue,
      suggestMetrics: suggestFromCatalogue,
      units: { parse: parseUnit, convert: (value, from, to) => convertValue(value, from, to), unitsFor: unitsForDimension },
    };
  }
  return shared;
}
