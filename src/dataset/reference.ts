/**
 * What the queries need from the catalogue and the unit system, as a small interface: the
 * queries stay testable and the dataset module does not care where definitions come from.
 * `defaultReference()` (./defaultReference.ts) wires in src/catalogue and src/units.
 */
import type { MetricDefinition } from "../catalogue/types";
import type { Dimension, ParsedUnit } from "../units/types";
import type { MetricTextSearch } from "./metrics";

export interface UnitSystem {
  /** The unit's dimension and factor, or null when the text is not a unit it knows. */
  parse(unit: string): ParsedUnit | null;
  /** `value` in `from` expressed in `to`; throws when the units are unknown or of different dimensions. */
  convert(value: number, from: string, to: string): number;
  /** Unit spellings users can type for a dimension, canonical first (for messages). */
  unitsFor(dimension: Dimension): readonly string[];
}

export interface Reference {
  metrics: readonly MetricDefinition[];
  searchMetrics?: MetricTextSearch;
  /** Loose matches for a name that matched nothing (typos, partial names), best first: "Did you mean …". */
  suggestMetrics?: MetricTextSearch;
  units: UnitSystem;
}
