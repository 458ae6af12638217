import { parseUnit, parseUnitFor } from "./parse";
import { CANONICAL_UNITS, UNIT_TABLE } from "./unit-table";
import type { Dimension, ParsedUnit } from "./types";

/** A unit problem explained for an analyst: unknown unit, or units that measure different things. */
export class UnitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnitError";
  }
}

export function canonicalUnit(dimension: Dimension): string {
  return CANONICAL_UNITS[dimension];
}

const DISPLAY_BY_DIMENSION: ReadonlyMap<Dimension, readonly string[]> = (() => {
  const map = new Map<Dimension, string[]>();
  for (const u of UNIT_TABLE) {
    const list = map.get(u.dimension) ?? [];
    if (!list.includes(u.display)) list.push(u.display);
    map.set(u.dimension, list);
  }
  // Scaled spellings users type most often.
  map.get("energy")?.push("10,000 kWh", "万千瓦时");
  map.get("currency")?.push("CNY 10,000", "万元", "RMB'000", "RMB million", "亿元");
  map.get("volume")?.push("10,000 m3", "万立方米");
  map.get("mass")?.push("10,000 t", "万吨");
  return map;
})();

/** Unit spellings a user can type for a dimension (for "did you mean" messages). */
export function unitsForDimension(dimension: Dimension): readonly string[] {
  return DISPLAY_BY_DIMENSION.get(dimension) ?? [];
}

const DIMENSION_NAMES: Readonly<Record<Dimension, string>> = {
  ghg: "greenhouse gas",
  energy: "energy",
  volume: "volume",
  mass: "mass",
  currency: "currency",
  count: "count",
  percent: "percentage",
  hours: "hours",
  days: "days",
};

/** Tonnes of CO2e are tonnes: mass and GHG units convert into each other. */
function compatible(a: ParsedUnit, b: ParsedUnit): boolean {
  if (a.intensity !== b.intensity) return false;
  const dims = new Set([a.dimension, b.dimension]);
  const sameKind = a.dimension === b.dimension || (dims.has("mass") && dims.has("ghg"));
  if (!sameKind) return false;
  const denA = a.denominator;
  const denB = b.denominator;
  if (denA || denB) return !!denA && !!denB && denA.known && denB.known && denA.canonical === denB.canonical;
  // Two currencies only convert within themselves: no exchange rates here.
  if (a.dimension === "currency" && b.dimension === "currency") return a.canonical === b.canonical;
  return true;
}

function parseOrThrow(unit: string, dimension: Dimension | undefined): ParsedUnit {
  const parsed = dimension ? parseUnitFor(unit, dimension) : parseUnit(unit);
  if (parsed) return parsed;
  const hint = dimension ? ` Units for ${DIMENSION_NAMES[dimension]}: ${unitsForDimension(dimension).join(", ")}.` : "";
  throw new UnitError(`Unknown unit "${unit}".${hint}`);
}

/**
 * Converts `value` from one printed/typed unit to another ("GJ" → "MWh", "万元" → "CNY", "tce" → "kWh").
 * `dimension` (optional) settles mass/volume ambiguity the way `parseUnitFor` does ("t" of water → "m3").
 * Throws UnitError for unknown units and for units of different dimensions.
 */
export function convertValue(value: number, fromUnit: string, toUnit: string, dimension?: Dimension): number {
  const from = parseOrThrow(fromUnit, dimension);
  const to = parseOrThrow(toUnit, dimension);
  if (!compatible(from, to)) {
    const what = (u: ParsedUnit) => (u.intensity ? `an intensity (${u.canonical})` : from.dimension === "currency" && to.dimension === "currency" ? u.canonical : DIMENSION_NAMES[u.dimension]);
    const reason =
      from.dimension === "currency" && to.dimension === "currency" && !from.intensity && !to.intensity
        ? "currency conversion needs exchange rates, which this function does not apply"
        : `"${fromUnit}" is ${what(from)} and "${toUnit}" is ${what(to)}`;
    throw new UnitError(`Cannot convert "${fromUnit}" to "${toUnit}": ${reason}.`);
  }
  return (value * from.factor) / to.factor;
}
