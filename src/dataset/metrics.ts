/**
 * Metric look-up: id, English or Chinese name, or a framework code that names one metric only
 * ("GRI 305-1" → ghg_scope1; "HKEX A1.2" names several, so it is reported as ambiguous).
 * Knows the catalogue's metrics and any other ids the dataset carries.
 */
import type { MetricDefinition } from "../catalogue/types";
import { closestLabels, containsHan, normalizeKey } from "./text";

export type MetricMatch =
  | { ok: true; metric: MetricDefinition }
  | { ok: false; reason: "unknown"; suggestions: string[] }
  | { ok: false; reason: "ambiguous"; candidates: string[] };

/** Free-text search supplied by the catalogue (labels such as "Scope 1", "范围一"); best first. */
export type MetricTextSearch = (query: string) => readonly MetricDefinition[];

const MAX_SUGGESTIONS = 3;

export class MetricResolver {
  private readonly byId = new Map<string, MetricDefinition>();
  private readonly byKey = new Map<string, MetricDefinition[]>();
  private readonly memo = new Map<string, MetricMatch>();

  constructor(
    readonly metrics: readonly MetricDefinition[],
    private readonly search?: MetricTextSearch,
    private readonly suggest?: MetricTextSearch,
  ) {
    for (const metric of metrics) {
      this.byId.set(metric.id, metric);
      for (const name of [metric.id, metric.name, metric.nameZh, ...metric.frameworks]) this.addKey(normalizeKey(name ?? ""), metric);
    }
  }

  /** The definition for an exact id, if known. */
  get(id: string): MetricDefinition | undefined {
    return this.byId.get(id);
  }

  resolve(query: string): MetricMatch {
    let match = this.memo.get(query);
    if (!match) {
      match = this.find(query);
      this.memo.set(query, match);
    }
    return match;
  }

  private find(query: string): MetricMatch {
    const direct = this.byId.get(query.trim());
    if (direct) return { ok: true, metric: direct };
    const key = normalizeKey(query);
    if (!key) return { ok: false, reason: "unknown", suggestions: [] };
    const exact = this.byKey.get(key);
    if (exact?.length === 1) return { ok: true, metric: exact[0] };
    if (exact && exact.length > 1) return { ok: false, reason: "ambiguous", candidates: exact.map((m) => m.id) };
    const contained = this.containing(key);
    if (contained.length === 1) return { ok: true, metric: contained[0] };
    const found = this.search?.(query) ?? [];
    if (found.length === 1) return { ok: true, metric: this.byId.get(found[0].id) ?? found[0] };
    if (found.length > 1) return { ok: false, reason: "ambiguous", candidates: found.slice(0, 5).map((m) => m.id) };
    // The catalogue's typo-tolerant suggestions first; plain edit distance over ids and names otherwise.
    const suggested = (this.suggest?.(query) ?? []).slice(0, MAX_SUGGESTIONS).map((m) => m.id);
    if (suggested.length) return { ok: false, reason: "unknown", suggestions: suggested };
    const candidates = this.metrics.flatMap((m) => [m.id, m.name, m.nameZh].map((name) => ({ key: normalizeKey(name ?? ""), label: m.id })));
    return { ok: false, reason: "unknown", suggestions: closestLabels(query, candidates) };
  }

  /** Metrics whose id or name contains the query ("Scope 1" ⊂ "Scope 1 (direct) GHG emissions", "范围一" ⊂ "范围一温室气体排放"). */
  private containing(key: string): MetricDefinition[] {
    if (key.length < (containsHan(key) ? 2 : 4)) return [];
    return this.metrics.filter((m) => [m.id, m.name, m.nameZh].some((name) => normalizeKey(name ?? "").includes(key)));
  }

  private addKey(key: string, metric: MetricDefinition): void {
    if (!key) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [metric]);
    else if (!list.includes(metric)) list.push(metric);
  }
}
