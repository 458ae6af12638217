/**
 * Prose and highlight cards → candidate facts. A sentence states a metric's value when a metric
 * label stands just before a figure ("total wastewater discharged ... was 958,056.79 cubic meters")
 * or the counted noun follows it ("3 independent directors"). The year is the one the sentence
 * names, else the report year. Approximate bounds, changes and plans are not values.
 */
import type { CardBlock, LineSpan, ProseBlock } from "../blocks/types";
import { findFigures, type TextFigure } from "./figures";
import { findChineseFigures, isChineseSentence, type ChineseFigure } from "./prose-zh";
import { CUMULATIVE_WORDS, SITE_WORDS, STOCK_METRICS, TARGET_WORDS, excludedWording, resolveUnit, roundValue } from "./resolve";
import type { CandidateFact, FactContext } from "./types";

const CONFIDENCE_CARD = 0.8;
const CONFIDENCE_PROSE_DATED = 0.6;
const CONFIDENCE_PROSE_UNDATED = 0.5;
/** Label search looks this far back from a figure (characters, then words). */
const WINDOW_CHARS = 140;
const WINDOW_WORDS = 10;
const SENTENCE_SPLIT = /(?<=[.!?;。；！？])\s+(?=[A-Z0-9"“(])|(?<=[。；！？])/;
const HAS_DIGIT = /\d/;
const YEAR_IN_TEXT = /\b((?:19|20)\d\d)\b(?![,.]?\d)/g;
/** "over 1 billion", "more than 1,678", "about 3,000": a bound or an estimate, not the value. */
const APPROXIMATE_BEFORE = /(?:\b(?:over|more than|less than|exceed(?:ed|ing|s)?|about|around|approximately|approx\.?|nearly|almost|up to|at least|above|below|under|some|roughly)\s*)$/i;
/** "reduced by 49.5%", "an increase of 20%": a change, not a level. */
const CHANGE_BY = /(?:increas|decreas|reduc|sav|grow|declin|cut|lower|rais|improv|avoid|mitigat|offset)\w*\b(?:\s+\S+){0,6}\s+by\s*$|\bfrom\s*$|\bfrom\s+[\d,.]+\s*\S*\s+to\s*$/i;
/** Daily or monthly rates are not annual figures. */
const SHORT_PERIOD = /\b(?:daily|monthly|weekly|hourly|per\s+(?:day|month|week|hour|shift))\b|每日|每月|每天/i;
/** Words that introduce a stated count: "a total of", "consists of", "including", "there are". */
const COUNT_CUE = /\b(?:total of|had|has|have|consists? of|composed of|comprised? of|including|includes|included|there (?:are|were|is|was)|employ(?:s|ed)?|of which|among them|received|reached|was|were|is|are|stood at|numbered|with)\s*$/i;
const LINK_BEFORE = /(?:\b(?:was|were|is|are|of|reached|reaching|totall?ed|totall?ing|amounted to|amounting to|stood at|came to|at|to|be|hit)|[:：])\s*$/i;
const LIST_JOIN = /^\s*[^.;:]{0,60}?(?:,|\band)\s*$/i;
/** "8 patents were implemented": a count of actions, not a stock or total. */
const PASSIVE_AFTER = /^(?:were|was|have|has|had|been|are|is)$/i;
const CHANGE_BEFORE = /\b(?:increase|decrease|reduc|sav|grow|declin|rise|rose|fell|drop|cut|lower|rais|improv|up|down)\w*\s+(?:\w+\s+){0,2}$/i;

/** The last `n` words of a clause (after its last comma-free clause boundary). */
function lastWords(text: string, n: number): string {
  const clause = text.split(/[;:()]|,\s+(?:and|while|including|among)\b/).pop() ?? text;
  const words = clause.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(" ");
}

function lineAt(spans: readonly LineSpan[], offset: number): LineSpan {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo];
}

/** The year a sentence is about: the single year it names, else the report year (undated). */
function sentenceYear(sentence: string, figure: TextFigure, ctx: FactContext): { year: number; dated: boolean } | null {
  const years = new Set<number>();
  for (const m of sentence.matchAll(YEAR_IN_TEXT)) {
    const at = m.index ?? 0;
    if (at >= figure.start && at < figure.end) continue;
    years.add(Number(m[1]));
  }
  if (years.size === 1) return { year: [...years][0], dated: true };
  if (years.size > 1) return null;
  return ctx.reportYear === null ? null : { year: ctx.reportYear, dated: false };
}

interface Resolved {
  metric: string;
  factor: number;
  canonical: string;
}

function resolve(ids: readonly string[], figure: TextFigure, wording: string, ctx: FactContext): Resolved | null {
  for (const id of ids) {
    const info = ctx.getMetric(id);
    if (!info || excludedWording(wording, id)) continue;
    const unit = resolveUnit(info, figure.unit, figure.text, ctx);
    if (unit) return { metric: id, factor: unit.factor, canonical: unit.canonical };
  }
  return null;
}

/** The metric a figure in a sentence belongs to: counted noun after it, else the nearest label before it. */
function metricForFigure(sentence: string, figure: TextFigure, windowStart: number, ctx: FactContext): Resolved | null {
  const before = sentence.slice(Math.max(windowStart, figure.start - WINDOW_CHARS), figure.start);
  if (APPROXIMATE_BEFORE.test(before) || CHANGE_BEFORE.test(before) || CHANGE_BY.test(before) || SHORT_PERIOD.test(before)) return null;
  // "3 independent directors", "21 customer complaints": the unit word is the counted thing. A figure
  // that opens its sentence is a layout fragment (infographic), not a statement.
  const counted = `${figure.unit} ${figure.after}`.trim();
  // In a list ("3 independent directors and 2 women directors") the cue of the first item carries over.
  const listed = windowStart > 0 && LIST_JOIN.test(before);
  if (counted && (COUNT_CUE.test(before) || listed) && !PASSIVE_AFTER.test(figure.follow)) {
    const words = counted.split(" ");
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ");
      const hit = resolve(ctx.matchLabel(phrase), figure, phrase, ctx);
      if (hit) return hit;
    }
  }
  // The label must lead into the figure: "… was 958,056.79", "… reached 2,385", or end right at it.
  const near = lastWords(before, WINDOW_WORDS);
  if (!LINK_BEFORE.test(before)) return null;
  return resolve(ctx.matchLabel(near), figure, near, ctx);
}

