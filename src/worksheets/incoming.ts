/** Reviewed records → ESG Data rows as populate writes them. */
import { formatQuantity } from "../checks/numbers";
import type { Alternative } from "../records/types";
import type { MetricCatalogue } from "./metrics";
import type { DataRow } from "../dataset/types";
import type { ReviewedRecord } from "./types";

/** Evidence lines can be whole paragraphs; a cell holds 32,767 characters and every character travels in the sync. */
export const MAX_EVIDENCE_LENGTH = 1000;

function clip(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join("")}…`;
}

function describeAlternative(alternative: Alternative): string {
  const where = [alternative.source.page !== undefined ? `page ${alternative.source.page}` : "", `line ${alternative.source.line}`]
    .filter(Boolean)
    .join(", ");
  return `${formatQuantity(alternative.value, alternative.unit)} (${where})`;
}

/** "Other candidates: 6,500 tCO2e (page 12, line 300)." — blank when the engine saw no disagreement. */
export function conflictNote(record: ReviewedRecord): string {
  if (!record.conflict) return "";
  const alternatives = record.alternatives ?? [];
  if (alternatives.length === 0) return "Other candidates in the document disagree.";
  return `Other candidates: ${alternatives.map(describeAlternative).join("; ")}.`;
}

export function rowFromRecord(company: string, sourceDocument: string, record: ReviewedRecord, catalogue: MetricCatalogue): DataRow {
  const metric = catalogue.get(record.metric);
  return {
    company,
    year: record.year,
    metricId: record.metric,
    metricName: metric?.name ?? record.metric,
    category: metric?.category ?? "",
    value: record.value,
    unit: record.unit,
    reportedValue: record.reported?.value ?? null,
    reportedUnit: record.reported?.unit ?? "",
    sourceDocument,
    page: record.source.page ?? null,
    line: record.source.line ?? null,
    evidence: clip(record.source.text ?? "", MAX_EVIDENCE_LENGTH),
    confidence: record.confidence,
    status: record.status,
    conflict: conflictNote(record),
    importedValue: record.value,
  };
}
