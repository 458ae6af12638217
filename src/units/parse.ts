import { compactUnit, splitRatio } from "./normalize";
import { SCALE_WORDS_BY_LENGTH } from "./scale";
import { CASE_SENSITIVE_UNITS, DENOMINATOR_QUALIFIERS, DENOMINATOR_TABLE, UNIT_TABLE } from "./unit-table";
import type { DenominatorUnit, Dimension, ParsedUnit } from "./types";

interface BaseUnit {
  dimension: Dimension;
  factor: number;
  canonical: string;
}

/** Built once at load: compact name → unit. */
const BASE_UNITS: ReadonlyMap<string, BaseUnit> = new Map(
  UNIT_TABLE.flatMap((u) => u.names.map((n) => [compactUnit(n), { dimension: u.dimension, factor: u.factor, canonical: u.canonical }] as const)),
);

/** The compact names `parseUnit` looks base units up by (the unit-prefix test reads them too). */
export const BASE_UNIT_NAMES: readonly string[] = [...BASE_UNITS.keys()];

const DENOMINATORS: ReadonlyMap<string, { canonical: string; factor: number }> = new Map(
  DENOMINATOR_TABLE.flatMap((d) => d.names.map((n) => [compactUnit(n), { canonical: d.canonical, factor: d.factor }] as const)),
);

const QUALIFIERS_BY_LENGTH = [...DENOMINATOR_QUALIFIERS].sort((a, b) => b.length - a.length);

/** Peeling scale words twice covers "10,000 thousand" style oddities; more is never printed. */
const MAX_SCALE_WORDS = 2;

/** Looks a compact string up as base unit, peeling scale words off either end ("rmb10,000", "万千瓦时"). */
function lookupScaled(compact: string, depth = 0): BaseUnit | null {
  const base = BASE_UNITS.get(compact);
  if (base) return base;
  if (depth >= MAX_SCALE_WORDS || compact === "") return null;
  for (const scale of SCALE_WORDS_BY_LENGTH) {
    if (compact.length <= scale.text.length) continue;
    if (compact.startsWith(scale.text)) {
      const rest = lookupScaled(compact.slice(scale.text.length), depth + 1);
      if (rest) return { ...rest, factor: rest.factor * scale.factor };
    }
    if (compact.endsWith(scale.text)) {
      const rest = lookupScaled(compact.slice(0, compact.length - scale.text.length), depth + 1);
      if (rest) return { ...rest, factor: rest.factor * scale.factor };
    }
  }
  return null;
}

/** A scale word printed alone means a count ("10,000" persons in a header is rare; "万" alone likewise). */
function scaleOnly(compact: string): number | null {
  for (const scale of SCALE_WORDS_BY_LENGTH) if (scale.text === compact) return scale.factor;
  return null;
}

function parseSimple(printed: string): BaseUnit | null {
  const trimmed = printed.normalize("NFKC").replace(/\s+/g, "");
  const exact = CASE_SENSITIVE_UNITS[trimmed];
  if (exact) return { ...exact };
  const compact = compactUnit(printed);
  if (compact === "") return null;
  return lookupScaled(compact);
}

