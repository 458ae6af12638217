/**
 * Shared rules of the fact stage: which labels are never company-wide totals of a year
 * (targets, cumulative sums, single sites), and how a printed unit is checked against a metric.
 */
import type { FactContext, MetricInfo } from "./types";

/** Plans, targets and forecasts are not facts of a year. */
export const TARGET_WORDS = /\b(?:targets?|goals?|plan(?:ned|s)?|expected|expects?|forecasts?|projected|estimated|budget(?:ed)?|aims?|will\s+(?:reach|be|achieve))\b|目标|预计|计划|预期/i;
/** Multi-year sums ("cumulative", "since 2021", "in recent three years"). */
export const CUMULATIVE_WORDS = /\b(?:cumulative(?:ly)?|accumulated|since\s+(?:19|20)\d\d|(?:recent|last|past)\s+(?:two|three|four|five|\d+)\s+years|over\s+the\s+years|to\s+date)\b|累计|累积/i;
/** A single site or unit of the group, not the company as a whole ("on-site" and "off-site" say where, not which site). */
export const SITE_WORDS = /\b(?:factory|factories|plant|base|(?<!\b(?:on|off)[- ])site|subsidiary|branch|workshop|headquarters?|campus)\b|工厂|厂区|基地|子公司|分公司/i;
/** Rates, shares and per-unit figures: never a total even when the unit looks like one. */
export const RATIO_WORDS = /\b(?:intensity|per\s+(?:unit|capita|person|employee|million|ten\s+thousand|10,000|rmb|cny|revenue|output|product|square)|ratio|rate|proportion|percentage|density)\b|强度|单位|人均|比例|比率/i;

/**
 * Metrics that are stocks at year end: their printed wording often says "cumulative" or "as of",
 * which for them is not a multi-year sum.
 */
export const STOCK_METRICS: ReadonlySet<string> = new Set(["patents_total", "employees_total", "employees_female", "employees_male", "suppliers_total", "total_assets", "board_size", "independent_directors", "female_directors", "rd_employees"]);

/** Metrics that are themselves a change (a reduction achieved): a figure stated as a reduction may name them, and only them. */
export const CHANGE_METRICS: ReadonlySet<string> = new Set(["ghg_reduction"]);

export interface ResolvedUnit {
  /** Multiply the printed value by this to get the canonical value. */
  factor: number;
  canonical: string;
}

const PERCENT_DIMENSIONS = new Set(["percent"]);
/** Labels that name their own unit ("Lost days …", "training hours", "损失工作日"): a bare figure is in that unit. */
const UNIT_IN_WORDING: Readonly<Partial<Record<string, { re: RegExp; canonical: string }>>> = {
  days: { re: /\b(?:days|workdays|man-days)\b|工作日|天数|日数/i, canonical: "d" },
  hours: { re: /\bhours\b|小时|学时|时长|时数/i, canonical: "h" },
};
const FUEL_DIMENSIONS = new Set(["volume", "mass", "energy"]);

/**
 * Checks a printed unit against a metric: same dimension (a tonne on a GHG row is tCO2e, a tonne of
 * water is m3), never an intensity. `valueText` settles unit-less percentages ("8.3%").
 */
export function resolveUnit(metric: MetricInfo, unitText: string, valueText: string, ctx: FactContext, wording = ""): ResolvedUnit | null {
  const dim = metric.dimension;
  if (dim === "intensity") return null;
  if (!unitText) {
    if (valueText.endsWith("%")) return dim === "percent" ? { factor: 1, canonical: "%" } : null;
    if (dim === "count") return { factor: 1, canonical: "count" };
    const named = UNIT_IN_WORDING[dim];
    return named && wording && named.re.test(wording) ? { factor: 1, canonical: named.canonical } : null;
  }
  const parsed = ctx.parseUnitFor(unitText, dim);
  if (!parsed || parsed.intensity) return null;
  if (dim === "by_report") return FUEL_DIMENSIONS.has(parsed.dimension) ? { factor: parsed.factor, canonical: parsed.canonical } : null;
  if (parsed.dimension !== dim) return null;
  if (PERCENT_DIMENSIONS.has(dim)) return { factor: 1, canonical: "%" };
  return { factor: parsed.factor, canonical: parsed.canonical };
}

/**
 * The metric a figure belongs to and its unit: the metric itself, or, when the metric is a count
 * printed as a percentage ("Female employees (%)"), its percentage sibling from the catalogue.
 */
export function resolveMetricUnit(metric: MetricInfo, unitText: string, valueText: string, ctx: FactContext, wording = ""): { metric: string; unit: ResolvedUnit } | null {
  const own = resolveUnit(metric, unitText, valueText, ctx, wording);
  if (own) return { metric: metric.id, unit: own };
  if (!metric.percentSibling) return null;
  const sibling = ctx.getMetric(metric.percentSibling);
  if (!sibling || sibling.dimension !== "percent") return null;
  const unit = resolveUnit(sibling, unitText, valueText, ctx);
  return unit ? { metric: sibling.id, unit } : null;
}

/** True when wording says the figure is a plan, a multi-year sum or one site's. */
export function excludedWording(text: string, metric: string): boolean {
  if (TARGET_WORDS.test(text)) return true;
  if (CUMULATIVE_WORDS.test(text) && !STOCK_METRICS.has(metric)) return true;
  return SITE_WORDS.test(text);
}

/** Rounds away binary noise from unit factors (0.001 × 860 = 0.86, not 0.8600000000000001). */
export function roundValue(v: number): number {
  return Number.parseFloat(v.toPrecision(12));
}
