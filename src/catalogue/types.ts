import type { Dimension } from "../units/types";

export type Category = "E" | "S" | "G";

/**
 * What a metric measures. "by_report": fuels, kept in whichever dimension the report used.
 * "intensity": a ratio (e.g. tCO2e per CNY million); see MetricDefinition.intensity for its parts.
 */
export type MetricDimension = Dimension | "by_report" | "intensity";

/** The parts of an intensity metric: numerator dimension and the canonical "per" unit. */
export interface IntensitySpec {
  numerator: Dimension;
  /** e.g. "CNY million", "t product", "person", "m2". */
  denominator: string;
}

/** One metric of the catalogue. The catalogue is data: adding a metric means adding an entry, not code. */
export interface MetricDefinition {
  id: string;
  name: string;
  /** Chinese name, as HKEX/CSRC reports print it. */
  nameZh: string;
  category: Category;
  /** "by_report": fuels, kept in whichever dimension the report used (volume, mass or energy). */
  dimension: MetricDimension;
  /** Canonical unit string for the dimension (for by_report metrics: "MWh", the energy default; for intensities e.g. "tCO2e/CNY million"). */
  unit: string;
  description: string;
  /** e.g. ["HKEX A1.2", "GRI 305-1"] */
  frameworks: string[];
  /** Present exactly when dimension is "intensity". */
  intensity?: IntensitySpec;
  /** True for ids scored by the shared benchmark (metrics.json); false for the project's extra metrics. */
  benchmark?: boolean;
}
