import type { SourceDocument } from "./document/types";
import { forEachTextLine, type TextLine } from "./lines/normalize";
import { FlattenedTableReflow } from "./lines/reflow";
import { TransposedTableReader } from "./lines/transpose";
import { YearPairBlockReader } from "./lines/pairs";
import { Segmenter } from "./blocks/segment";
import type { Block } from "./blocks/types";
import { addBlockFacts, type CandidateFact, type FactContext } from "./facts";
import { catalogueContext } from "./facts/catalogue";
import { selectRecords } from "./records/select";
import type { ExtractionResult } from "./records/types";
import { CompanyDetector, ReportYearDetector } from "./report";
import { parseUnit } from "./units";

export interface ExtractOptions {
  /** Called with 0..1 as the work proceeds (the task pane shows it). */
  onProgress?: (fraction: number) => void;
}

/** How often (in lines) progress is reported. */
const PROGRESS_EVERY_LINES = 4096;

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
  // One pass: each line is normalized, read by the company and year detectors and segmented; each
  // block's facts are taken as soon as the block is complete. Nothing is kept but the facts, so on a
  // large document lines and blocks die young instead of being copied and promoted by the garbage
  // collector. Facts need the report year: blocks completed before the year is settled wait for it.
  const company = new CompanyDetector();
  const year = new ReportYearDetector();
  const facts: CandidateFact[] = [];
  let ctx: FactContext | null = null;
  const waiting: Block[] = [];
  const settle = (): void => {
    ctx = catalogueContext(year.result());
    for (const block of waiting) addBlockFacts(block, ctx, isUnit, facts);
    waiting.length = 0;
  };
  const segmenter = new Segmenter({ isUnit }, (block) => (ctx ? addBlockFacts(block, ctx, isUnit, facts) : waiting.push(block)));
  const total = doc.lines.length;
  let index = 0;
  // Tables flattened to one cell per line (text from PDFs) are read back into cell rows first.
  const reflow = new FlattenedTableReflow((tl: TextLine) => {
    company.push(tl, index);
    if (!ctx && year.push(tl, index)) settle();
    segmenter.push(tl);
    if (++index % PROGRESS_EVERY_LINES === 0) progress((0.9 * index) / Math.max(total, index));
  }, { isUnit });
  // Tables printed with years as rows and metrics as columns are turned to the normal orientation.
  const transpose = new TransposedTableReader((tl: TextLine) => reflow.push(tl), { isUnit });
  // Metrics printed as a label line over a line of year/value pairs become cell rows of one table.
  const pairs = new YearPairBlockReader((tl: TextLine) => transpose.push(tl), { isUnit });
  forEachTextLine(doc.lines, (tl) => pairs.push(tl));
  pairs.end();
  transpose.end();
  reflow.end();
  segmenter.end();
  if (!ctx) settle();
  const reportYear = year.result();
  const records = selectRecords(facts);
  if (doc.fileName) for (const r of records) r.source.document = doc.fileName;
  const warnings: string[] = [];
  if (reportYear === null) warnings.push("No report year found: undated figures were not assigned to a year.");
  const companyInfo = company.result();
  if (companyInfo.name === null) warnings.push("No company name found.");
  progress(1);
  return { company: companyInfo, reportYear, records, warnings };
}
