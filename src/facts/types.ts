/** Facts: candidate values for (metric, year), each with its evidence. Selection happens in records. */
import type { EsgRecord } from "../records/types";
import type { Dimension, ParsedUnit } from "../units/types";

export type FactOrigin = "table" | "card" | "prose";

/** A record-to-be: the fields a record has, before selection adds conflicts and alternatives. */
export interface CandidateFact extends Omit<EsgRecord, "conflict" | "alternatives"> {
  origin: FactOrigin;
}

/** What the fact stage needs to know about a metric. */
export interface MetricInfo {
  id: string;
  dimension: Dimension | "by_report" | "intensity";
  /** The share metric a percentage printed for this (count) metric belongs to. */
  percentSibling?: string;
  /** The headline metric this qualified metric's figure also reports (location-based Scope 2 → Scope 2). */
  alsoReports?: string;
  /** For a head count: the noun its parts are counted in ("employees"). */
  partNoun?: string;
  /** Intensity metrics: the numerator's dimension and the canonical unit ("tCO2e/CNY million"). */
  intensity?: { numerator: Dimension; unit: string };
  /**
   * Intensity metrics: the intensities of the same numerator on each base, own included, in catalogue
   * order (ghg_intensity_revenue ↔ ghg_intensity_product). Totals: their intensity metrics (ghg_total →
   * both), for a "Total | Intensity" sub-column.
   */
  intensities?: readonly string[];
}

/**
 * The catalogue seen from the fact stage: label → metric ids, best first. Injected so that facts
 * stay testable and the catalogue stays data.
 */
export interface FactContext {
  /** Metric ids a label (or a short stretch of prose) names, best first. */
  matchLabel: (label: string) => string[];
  getMetric: (id: string) => MetricInfo | undefined;
  parseUnitFor: (printed: string, expected: Dimension | "by_report") => ParsedUnit | null;
  /** The report's own year, for undated figures ("during the reporting period"). */
  reportYear: number | null;
}
