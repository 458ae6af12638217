/** Grouping and choosing rows: several documents may give a figure for the same company, year and metric. */
import type { RecordStatus } from "../dataset/schema";
import type { CheckableRow } from "./types";

/** Case- and space-insensitive company key: "JL MAG " and "jl mag" are the same company in the table. */
export function companyKey(company: string): string {
  return company.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function figureKey(company: string, year: number, metricId: string): string {
  return `${companyKey(company)}|${year}|${metricId.trim().toLowerCase()}`;
}

const STATUS_RANK: Record<RecordStatus, number> = { edited: 2, confirmed: 1, extracted: 0 };

/**
 * The row that stands for a (company, year, metric) when several documents give one: what the analyst
 * edited, then what they confirmed, then the most recently added row (later imports restate earlier ones).
 * Rows without a numeric value never win.
 */
export function preferredRows<R extends CheckableRow>(rows: readonly R[]): Map<string, R> {
  const chosen = new Map<string, { row: R; position: number }>();
  rows.forEach((row, position) => {
    if (row.value === null) return;
    const key = figureKey(row.company, row.year, row.metricId);
    const current = chosen.get(key);
    if (!current || STATUS_RANK[row.status] >= STATUS_RANK[current.row.status]) chosen.set(key, { row, position });
  });
  return new Map([...chosen].map(([key, { row }]) => [key, row]));
}

/** Rows with a value, grouped by (company, year, metric), in table order. */
export function rowsByFigure<R extends CheckableRow>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    if (row.value === null) continue;
    const key = figureKey(row.company, row.year, row.metricId);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