/** "rmb1million" → "rmbmillion": a one before a scale word, not after another digit. */
const ONE_SCALE = /(^|[^\d,.'])1(million|billion|thousand|hundredmillion)/;

function parseDenominator(printed: string): DenominatorUnit {
  let compact = compactUnit(printed);
  const original = compact;
  for (const q of QUALIFIERS_BY_LENGTH) {
    if (compact.endsWith(q) && compact.length > q.length) compact = compact.slice(0, -q.length);
    if (compact.startsWith(q) && compact.length > q.length) compact = compact.slice(q.length);
  }
  compact = compact.replace(/^(?:unitof|unit|单位|of)/, "") || compact;
  // "per RMB 1 million", "per 1 thousand yuan": a leading one is part of the scale word.
  if (compact.includes("1")) compact = compact.replace(ONE_SCALE, "$1$2");
  // Persons and areas first: "人" is a count unit on its own but "per person" in a denominator.
  const direct = DENOMINATORS.get(compact);
  if (direct) return { ...direct, known: true };
  const scaled = lookupScaled(compact);
  if (scaled) return { canonical: scaled.canonical, factor: scaled.factor, known: true };
  for (const scale of SCALE_WORDS_BY_LENGTH) {
    if (compact.startsWith(scale.text)) {
      const d = DENOMINATORS.get(compact.slice(scale.text.length));
      if (d) return { canonical: d.canonical, factor: d.factor * scale.factor, known: true };
    }
    if (compact.endsWith(scale.text)) {
      const d = DENOMINATORS.get(compact.slice(0, -scale.text.length));
      if (d) return { canonical: d.canonical, factor: d.factor * scale.factor, known: true };
    }
  }
  // "Ton of Water /Ten Thousand Yuan", "per million revenue": a bare scale word means money in these reports.
  const bareScale = scaleOnly(compact);
  if (bareScale !== null) return { canonical: "CNY", factor: bareScale, known: true, currencyAssumed: true };
  return { canonical: original, factor: 1, known: false };
}

/**
 * Parses a printed unit. Returns null when the text is not a unit this module knows.
 * A ratio ("tCO2e/RMB'000", "MWh/ kg output", "per capita") comes back with `intensity: true`.
 * Mass/volume/GHG ambiguity ("tonnes" of water) is resolved by `parseUnitFor`.
 */
export function parseUnit(printed: string): ParsedUnit | null {
  if (!printed || !printed.trim()) return null;
  // "吨二氧化碳当量 tCO2e", "万元 RMB 10,000", "tce 吨标准煤": one unit printed in two languages.
  const halves = bilingualHalves(printed);
  if (halves) {
    const first = parseMonolingual(halves[0]);
    const second = parseMonolingual(halves[1]);
    if (first && second) return sameUnit(first, second) ? (first.dimension === "mass" ? second : first) : null;
    return first ?? second;
  }
  return parseMonolingual(printed);
}

const CJK_CHAR = /[\u3400-\u9fff]/;

/** Whether `text` holds a Chinese character: only then can it be read as a unit printed in two languages. */
export function holdsChinese(text: string): boolean {
  return CJK_CHAR.test(text);
}
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Splits "中文 English" (or "English 中文") at the space between the Chinese and the Latin half;
 * null when the text is not printed in both scripts.
 */
function bilingualHalves(printed: string): [string, string] | null {
  const t = printed.trim();
  if (!CJK_CHAR.test(t) || !t.includes(" ")) return null;
  let lastCjk = -1;
  let firstCjk = -1;
  for (let i = 0; i < t.length; i++) {
    if (CJK_CHAR.test(t[i] as string)) {
      if (firstCjk < 0) firstCjk = i;
      lastCjk = i;
    }
  }
  // Chinese first: split at the first space after the last Chinese character.
  const after = t.indexOf(" ", lastCjk);
  if (after > 0) {
    const rest = t.slice(after + 1).trim();
    if (rest && (LATIN_LETTER.test(rest) || /\d/.test(rest) || rest === "%")) return [t.slice(0, after).trim(), rest];
  }
  // Latin first: split at the last space before the first Chinese character.
  const before = t.lastIndexOf(" ", firstCjk);
  if (before > 0 && LATIN_LETTER.test(t.slice(0, before))) return [t.slice(0, before).trim(), t.slice(before + 1).trim()];
  return null;
}

function sameUnit(a: ParsedUnit, b: ParsedUnit): boolean {
  if (a.intensity !== b.intensity) return false;
  if (a.dimension !== b.dimension && !(a.dimension === "mass" || b.dimension === "mass")) return false;
  return Math.abs(a.factor - b.factor) <= 1e-9 * Math.max(Math.abs(a.factor), Math.abs(b.factor));
}

function parseMonolingual(printed: string): ParsedUnit | null {
  if (!printed || !printed.trim()) return null;
  const ratio = splitRatio(printed);
  // "t/a", "kWh/year": an annual amount is a total, not an intensity.
  if (ratio && PER_YEAR.test(ratio.denominator.trim())) return parseMonolingual(ratio.numerator);
  if (ratio) return parseIntensity(ratio.numerator, ratio.denominator);
  const simple = parseSimple(printed);
  if (simple) return { ...simple, intensity: false };
  // "人均" (per capita) and "/人" style prefixes handled by splitRatio; Chinese "人均小时" has no separator:
  const perCapita = /^(?:人均|平均每人)(.*)$/.exec(printed.trim());
  if (perCapita) return parseIntensity(perCapita[1] ?? "", "人");
  return null;
}

const PER_YEAR = /^(?:a|yr|year|annum|年|每年)$/i;

function parseIntensity(numeratorText: string, denominatorText: string): ParsedUnit | null {
  const numerator = numeratorText.trim() === "" ? { dimension: "count" as Dimension, factor: 1, canonical: "count" } : parseSimple(numeratorText);
  if (!numerator) return null;
  const denominator = parseDenominator(denominatorText);
  return {
    dimension: numerator.dimension,
    factor: numerator.factor / denominator.factor,
    canonical: `${numerator.canonical}/${denominator.canonical}`,
    intensity: true,
    denominator,
  };
}

/**
 * Parses a unit knowing which dimension the metric expects, which settles what the unit alone cannot:
 * - "tonnes"/"吨"/"kg" on a water row are m3 (1 t of water = 1 m3);
 * - "ton" on a GHG row is tCO2e.
 * The expected dimension never overrides a unit that is clearly of another dimension (MWh stays energy).
 */
export function parseUnitFor(printed: string, expected: Dimension | "by_report"): ParsedUnit | null {
  const parsed = parseUnit(printed);
  if (!parsed || expected === "by_report" || parsed.dimension === expected) return parsed;
  const reinterpret = MASS_REINTERPRETATION[expected];
  if (parsed.dimension === "mass" && reinterpret) {
    const numeratorCanonical = reinterpret;
    const canonical = parsed.denominator ? `${numeratorCanonical}/${parsed.denominator.canonical}` : numeratorCanonical;
    return { ...parsed, dimension: expected, canonical };
  }
  return parsed;
}

/** A mass unit read on a row of another dimension: tonnes of water are m3, tonnes on a GHG row are tCO2e. */
const MASS_REINTERPRETATION: Partial<Record<Dimension, string>> = { volume: "m3", ghg: "tCO2e" };
