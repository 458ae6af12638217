/**
 * Metric names, categories and units for the grid and the metric editor, from the catalogue
 * (src/catalogue). Ids the catalogue does not know get a readable name derived from the id.
 */
import { METRICS, getMetric } from "../src/catalogue";
import type { Category } from "../src/catalogue/types";
import type { MetricLookup } from "./state";

export interface MetricOption {
  id: string;
  name: string;
  category: Category | null;
  /** Canonical unit; null when it depends on the report (fuels) or the id is unknown. */
  unit: string | null;
}

function humanize(id: string): string {
  const s = id.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const byId = new Map<string, MetricOption>();

function lookup(id: string): MetricOption {
  let m = byId.get(id);
  if (!m) {
    const def = getMetric(id);
    m = def
      ? { id, name: def.name, category: def.category, unit: def.dimension === "by_report" ? null : def.unit }
      : { id, name: humanize(id), category: null, unit: null };
    byId.set(id, m);
  }
  return m;
}

export const metricLookup: MetricLookup = {
  name: (id) => lookup(id).name,
  category: (id) => lookup(id).category,
};

/** The unit a record takes when the analyst moves it to this metric (null: keep the record's unit). */
export function metricUnit(id: string): string | null {
  return lookup(id).unit;
}

let catalogueOptions: MetricOption[] | null = null;

/** Every catalogue metric for the metric picker, plus any ids seen in the records, by name. */
export function metricOptions(extraIds: Iterable<string> = []): MetricOption[] {
  catalogueOptions ??= METRICS.map((m) => lookup(m.id));
  const all = new Map(catalogueOptions.map((m) => [m.id, m]));
  for (const id of extraIds) if (!all.has(id)) all.set(id, lookup(id));
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
}
