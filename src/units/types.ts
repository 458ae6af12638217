/** Units: printed unit strings parsed into a dimension and a factor to that dimension's canonical unit. */

export type Dimension = "ghg" | "energy" | "volume" | "mass" | "currency" | "count" | "percent" | "hours" | "days";

export interface ParsedUnit {
  dimension: Dimension;
  /** Multiply a value printed in this unit by `factor` to get the canonical unit (e.g. "10,000 kWh" → 10 for MWh). */
  factor: number;
  /** Canonical unit string of the dimension ("tCO2e", "MWh", "m3", "t", "CNY", "count", "%", "h", "d"); ISO code for non-CNY currency. */
  canonical: string;
  /** True for a ratio such as "tCO2e/RMB'000" or "ton/10 thousands square meters": never a total. */
  intensity: boolean;
  /**
   * Intensities only: the "per what" part. `factor` above already includes it (numerator factor ÷ denominator
   * factor), and `canonical` is then "numerator/denominator" (e.g. "tCO2e/CNY"), so two intensities convert
   * into each other when their canonical strings are equal.
   */
  denominator?: DenominatorUnit;
}

/** The "per" side of an intensity. `canonical` is a unit ("CNY", "t", "m2", "person") or the cleaned printed text when unknown. */
export interface DenominatorUnit {
  canonical: string;
  factor: number;
  /** False when the denominator was not recognised (e.g. "unit of product"): the intensity cannot be converted. */
  known: boolean;
  /**
   * True when the currency was not printed, only a scale word ("per million revenue", "/ten thousand"):
   * read as CNY, which a fact needing certainty (an intensity record) does not take on trust.
   */
  currencyAssumed?: boolean;
}