/** Chinese: the counted noun after a counter, else the clause before the figure, names the metric. */
function metricForChineseFigure(figure: ChineseFigure, ctx: FactContext): Resolved | null {
  for (const label of figure.labels) {
    const hit = resolve(ctx.matchLabel(label), figure, label, ctx);
    if (hit) return hit;
  }
  return null;
}

/** Site words this close before a Chinese figure make it one site's ("湖州基地用水量为…"). */
const ZH_SITE_WINDOW = 30;

export function proseFacts(block: ProseBlock, ctx: FactContext, isUnit: (s: string) => boolean): CandidateFact[] {
  const out: CandidateFact[] = [];
  // Most paragraphs hold no figure at all: no need to split them into sentences.
  if (!HAS_DIGIT.test(block.text)) return out;
  let offset = 0;
  for (const sentence of block.text.split(SENTENCE_SPLIT)) {
    const start = block.text.indexOf(sentence, offset);
    offset = start + sentence.length;
    if (!HAS_DIGIT.test(sentence) || TARGET_WORDS.test(sentence)) continue;
    const zh = isChineseSentence(sentence);
    const figures: TextFigure[] = zh ? findChineseFigures(sentence, isUnit) : findFigures(sentence, isUnit);
    let windowStart = 0;
    for (const f of figures) {
      const found = zh ? metricForChineseFigure(f as ChineseFigure, ctx) : metricForFigure(sentence, f, windowStart, ctx);
      windowStart = f.end;
      if (!found) continue;
      const when = sentenceYear(sentence, f, ctx);
      if (!when) continue;
      const clause = sentence.slice(0, f.start);
      if (SITE_WORDS.test(clause.slice(zh ? -ZH_SITE_WINDOW : -WINDOW_CHARS)) || (CUMULATIVE_WORDS.test(clause.slice(-WINDOW_CHARS)) && !STOCK_METRICS.has(found.metric))) continue;
      const span = lineAt(block.spans, start + f.start);
      const fact: CandidateFact = {
        metric: found.metric,
        year: when.year,
        value: roundValue(f.value * found.factor),
        unit: found.canonical,
        reported: { value: f.value, unit: f.unit, text: f.text },
        source: { line: span.line, text: sentence.slice(0, 400) },
        confidence: when.dated ? CONFIDENCE_PROSE_DATED : CONFIDENCE_PROSE_UNDATED,
        origin: "prose",
      };
      if (span.page !== undefined) fact.source.page = span.page;
      out.push(fact);
    }
  }
  return out;
}

/** A highlight card: label line + "figure unit" line. Year: one named in the label, else the report's. */
export function cardFacts(card: CardBlock, ctx: FactContext, isUnit: (s: string) => boolean): CandidateFact[] {
  const figures = findFigures(card.valueText, isUnit);
  if (figures.length !== 1 || figures[0].start !== 0) return [];
  const f = figures[0];
  const years = [...card.label.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));
  const year = years.length === 1 ? years[0] : years.length === 0 ? ctx.reportYear : null;
  if (year === null) return [];
  const label = card.label.replace(YEAR_IN_TEXT, "").trim();
  const found = resolve(ctx.matchLabel(label), f, card.label, ctx);
  if (!found) return [];
  const fact: CandidateFact = {
    metric: found.metric,
    year,
    value: roundValue(f.value * found.factor),
    unit: found.canonical,
    reported: { value: f.value, unit: f.unit, text: f.text },
    source: { line: card.line, text: card.raw },
    confidence: CONFIDENCE_CARD,
    origin: "card",
  };
  if (card.page !== undefined) fact.source.page = card.page;
  return [fact];
}
