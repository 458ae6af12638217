/** The catalogue as the fact stage sees it (label matching, metric dimensions, unit parsing). */
import { METRICS } from "../catalogue/metrics";
import { normalizeLabel } from "../catalogue/normalize-label";
import { parseUnitFor } from "../units";
import type { FactContext, MetricInfo } from "./types";

const BY_ID: ReadonlyMap<string, MetricInfo> = new Map(METRICS.map((m) => [m.id, { id: m.id, dimension: m.dimension }]));
const BY_NAME: ReadonlyMap<string, string> = new Map(METRICS.flatMap((m) => [[normalizeLabel(m.name), m.id], [normalizeLabel(m.nameZh), m.id]] as [string, string][]));

/** Interim matcher until the catalogue lexicon lands: exact metric names only. */
function matchLabel(label: string): string[] {
  const id = BY_NAME.get(normalizeLabel(label));
  return id ? [id] : [];
}

function findLabels(text: string): { metric: string; start: number; end: number }[] {
  void text;
  return [];
}

export function catalogueContext(reportYear: number | null): FactContext {
  return { matchLabel, findLabels, getMetric: (id) => BY_ID.get(id), parseUnitFor, reportYear };
}
