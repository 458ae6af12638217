/** Parts against their stated total: Scope 1 + Scope 2 = total GHG, female + male = employees, direct + indirect = energy. */
import { figureKey } from "./rows";
import { formatNumber, formatQuantity, nearlyEqual } from "./numbers";
import type { CheckableRow, CheckResult } from "./types";

export interface BreakdownRule {
  /** Short name shown in the Check column. */
  check: string;
  total: string;
  parts: readonly string[];
  /** Other part lists that also explain the total (e.g. a total that includes Scope 3). */
  alternativeParts?: ReadonlyArray<readonly string[]>;
  /** Words for the message, one per part, in order. */
  partLabels: readonly string[];
}

export const BREAKDOWN_RULES: readonly BreakdownRule[] = [
  {
    check: "Scope 1 + 2 vs total",
    total: "ghg_total",
    parts: ["ghg_scope1", "ghg_scope2"],
    alternativeParts: [["ghg_scope1", "ghg_scope2", "ghg_scope3"]],
    partLabels: ["Scope 1", "Scope 2"],
  },
  { check: "Female + male vs total employees", total: "employees_total", parts: ["employees_female", "employees_male"], partLabels: ["female", "male"] },
  { check: "Direct + indirect vs total energy", total: "energy_total", parts: ["energy_direct", "energy_indirect"], partLabels: ["direct", "indirect"] },
];

type Lookup = (metricId: string) => CheckableRow | undefined;

function sumOf(parts: readonly string[], lookup: Lookup): number | null {
  let sum = 0;
  for (const part of parts) {
    const value = lookup(part)?.value;
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return sum;
}

/**
 * One flag per (company, year, rule) whose parts and total are all present and whose parts do not add up
 * to the total within rounding (0.5 %). `preferred` holds one row per (company, year, metric).
 */
export function checkBreakdowns(preferred: ReadonlyMap<string, CheckableRow>, rules: readonly BreakdownRule[] = BREAKDOWN_RULES): CheckResult[] {
  const results: CheckResult[] = [];
  const companyYears = new Map<string, { company: string; year: number }>();
  for (const row of preferred.values()) companyYears.set(`${row.company}|${row.year}`, { company: row.company, year: row.year });

  for (const { company, year } of companyYears.values()) {
    const lookup: Lookup = (metricId) => preferred.get(figureKey(company, year, metricId));
    for (const rule of rules) {
      const totalRow = lookup(rule.total);
      const sum = sumOf(rule.parts, lookup);
      if (!totalRow || totalRow.value === null || sum === null) continue;
      const total = totalRow.value;
      const explained = [rule.parts, ...(rule.alternativeParts ?? [])].some((parts) => {
        const alternativeSum = sumOf(parts, lookup);
        return alternativeSum !== null && nearlyEqual(alternativeSum, total);
      });
      if (explained) continue;
      const partValues = rule.parts.map((part) => lookup(part)!.value as number);
      const terms = rule.partLabels.map((label, i) => `${label} ${formatNumber(partValues[i])}`).join(" + ");
      const difference = sum - total;
      const percent = total !== 0 ? ` (${difference >= 0 ? "+" : ""}${((difference / total) * 100).toFixed(1)}%)` : "";
      results.push({
        severity: "warning",
        company,
        year,
        metricId: rule.total,
        check: rule.check,
        message: `${terms} = ${formatQuantity(sum, totalRow.unit)}, but the stated total is ${formatQuantity(total, totalRow.unit)}; difference ${formatNumber(difference)}${percent}.`,
      });
    }
  }
  return results;
}
