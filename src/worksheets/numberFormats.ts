/** Number formats by canonical unit, shared by the model sheets of both writers. */

export const INTEGER_FORMAT = "#,##0";
export const PERCENT_NUMBER_FORMAT = "0.0";
export const DECIMAL_FORMAT = "#,##0.00";
/** Intensities (tCO2e/CNY million) are small ratios: 2 decimals would show 0.01 for most. */
export const RATIO_FORMAT = "#,##0.0000";
export const GENERAL_FORMAT = "General";

/**
 * Counts and money as whole numbers; percentages as a number of percent (30.91 → "30.9", the Unit
 * column says "%": a "%" format would show 3091%); intensities with 4 decimals;
 * everything else (tCO2e, MWh, t, m3, h, d) with 2 decimals.
 */
export function numberFormatForUnit(unit: string): string {
  if (unit === "count") return INTEGER_FORMAT;
  if (/^[A-Z]{3}$/.test(unit)) return INTEGER_FORMAT; // CNY, USD, HKD, EUR
  if (unit === "%") return PERCENT_NUMBER_FORMAT;
  if (unit.includes("/")) return RATIO_FORMAT;
  return DECIMAL_FORMAT;
}
