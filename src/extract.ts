import type { DocumentLine, SourceDocument } from "./document/types";
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
 * One pass of the pipeline over document lines: each line is normalized, read by the table rewriters,
 * the company and year detectors and the segmenter, and each block's facts are taken as soon as the block
 * is complete. Nothing is kept but the facts, so on a large document lines and blocks die young instead
 * of being copied and promoted by the garbage collector. Facts need the report year: blocks completed
 * before the year is settled wait for it.
 */
class ExtractionPass {
  readonly facts: CandidateFact[] = [];
  /** Blocks completed while this is false are dropped: a tail pass's lead-in lines belong to the head. */
  keeping = true;
  private ctx: FactContext | null = null;
  private readonly waiting: Block[] = [];
  private readonly segmenter: Segmenter;
  private readonly pairs: YearPairBlockReader;
  private readonly transpose: TransposedTableReader;
  private readonly reflow: FlattenedTableReflow;
  private index = 0;

  /**
   * `detect`: read the company and report year from the lines (a head pass), calling `onYearSettled`
   * once the year is known; otherwise the report year is given (a tail pass).
   */
  constructor(
    private readonly detect: { company: CompanyDetector; year: ReportYearDetector; onYearSettled?: () => void } | null,
    reportYear: number | null = null,
    private readonly onLine: (index: number) => void = () => undefined,
  ) {
    if (!detect) this.ctx = catalogueContext(reportYear);
    this.segmenter = new Segmenter({ isUnit }, (block) => {
      if (!this.keeping) return;
      if (this.ctx) addBlockFacts(block, this.ctx, isUnit, this.facts);
      else this.waiting.push(block);
    });
    // Tables flattened to one cell per line (text from PDFs) are read back into cell rows first.
    this.reflow = new FlattenedTableReflow((tl: TextLine) => this.line(tl), { isUnit });
    // Tables printed with years as rows and metrics as columns are turned to the normal orientation.
    this.transpose = new TransposedTableReader((tl: TextLine) => this.reflow.push(tl), { isUnit });
    // Metrics printed as a label line over a line of year/value pairs become cell rows of one table.
    this.pairs = new YearPairBlockReader((tl: TextLine) => this.transpose.push(tl), { isUnit });
  }

  private line(tl: TextLine): void {
    const detect = this.detect;
    if (detect) {
      detect.company.push(tl, this.index);
      if (!this.ctx && detect.year.push(tl, this.index)) this.settle();
    }
    this.segmenter.push(tl);
    this.onLine(++this.index);
  }

  /** The report year is known: the blocks that waited for it give their facts. */
  settle(): void {
    if (this.ctx || !this.detect) return;
    this.ctx = catalogueContext(this.detect.year.result());
    for (const block of this.waiting) addBlockFacts(block, this.ctx, isUnit, this.facts);
    this.waiting.length = 0;
    this.detect.onYearSettled?.();
  }

  push(lines: readonly DocumentLine[]): void {
    forEachTextLine(lines, (tl) => this.pairs.push(tl));
  }

  end(): void {
    this.pairs.end();
    this.transpose.end();
    this.reflow.end();
    this.segmenter.end();
    this.settle();
  }

  /**
   * Everything the pass carries from the lines it has read to the lines it will read. Two passes with
   * the same state give the same facts for the same lines that follow.
   */
  stateKey(): string | null {
    const segmenter = this.segmenter.stateKey();
    if (segmenter === null) return null;
    return JSON.stringify([this.pairs.stateKey(), this.transpose.stateKey(), this.reflow.stateKey(), segmenter]);
  }
}

function progressReporter(total: number, onProgress: ((fraction: number) => void) | undefined): (index: number) => void {
  if (!onProgress) return () => undefined;
  return (index) => {
    if (index % PROGRESS_EVERY_LINES === 0) onProgress((0.9 * index) / Math.max(total, index));
  };
}

function result(doc: SourceDocument, company: CompanyDetector, year: ReportYearDetector, facts: CandidateFact[]): ExtractionResult {
  const reportYear = year.result();
  const records = selectRecords(facts);
  if (doc.fileName) for (const r of records) r.source.document = doc.fileName;
  const warnings: string[] = [];
  if (reportYear === null) warnings.push("No report year found: undated figures were not assigned to a year.");
  const companyInfo = company.result();
  if (companyInfo.name === null) warnings.push("No company name found.");
  return { company: companyInfo, reportYear, records, warnings };
}

/**
 * The engine's front door: document lines → blocks → candidate facts → records.
 * Pure: no I/O, no Office, no DOM.
 */
export function extractReport(doc: SourceDocument, options: ExtractOptions = {}): ExtractionResult {
  const company = new CompanyDetector();
  const year = new ReportYearDetector();
  const pass = new ExtractionPass({ company, year }, null, progressReporter(doc.lines.length, options.onProgress));
  pass.push(doc.lines);
  pass.end();
  options.onProgress?.(1);
  return result(doc, company, year, pass.facts);
}

// --- Two threads: the document's second half extracted elsewhere -------------------------------------

/**
 * Below this many characters a document is extracted in one pass: a second thread would not pay. On the
 * 2-core machine the benchmark runs on, two threads lost at 5 MB, were even at 11 MB and won at 21 MB.
 */
