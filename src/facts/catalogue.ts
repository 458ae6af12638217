/** The catalogue as the fact stage sees it (label matching, metric dimensions, unit parsing). */
import { getMetric, matchMetricCandidates } from "../catalogue";
import { parseUnitFor } from "../units";
import type { FactContext, MetricInfo } from "./types";

function matchLabel(label: string): string[] {
  return matchMetricCandidates(label).map((m) => m.metricId);
}

function metricInfo(id: string): MetricInfo | undefined {
  const m = getMetric(id);
  return m ? { id: m.id, dimension: m.dimension } : undefined;
}

export function catalogueContext(reportYear: number | null): FactContext {
  return { matchLabel, getMetric: metricInfo, parseUnitFor, reportYear };
}
