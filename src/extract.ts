import type { SourceDocument } from "./document/types";
import { normalizeLines } from "./lines/normalize";
import { segmentBlocksInto } from "./blocks/segment";
import { addBlockFacts, type CandidateFact } from "./facts";
import { catalogueContext } from "./facts/catalogue";
import { selectRecords } from "./records/select";
import type { ExtractionResult } from "./records/types";
import { detectCompany, detectReportYear } from "./report";
import { parseUnit } from "./units";

export interface ExtractOptions {
  /** Called with 0..1 as the work proceeds (the task pane shows it). */
  onProgress?: (fraction: number) => void;
}

/** Unit recognition is asked many times for the same few strings; a small cache keeps it cheap. */
const unitCache = new Map<string, boolean>();
const UNIT_CACHE_LIMIT = 50_000;
function isUnit(text: string): boolean {
  let known = unitCache.get(text);
  if (known === undefined) {
    known = parseUnit(text) !== null;
    if (unitCache.size > UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(text, known);
  }
  return known;
}

/**
 * The engine's front door: document lines → blocks → candidate facts → records.
 * Pure: no I/O, no Office, no DOM.
 */
export function extractReport(doc: SourceDocument, options: ExtractOptions = {}): ExtractionResult {
  const progress = options.onProgress ?? (() => undefined);
  const lines = normalizeLines(doc.lines);
  progress(0.2);
  const company = detectCompany(lines);
  const reportYear = detectReportYear(lines);
  progress(0.3);
  // Each block's facts are taken as soon as the block is complete (the same facts, in the same order,
  // as extractFacts over all blocks): on a large document the blocks then never pile up in memory.
  const ctx = catalogueContext(reportYear);
  const facts: CandidateFact[] = [];
  segmentBlocksInto(lines, { isUnit }, (block) => addBlockFacts(block, ctx, isUnit, facts));
  progress(0.9);
  const records = selectRecords(facts);
  if (doc.fileName) for (const r of records) r.source.document = doc.fileName;
  const warnings: string[] = [];
  if (reportYear === null) warnings.push("No report year found: undated figures were not assigned to a year.");
  if (company.name === null) warnings.push("No company name found.");
  progress(1);
  return { company, reportYear, records, warnings };
}