export const SPLIT_MIN_CHARS = 8_000_000;
/** Lines a tail pass reads before its first line of its own, so its state catches up with the head's. */
export const TAIL_LEAD_IN_LINES = 400;
/** How far a split looks for a blank line after the middle of the document. */
const SPLIT_SEARCH_LINES = 5000;
/** An HTML table is followed this far by the line reader (see src/lines/html.ts): a split keeps clear of one. */
const HTML_TABLE_REACH_LINES = 2000;
const HTML_TABLE_OPEN = /<table\b/i;
const BLANK = /^\s*$/;

/**
 * Where a document may be cut in two for extraction on two threads: the index of the first line of the
 * second part, just after a blank line past the middle, or -1 when the document is too small or no cut
 * fits. The cut stays clear of HTML tables (read across many lines) and leaves the tail its lead-in lines.
 */
export function splitPoint(lines: readonly DocumentLine[]): number {
  let total = 0;
  for (let i = 0; i < lines.length; i++) total += lines[i].text.length + 1;
  if (total < SPLIT_MIN_CHARS) return -1;
  const half = total / 2;
  let at = 0;
  let i = 0;
  while (i < lines.length && at < half) at += lines[i++].text.length + 1;
  for (const stop = Math.min(lines.length - 1, i + SPLIT_SEARCH_LINES); i < stop; i++) {
    if (!BLANK.test(lines[i].text)) continue;
    const split = i + 1;
    for (let k = Math.max(0, split - TAIL_LEAD_IN_LINES - HTML_TABLE_REACH_LINES); k < split + TAIL_LEAD_IN_LINES && k < lines.length; k++) {
      const t = lines[k].text;
      if (t.includes("<") && HTML_TABLE_OPEN.test(t)) return -1;
    }
    return split;
  }
  return -1;
}

/** The second part of a split document, as a worker receives it. */
export interface TailJob {
  /** The tail's lines, lead-in first. */
  lines: DocumentLine[];
  /** Index in `lines` of the tail's first own line (after the lead-in). */
  start: number;
  /** The report year the head found. */
  reportYear: number | null;
}

export interface TailResult {
  facts: CandidateFact[];
  /** The pipeline's state just before the tail's first own line (null: not comparable, e.g. a table open). */
  stateAtStart: string | null;
}

export interface SplitOptions extends ExtractOptions {
  /**
   * How the document was read: in one pass (too small, or no split point), in two parts, or by the head
   * alone after the tail's result was discarded (states differed at the split) or never came (the
   * report year was not known by the split, or the tail failed).
   */
  onSplit?: (outcome: "one-pass" | "two-parts" | "tail-discarded" | "no-tail") => void;
}

/** Runs a tail job somewhere (another thread) and answers with its result. */
export type TailRunner = (job: TailJob) => Promise<TailResult>;

/** What a worker runs: the tail's lines with the head's report year; facts of its own lines only. Pure. */
export function extractTail(job: TailJob): TailResult {
  const pass = new ExtractionPass(null, job.reportYear);
  pass.keeping = false;
  pass.push(job.lines.slice(0, job.start));
  const stateAtStart = pass.stateKey();
  pass.keeping = true;
  pass.push(job.lines.slice(job.start));
  pass.end();
  return { facts: pass.facts, stateAtStart };
}

/**
 * extractReport on two threads, with the same result: the head (this thread) reads the document up to
 * a split point while `runTail` reads the rest, starting a few hundred lines early so that its state
 * catches up. The tail starts once the head knows the report year. If the two states differ at the
 * split (a table or paragraph open across it, say), the head reads the rest itself.
 */
export async function extractReportSplit(doc: SourceDocument, runTail: TailRunner, options: SplitOptions = {}): Promise<ExtractionResult> {
  const split = splitPoint(doc.lines);
  if (split < 0) {
    options.onSplit?.("one-pass");
    return extractReport(doc, options);
  }
  const company = new CompanyDetector();
  const year = new ReportYearDetector();
  let tail: Promise<TailResult | null> | null = null;
  let headDone = false;
  const startTail = (): void => {
    if (headDone) return;
    const job: TailJob = { lines: doc.lines.slice(split - TAIL_LEAD_IN_LINES), start: TAIL_LEAD_IN_LINES, reportYear: year.result() };
    // A failed worker costs time, not the result: the head then reads the rest itself.
    tail = runTail(job).catch(() => null);
  };
  const pass = new ExtractionPass({ company, year, onYearSettled: startTail }, null, progressReporter(doc.lines.length, options.onProgress));
  pass.push(doc.lines.slice(0, split));
  headDone = true;
  const done = tail === null ? null : await (tail as Promise<TailResult | null>);
  let facts: CandidateFact[];
  // The tail's facts stand for the head's own only if the company detector has read all it reads by
  // the split (the tail has none) and both passes carry the same state across it.
  if (done && !company.reading && done.stateAtStart !== null && done.stateAtStart === pass.stateKey()) {
    options.onSplit?.("two-parts");
    facts = pass.facts;
    for (const f of done.facts) facts.push(f);
  } else {
    options.onSplit?.(done ? "tail-discarded" : "no-tail");
    pass.push(doc.lines.slice(split));
    pass.end();
    facts = pass.facts;
  }
  options.onProgress?.(1);
  return result(doc, company, year, facts);
}
