/** What the worksheets need to know about a metric: its name, E/S/G category, canonical unit and catalogue order. */

export type MetricCategory = "E" | "S" | "G";

export interface MetricInfo {
  id: string;
  name: string;
  category: MetricCategory;
  unit: string;
}

/** Metrics in catalogue order (the model sheets list them in this order within each category). */
export interface MetricCatalogue {
  get(id: string): MetricInfo | undefined;
  /** Position in the catalogue; unknown ids sort after every known one. */
  order(id: string): number;
}

export function catalogueFromList(metrics: readonly MetricInfo[]): MetricCatalogue {
  const byId = new Map(metrics.map((metric, position) => [metric.id, { metric, position }]));
  return {
    get: (id) => byId.get(id)?.metric,
    order: (id) => byId.get(id)?.position ?? Number.MAX_SAFE_INTEGER,
  };
}

export const CATEGORY_TITLES: Record<MetricCategory, string> = { E: "Environmental", S: "Social", G: "Governance" };

export function isCategory(text: string): text is MetricCategory {
  return text === "E" || text === "S" || text === "G";
}
