/**
 * Metric names and categories for the grid and the metric editor. Reads the catalogue
 * (src/catalogue) once it lands; until then, readable names derived from the ids.
 */
import type { Category } from "../src/catalogue/types";
import type { MetricLookup } from "./state";

export interface MetricOption {
  id: string;
  name: string;
  category: Category | null;
  unit: string | null;
}

const E = /^(ghg|nox|sox|particulate|voc|cod|energy|electricity|renewable|natural_gas|diesel|gasoline|water|wastewater|waste|packaging|env_|emission|fuel|coal|steam)/;
const S = /^(employee|female_employee|new_hires|turnover|training|fatalit|lost_days|injur|safety|rd_|patent|supplier|community|customer|volunteer|donation)/;
const G = /^(corruption|revenue|net_profit|total_assets|taxes|board|independent|female_directors|dividend)/;

function humanize(id: string): string {
  const s = id.replace(/_/g, " ").replace(/\bghg\b/i, "GHG").replace(/\brd\b/i, "R&D").replace(/\bnox\b/i, "NOx").replace(/\bsox\b/i, "SOx").replace(/\bvoc\b/i, "VOC").replace(/\bcod\b/i, "COD");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function guessCategory(id: string): Category | null {
  if (E.test(id)) return "E";
  if (S.test(id)) return "S";
  if (G.test(id)) return "G";
  return null;
}

const catalogue: MetricOption[] = [];
const byId = new Map<string, MetricOption>();

function lookup(id: string): MetricOption {
  let m = byId.get(id);
  if (!m) {
    m = { id, name: humanize(id), category: guessCategory(id), unit: null };
    byId.set(id, m);
  }
  return m;
}

export const metricLookup: MetricLookup = {
  name: (id) => lookup(id).name,
  category: (id) => lookup(id).category,
};

export function metricUnit(id: string): string | null {
  return lookup(id).unit;
}

/** Every catalogue metric, for the metric picker (plus any ids seen in the records). */
export function metricOptions(extraIds: Iterable<string> = []): MetricOption[] {
  const seen = new Map(catalogue.map((m) => [m.id, m]));
  for (const id of extraIds) if (!seen.has(id)) seen.set(id, lookup(id));
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
