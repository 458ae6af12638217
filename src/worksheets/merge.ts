/**
 * Re-import: one row per (company, year, metric id, source document). Importing a document again updates its
 * rows in place; another document for the same year adds its own rows (ESG Checks then compares them).
 * Rows are never removed, and rows the analyst edited keep their value.
 */
import { figureKey } from "../checks/rows";
import { isUserEdited } from "../dataset/rows";
import type { DataRow } from "../dataset/types";

export type RowOutcome = "added" | "updated" | "unchanged" | "keptUserEdit" | "untouched";

/** The checks' figure key (company, year, metric) plus the source document. */
export function rowKey(row: Pick<DataRow, "company" | "year" | "metricId" | "sourceDocument">): string {
  return `${figureKey(row.company, row.year, row.metricId)}|${row.sourceDocument.trim().toLowerCase()}`;
}

const COMPARED_FIELDS: ReadonlyArray<keyof DataRow> = [
  "metricName",
  "category",
  "value",
  "unit",
  "reportedValue",
  "reportedUnit",
  "page",
  "line",
  "evidence",
  "confidence",
  "status",
  "conflict",
  "importedValue",
];

function sameRow(a: DataRow, b: DataRow): boolean {
  return COMPARED_FIELDS.every((field) => a[field] === b[field]);
}

export interface MergeResult {
  /** Existing rows at their positions (some updated), then the added rows. */
  rows: DataRow[];
  /** One per row of `rows`. */
  outcomes: RowOutcome[];
  /** Confirmed rows whose value a new import replaced (the analyst may want to re-check them). */
  replacedConfirmed: number;
}

/** What happens to one existing row when the import brings `incoming` for its key. */
function mergeRow(existing: DataRow, incoming: DataRow): { row: DataRow; outcome: RowOutcome; replacedConfirmed: boolean } {
  if (isUserEdited(existing)) {
    // Keep the analyst's value and mark the row; remember what the import says so ESG Checks can show both.
    const row: DataRow = { ...existing, status: "edited", importedValue: incoming.importedValue };
    const differs = existing.value !== incoming.value;
    return { row, outcome: differs ? "keptUserEdit" : sameRow(row, existing) ? "unchanged" : "updated", replacedConfirmed: false };
  }
  // A figure the analyst confirmed stays confirmed while the import agrees with it.
  const keepsConfirmation = existing.status === "confirmed" && incoming.status === "extracted" && existing.value === incoming.value;
  const row: DataRow = keepsConfirmation ? { ...incoming, status: "confirmed" } : incoming;
  const replacedConfirmed = existing.status === "confirmed" && existing.value !== incoming.value;
  return { row, outcome: sameRow(row, existing) ? "unchanged" : "updated", replacedConfirmed };
}

export function mergeDataRows(existing: readonly DataRow[], incoming: readonly DataRow[]): MergeResult {
  const rows = [...existing];
  const outcomes: RowOutcome[] = existing.map(() => "untouched");
  const positionByKey = new Map<string, number>();
  existing.forEach((row, position) => {
    const key = rowKey(row);
    if (!positionByKey.has(key)) positionByKey.set(key, position);
  });

  let replacedConfirmed = 0;
  for (const row of incoming) {
    const key = rowKey(row);
    const position = positionByKey.get(key);
    if (position === undefined) {
      positionByKey.set(key, rows.length);
      rows.push(row);
      outcomes.push("added");
    } else if (position >= existing.length) {
      // The same key twice in this import (two reviews of one document): the later one wins.
      rows[position] = row;
    } else {
      const merged = mergeRow(existing[position], row);
      rows[position] = merged.row;
      outcomes[position] = merged.outcome;
      if (merged.replacedConfirmed) replacedConfirmed++;
    }
  }
  return { rows, outcomes, replacedConfirmed };
}
