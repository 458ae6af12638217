import type { Dimension } from "../units/types";

export type Category = "E" | "S" | "G";

/** One metric of the catalogue. The catalogue is data: adding a metric means adding an entry, not code. */
export interface MetricDefinition {
  id: string;
  name: string;
  /** Chinese name, as HKEX/CSRC reports print it. */
  nameZh: string;
  category: Category;
  /** "by_report": fuels, kept in whichever dimension the report used (volume, mass or energy). */
  dimension: Dimension | "by_report";
  /** Canonical unit string for the dimension (for by_report metrics: "MWh", the energy default). */
  unit: string;
  description: string;
  /** e.g. ["HKEX A1.2", "GRI 305-1"] */
  frameworks: string[];
}
