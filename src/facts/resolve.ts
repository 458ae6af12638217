/**
 * Shared rules of the fact stage: which labels are never company-wide totals of a year
 * (targets, cumulative sums, single sites), and how a printed unit is checked against a metric.
 */
import type { FactContext, MetricInfo } from "./types";

/** Plans, targets and forecasts are not facts of a year. */
const TARGET_WORDS_EN = String.raw`\b(?:targets?|goals?|plan(?:ned|s)?|expected|expects?|forecasts?|projected|estimated|budget(?:ed)?|aims?|will\s+(?:reach|be|achieve))\b`;
// "不及预期", "超预期", "符合预期" say how the year went against expectations: no plan.
export const TARGET_WORDS = new RegExp(`${TARGET_WORDS_EN}|目标|预计|计划|(?<!不及|超|超出|低于|高于|符合|好于|差于)预期`, "i");
/** TARGET_WORDS for text known to be ASCII: the Chinese alternatives make a scan of English text twice as slow. */
export const TARGET_WORDS_ASCII = new RegExp(TARGET_WORDS_EN, "i");
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
 * Words that name an intensity's base, by the base's canonical unit: a label or head naming one base
 * never takes a figure printed per another ("energy consumption per employee" in MWh/RMB 10,000).
 */
const BASE_WORDS: Readonly<Record<string, RegExp>> = {
  CNY: /\b(?:revenues?|income|sales|turnover|output value|rmb|cny|yuan)\b|营业收入|营收|收入|产值|万元|亿元/i,
  t: /\b(?:products?|production|output(?! value))\b|产品|产量/i,
  person: /\b(?:capita|employees?|persons?|head|staff|headcount)\b|人均|每名|每位|每人/i,
  m2: /\b(?:floor|area|square|sq\.?\s?m|m2)\b|面积|平方米/i,
};

function namesOtherBase(wording: string, base: string): boolean {
  if (!wording) return false;
  for (const [b, re] of Object.entries(BASE_WORDS)) if (b !== base && re.test(wording)) return true;
  return false;
}

/**
 * An intensity metric's unit: the printed unit must be a ratio whose numerator has the metric's
 * dimension and whose denominator converts to the metric's ("tCO2e/RMB 10,000" → ×100 into
 * "tCO2e/CNY million"; "吨/万元" on a GHG row is tCO2e). Refused: no unit, a plain unit, a percentage,
 * another base (per employee, per m², per tonne for a per-revenue metric), another currency (HK$: no
 * exchange rates), an unprinted currency ("per million revenue"), and wording naming another base.
 */
function resolveIntensity(metric: MetricInfo, unitText: string, valueText: string, ctx: FactContext, wording: string): ResolvedUnit | null {
  const spec = metric.intensity;
  if (!spec || !unitText || valueText.endsWith("%")) return null;
  const printed = ctx.parseUnitFor(unitText, spec.numerator);
  const target = ctx.parseUnitFor(spec.unit, spec.numerator);
  if (!printed?.intensity || !printed.denominator || !target?.intensity || !target.denominator) return null;
  const per = printed.denominator;
  if (!per.known || per.currencyAssumed || printed.dimension !== spec.numerator) return null;
  if (printed.canonical !== target.canonical || namesOtherBase(wording, per.canonical)) return null;
  return { factor: printed.factor / target.factor, canonical: spec.unit };
}

/**
 * Checks a printed unit against a metric: same dimension (a tonne on a GHG row is tCO2e, a tonne of
 * water is m3); an intensity only for an intensity metric (see resolveIntensity), never for a total.
 * `valueText` settles unit-less percentages ("8.3%").
 */
export function resolveUnit(metric: MetricInfo, unitText: string, valueText: string, ctx: FactContext, wording = ""): ResolvedUnit | null {
  const dim = metric.dimension;
  if (dim === "intensity") return resolveIntensity(metric, unitText, valueText, ctx, wording);
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
 * printed as a percentage ("Female employees (%)"), its percentage sibling from the catalogue, or, when
 * an intensity is printed per another base ("GHG emission intensity" in tCO2e/t product), the intensity
 * of that base (ghg_intensity_product) where the catalogue has one.
 */
export function resolveMetricUnit(metric: MetricInfo, unitText: string, valueText: string, ctx: FactContext, wording = ""): { metric: string; unit: ResolvedUnit } | null {
  const own = resolveUnit(metric, unitText, valueText, ctx, wording);
  if (own) return { metric: metric.id, unit: own };
  if (metric.dimension === "intensity") return resolveIntensityOf(metric.intensities ?? [], unitText, valueText, ctx, wording, metric.id);
  if (!metric.percentSibling) return null;
  const sibling = ctx.getMetric(metric.percentSibling);
  if (!sibling || sibling.dimension !== "percent") return null;
  const unit = resolveUnit(sibling, unitText, valueText, ctx);
  return unit ? { metric: sibling.id, unit } : null;
}

/**
 * The first of `ids` (intensity metrics) whose unit the printed one converts to: a total's intensities
 * for a "Total | Intensity" sub-column, or an intensity's siblings on other bases.
 */
export function resolveIntensityOf(ids: readonly string[], unitText: string, valueText: string, ctx: FactContext, wording = "", skip = ""): { metric: string; unit: ResolvedUnit } | null {
  for (const id of ids) {
    if (id === skip) continue;
    const info = ctx.getMetric(id);
    if (!info || info.dimension !== "intensity") continue;
    const unit = resolveIntensity(info, unitText, valueText, ctx, wording);
    if (unit) return { metric: id, unit };
  }
  return null;
}

/** True when wording says the figure is a plan, a multi-year sum or one site's. */
export function excludedWording(text: string, metric: string): boolean {
  if (TARGET_WORDS.test(text)) return true;
  if (CUMULATIVE_WORDS.test(text) && !STOCK_METRICS.has(metric)) return true;
  return SITE_WORDS.test(text);
}

/** Rounds away binary noise from unit factors (0.001 × 860 = 0.86, not 0.8600000000000001). */
export function roundValue(v: number): number {
  // An integer below 10^12 is already exact to 12 digits (most figures): no string round trip. `+ 0` makes -0 a 0, as the round trip does.
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v + 0;
  return Number.parseFloat(v.toPrecision(12));
}
