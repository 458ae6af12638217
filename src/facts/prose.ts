/**
 * Prose and highlight cards → candidate facts. A sentence states a metric's value when a metric
 * label stands just before a figure ("total wastewater discharged ... was 958,056.79 cubic meters")
 * or the counted noun follows it ("3 independent directors"). The year is the one the sentence
 * names, else the report year. Approximate bounds, changes and plans are not values.
 */
import type { CardBlock, LineSpan, ProseBlock } from "../blocks/types";
import { isWhitespaceCode } from "../blocks/tokens";
import { findFigures, type TextFigure } from "./figures";
import { findChineseFigures, isChineseSentence, type ChineseFigure } from "./prose-zh";
import { CHANGE_METRICS, CUMULATIVE_WORDS, SITE_WORDS, STOCK_METRICS, TARGET_WORDS, TARGET_WORDS_ASCII, excludedWording, resolveMetricUnit, resolveUnit, roundValue } from "./resolve";
import type { CandidateFact, FactContext } from "./types";
import { toSimplifiedChinese } from "../units/traditional";

const CONFIDENCE_CARD = 0.8;
const CONFIDENCE_PROSE_DATED = 0.6;
const CONFIDENCE_PROSE_UNDATED = 0.5;
/** Label search looks this far back from a figure (characters, then words). */
const WINDOW_CHARS = 140;
const WINDOW_WORDS = 10;
/** Sentence-ending marks; the Chinese ones end a sentence even without a space after them. */
const SENTENCE_MARK = /[.!?;。；！？]/g;
/** The Chinese marks 。；！？ */
function isCjkSentenceMark(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
}
/** What may open the next sentence after a Western mark and a space: capital, digit, " “ or (. */
function isSentenceOpener(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 40;
}
const HAS_DIGIT = /\d/;
const DIGIT_AT = /\d/g;
/** The offset of the first digit at or after `from`, or -1 (test() builds no match array, unlike exec()). */
function digitFrom(text: string, from: number): number {
  DIGIT_AT.lastIndex = from;
  return DIGIT_AT.test(text) ? DIGIT_AT.lastIndex - 1 : -1;
}
const YEAR_IN_TEXT = /\b((?:19|20)\d\d)\b(?![,.]?\d)/g;
/** "over 1 billion", "more than 1,678", "about 3,000": a bound or an estimate, not the value. */
const APPROXIMATE_BEFORE = /(?:\b(?:over|more than|less than|exceed(?:ed|ing|s)?|about|around|approximately|approx\.?|nearly|almost|up to|at least|above|below|under|some|roughly)\s*)$/i;
/** "reduced by 49.5%", "an increase of 20%": a change, not a level. */
const CHANGE_BY = /(?:increas|decreas|reduc|sav|grow|declin|cut|lower|rais|improv|avoid|mitigat|offset)\w*\b(?:\s+\S+){0,6}\s+by\s*$|\bfrom\s*$|\bfrom\s+[\d,.]+\s*\S*\s+to\s*$/i;
/** Daily or monthly rates are not annual figures. */
const SHORT_PERIOD = /\b(?:daily|monthly|weekly|hourly|per\s+(?:day|month|week|hour|shift))\b|每日|每月|每天/i;
/** Words that introduce a stated count: "a total of", "consists of", "including", "there are". */
const COUNT_CUE = /\b(?:total of|a combined|an aggregate of|had|has|have|consist(?:s|ed)? of|composed of|comprised? of|comprised|comprises|comprising|including|includes|included|there (?:are|were|is|was)|employ(?:s|ed)?|of which|among them|received|reached|was|were|is|are|stood at|numbered|with|hired|recruited|recorded|registered|handled|engaged|served|welcomed|onboarded|held|holds|owned|owns|possessed|possesses)\s*$/i;
/** "purchased from 1,236 suppliers", "procured raw materials from 845 suppliers": the counted are where things came from. */
const SUPPLY_FROM = /\b(?:purchased|procured|sourced|bought)(?:\s+[A-Za-z-]+){0,2}\s+from\s*$/i;
const NAME_NUMBER_BEFORE = /\b(?:scopes?|category|categories|phase|tier|level|grade|no\.?)\s*$/i;
const ACCOUNTED_FOR = /\baccount(?:ed|s)? for\s*$/i;
/** "Women made up 38.6% of the workforce": a percentage after these is a share of the whole named after it. */
const SHARE_OF = /\b(?:account(?:ed|s)? for|made up|makes? up|represent(?:ed|s)?|constitut(?:ed|es?)|comprised)\s*$/i;
const LIST_FOR = /^\s*[^.;:]{0,40}?\band\b[^.;:]{0,40}\bfor\s*$/i;
/** Counted nouns too generic to name a metric alone: the subject names what they are ("The Board has 11 members"). */
const QUALITY_WORD = /^(?:wom[ae]n|females?|m[ae]n|males?)$/i;
const GENERIC_COUNTED = /^(?:members?|people|persons?|individuals?|staff)$/i;
const AT_YEAR_END = /\b(?:as (?:at|of)|at (?:the )?(?:year[- ]end|end of)|by the end of|at \d{1,2} dec(?:ember)?)\b/i;
/** A label this short before "was N%" is the whole subject ("Staff turnover", "Employee attrition"). */
const SHARE_LABEL_WORDS = 3;
const HIRED_BEFORE = /\b(?:hired|recruited|onboarded|took on)\s*$/i;
const EMPLOYED_BEFORE = /\b(?:employ(?:s|ed)?|had a workforce of|workforce of)\s*$/i;
/** ", mainly from X and Y, amounted to": an aside closed by a comma right before the linking verb. */
const ASIDE_BEFORE_LINK = /,\s+(?:mainly|primarily|largely|mostly|chiefly|principally|predominantly|particularly|especially|including|excluding|covering)\b[^,;:.]{0,120},\s*(?=(?:was|were|is|are|amounted|amounting|totall?ed|totall?ing|reached|stood|came)\b[^,]*$)/i;
/** The subject before a "has/had/consists of" cue: "The Board has" → "The Board". */
const SUBJECT_BEFORE = /(?:^|[,;]\s*)((?:the\s+)?[A-Za-z][A-Za-z' -]{0,60}?)\s+(?:has|had|have|consist(?:s|ed)? of|is composed of|comprises?|comprised)\s*$/i;
/** "2,478 of whom were women", "of whom 4 are independent directors": a part of the previous count. */
const OF_WHOM_AFTER = /^\s+of (?:whom|which)\s+(?:are|were|is|was)\s+([A-Za-z][A-Za-z -]{0,60})/i;
const ARE_AFTER = /^\s+(?:are|were|is|was)\s+([A-Za-z][A-Za-z -]{0,60})/i;
/** "…224.4 GWh of electricity, of which 214.6 GWh was purchased": a part of the previous figure. */
/** "9 members board" (from "9-member board"): the members of that group. */
const MEMBERS_OF = /^members?\s+([A-Za-z][A-Za-z ]{0,30})$/i;
/** "… are women", "… is a woman", "… were independent": what the counted things are. */
const IS_QUALITY_AFTER = /^\s+(?:is|are|was|were)\s+(?:an?\s+)?(wom[ae]n|females?|m[ae]n|males?|independent(?:\s+non-executive)?)\b(?!\s+(?:and|or)\b)/i;
/** "two of the nine directors are women": a part of a named group, then what it is. */
const PARTITIVE_AFTER = /^\s+of\s+(?:the|our|its|their)\s+(?:\d+\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}?)\s+(?:is|are|was|were)\s+(?:an?\s+)?(wom[ae]n|females?|m[ae]n|males?|independent(?:\s+non-executive)?)\b(?!\s+(?:and|or)\b)/i;
const PARTITIVE_BEFORE = /\bof\s+(?:the|our|its|their)\s*$/i;
/** "Among the directors, …": the group a following count is part of. */
const AMONG_BEFORE = /\bamong\s+(?:the|our|its|their)\s+([A-Za-z][A-Za-z -]{0,30}?),?\s*$/i;
const OF_WHOM_BEFORE = /\bof (?:whom|which)\s*$/i;
const PHRASE_END = /\s+(?:and|or|in|with|who|which|while|at|for|during|as|of|to)\b.*$/i;
/**
 * The year printed right after a figure ("36,815 MWh in 2023", "158 in 2023", "4,987 employees at the end of 2022");
 * not a year the figure is compared with ("…, higher than in 2022").
 */
const YEAR_AFTER = /^(?:\s+(?!(?:than|compared|versus|vs|against|from)\b)[A-Za-z-]+){0,3}?\s+(?:in|for|during|as of|as at|(?:at|by) the end of)\s+(?:the\s+)?(?:year\s+|FY\s*)?((?:19|20)\d\d)\b(?![,.]?\d)/i;
/** "(2023: RMB 6,316.6 million)": the year before a colon in brackets. */
const YEAR_PAREN_BEFORE = /[(（]\s*(?:FY\s*)?((?:19|20)\d\d)\s*(?:年度?)?\s*[:：]\s*$/i;
/** The colon after a bracketed year: "(2023: …". */
const BRACKET_YEAR_COLON = /^(?:年度?)?\s?[:：]/;
/** A figure compared with the one before it: "…, up 4.2% from 35,331 MWh in 2022", "compared with 158 in 2023". */
const COMPARISON_BEFORE = /(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst)\s*$/i;
const LINK_BEFORE = /(?:\b(?:was|were|is|are|of|reached|reaching|totall?ed|totall?ing|amounted to|amounting to|stood at|came to|at|to|be|hit)|[:：])\s*$/i;
const LIST_JOIN = /^\s*[^.;:]{0,60}?(?:,|\band)\s*$/i;
/** "8 patents were implemented": a count of actions, not a stock or total. */
const PASSIVE_AFTER = /^(?:were|was|have|has|had|been|are|is)$/i;
/** "consumed 1.86 million cubic metres of natural gas": a quantity verb, then "of" names what was counted. */
const QUANTITY_VERB_BEFORE = /\b(consumed|used|purchased|generated|produced|discharged|emitted|withdrew|withdrawn|recycled|reused|disposed of|treated|handled)\s*$/i;
/** Verbs of a service given in units ("delivered 205,300 hours of training"): the unit and noun after name it. */
const DELIVERY_VERB_BEFORE = /\b(?:delivered|provided|completed|conducted|logged|offered|organi[sz]ed|clocked|contributed)\s*$/i;
/**
 * The noun phrase after "of"; a one- or two-digit word belongs to it ("of Scope 1 and Scope 2 greenhouse
 * gases"); "of which …" opens a clause, not a noun.
 */
const OF_NOUN_AFTER = /^\s+of\s+(?!(?:which|whom)\b)((?:the\s+)?[A-Za-z][A-Za-z-]*(?:\s+(?:[A-Za-z][A-Za-z-]*|\d{1,2}\b(?![.,]\d))){0,6})/i;
/** After the figure's counted words, "were"/"was" and a participle: "(working days) were lost", "(patents) have been granted". */
const PASSIVE_PARTICIPLE_AFTER = /^(?:\s+[A-Za-z][A-Za-z-]*){0,4}?\s+(?:were|was|have been|has been|had been)\s+([a-z]+(?:ed|en)|lost|won|held|paid|spent|made|built|sold|set|found|brought|bought|taught|caught)\b/i;
/** "% of (our) employees took part in training": the group, then what it did up to the clause's end. */
const PERCENT_OF_GROUP_AFTER = /^\s+of\s+(?:(?:the|our|its|their|all)\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)??)\s+((?:[A-Za-z-]+\s+){0,7}?[A-Za-z-]+)\s*(?=[,.;:()]|$|\s(?:and|but|while|whereas)\s|\s(?:in|during|for|as of|by the end of)\s+(?:the\s+)?(?:year|19\d\d|20\d\d|reporting))/i;
const PASSIVE_OF_AFTER = /^\s+of\s+((?:[A-Za-z][A-Za-z-]*\s+){0,4}?[A-Za-z][A-Za-z-]*)\s+(?:was|were|has been|have been)\s+(discharged|generated|consumed|used|purchased|recycled|reused|produced|emitted|withdrawn|treated|disposed of)\b/i;
/** "invested RMB 28.6 million in environmental protection": money, then what it was spent on. */
const SPEND_VERB_BEFORE = /\b(?:invested|spent|allocated|committed|put)\s*$/i;
const PURPOSE_AFTER = /^\s+(?:in|on|into|for)\s+((?:the\s+)?[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,4})/i;
/**
 * "donated RMB 3.12 million (in cash and goods) to rural schools, clinics and flood relief": the year's
 * giving, spread over a list of recipients. A gift to one recipient, named or not, or with no recipient
 * after it ("…joined the X project and donated 200,000 yuan in total") is one donation, not the total.
 */
const MONEY_IN_AFTER = /^\s+in\s+((?:[A-Za-z-]+\s+){0,3}?(?:donations?|sponsorships?|contributions?|taxes))\b/i;
const DONATED_BEFORE = /\b(?:donated|contributed)\s*$/i;
const RECIPIENT_AFTER = /^[^.;]*?\bto\s+([^.;]*)/i;
const NAMED_RECIPIENT = /^(?:the\s+)?[A-Z]/;
const RECIPIENT_LIST = /,|\band\b/;
/** Where the recipient's name ends: "to the X Scholarship to help …", "to the X Foundation for …". */
const RECIPIENT_END = /\s+(?:to|for|in|which|who|that|as|so)\b.*$/i;
/** Words that end a counted noun phrase ("natural gas in 2023", "packaging materials, mainly …"). */
const NOUN_END = /\s+(?:in|on|at|for|during|from|to|with|by|as|and(?!\s+(?:safety|health|development|scope|\d)\b)|which|that|mainly|including|across|over)\b.*$/i;
/** "an average of 36.0 hours per person": an average of what the sentence counted before. */
const AVERAGE_OF_BEFORE = /\b(?:an?\s+average\s+of|averaging|on\s+average)\s*$/i;
/** "2,478 of whom were women (47.5%)": a share printed in brackets right after a count. */
const PER_TAIL = /\s+per\s+(?:person|employee|capita|head|staff|worker)$/i;
const OPEN_BRACKET_BEFORE = /[(（]\s*$/;
/** "…, compared with RMB 3,902.1 million in 2023": a year after this belongs to the compared figure. */
const COMPARED_AFTER = /\b(?:compared (?:with|to)|from|versus|vs\.?|against|than|since)\b/i;
const SHORT_BRACKETED = /[(（]([A-Za-z][^()（）:;]{0,24})[)）]/g;
/** "… 56.7 tonnes of hazardous waste and 1,234 tonnes of …": the next item of a quantity-verb list. */
const OF_LIST_BEFORE = /^\s+of\s+[^,;.()]{1,60}?(?:,\s*and|,|\band)\s*$/i;
const OUTPUT_VERB = /^(?:generated|produced)$/i;
const QUANTITY_VERB_ANY = /\b(consumed|used|purchased|generated|produced|discharged|emitted|withdrew|withdrawn|recycled|reused|disposed of|treated|handled)\b/gi;
/** Chinese: "其中女性员工1,500人，占比43.4%": the share of the count just stated. */
const ZH_SHARE_BEFORE = /^[^。；，,]{0,4}[，,]\s*(?:占比|所占比例|占比例|占[^，。；,]{1,10}(?:的)?(?:比例|比重|比率)|占[^，。；,\d]{1,10}的)\s*(?:为|达|达到|约)?\s*$/;
/**
 * "Revenue rose 9.4% to", "turnover fell to", "emissions were down 3% year on year to": the subject, a
 * change verb, an optional amount of change, then "to": the figure after it is the new level.
 */
const CHANGE_TO_LEVEL = /\s+(?:rose|risen|rises|increased|increases|grew|grown|grows|climbed|fell|fallen|falls|declined|declines|decreased|decreases|dropped|drops|(?:went|was|were)\s+(?:up|down))(?:\s+(?:by\s+)?[^\s,;]{0,5}\d[^\s,;]*(?:\s+(?:per\s*cent|percentage\s+points?|pts?|million|billion|thousand))?)?(?:,?\s+(?:year[- ]on[- ]year|yoy))?,?\s+to\s*$/i;
/** "reduced emissions by", "cut our carbon emissions by": a reduction verb, the emissions it reduced, then "by". */
const REDUCED_BY = /\b(reduced|cut|lowered|avoided|abated|mitigated)\s+((?:(?:our|its|their|the)\s+)?(?:[A-Za-z0-9-]+\s+){0,3}?emissions?)\s+by\s*$/i;
const COMPARED_RIGHT_AFTER = /^(?:\s+[A-Za-z]+){0,2}?,?\s+(?:compared|year[- ]on[- ]year|yoy|from|versus|vs\.?|relative to|against)\b/i;
/** "6,515 a year earlier", "3,280 employees in the previous year": a figure of the year before. */
const PRIOR_YEAR_AFTER = /^(?:\s+(?!(?:than|compared|versus|vs|against|from)\b)[A-Za-z-]+){0,3}?,?\s+(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:in|for|during|at the end of)\s+the\s+(?:previous|prior|preceding)\s+year|(?:in\s+)?(?:the\s+)?(?:previous|prior|last)\s+year(?:[- ]end)?)\b/i;
/**
 * How many words the end-anchored cues before a figure span at most ("had a workforce of"; a change
 * verb, two words and the word before it for "made"), so they are tested on that many last words only.
 */
const CUE_WORDS = 4;
/** CHANGE_BY ends in "by", "from" or "to": a cheap test before the regex. */
function endsInChangeBy(before: string): boolean {
  return endsWithWordCI(before, "by") || endsWithWordCI(before, "from") || endsWithWordCI(before, "to");
}
const CHANGE_BEFORE = /\b(?<!\b(?:made|makes?|making)\s)(?:increase|decrease|reduc|sav|grow|declin|rise|rose|fell|drop|cut|lower|rais|improv|up|down)\w*\s+(?:\w+\s+){0,2}$/i;

const CLAUSE_BREAK = /[;:()]|,\s+(?:and|while|including|among|of which|of whom)\b/g;
const SPACE_RUN = /\s+/g;

/** The last `n` words of a clause (after its last comma-free clause boundary). */
function lastWords(text: string, n: number): string {
  // "Direct (Scope 1) emissions were": a short bracketed word group is part of the label, not a clause break.
  const unbracketed = text.includes("(") ? text.replace(SHORT_BRACKETED, " $1 ") : text;
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(unbracketed); m; m = CLAUSE_BREAK.exec(unbracketed)) clauseStart = m.index + m[0].length;
  // The last n words, one space between each: only the end of the clause is split.
  return lastWordsTail(unbracketed.slice(clauseStart), n).trim().replace(SPACE_RUN, " ");
}

/**
 * `text` from its `n`-th last whitespace-separated word to the end, with the character before that word.
 * A cue pattern anchored at the end whose match spans at most `n` words (and looks back at most one
 * character, for `\b`) answers the same on this tail as on the whole text: the regex engine then tries a
 * few start positions instead of every one in a 140-character window, for each figure.
 */
export function lastWordsTail(text: string, n: number): string {
  let i = text.length;
  while (i > 0 && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  for (let k = 0; k < n && i > 0; k++) {
    while (i > 0 && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    if (k < n - 1) while (i > 0 && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  }
  return i <= 1 ? text : text.slice(i - 1);
}

/** Whether `text`, without trailing spaces, ends with the lower-case `word` in any case (a cheap gate before a regex). */
function endsWithWordCI(text: string, word: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Sentence bounds as [start, end) offset pairs, flat: a mark, then spaces, then a capital, digit, quote
 * or bracket ends a sentence (the spaces belong to neither); a Chinese mark ends one right after itself.
 * One scan for the marks, and no substring is made: most sentences hold no figure and are never sliced.
 */
export function sentenceBounds(text: string): number[] {
  const bounds: number[] = [];
  const n = text.length;
  let start = 0;
  SENTENCE_MARK.lastIndex = 0;
  // test() builds no match: the mark is the one character before lastIndex.
  while (SENTENCE_MARK.test(text)) {
    const after = SENTENCE_MARK.lastIndex;
    if (after >= n) break;
    let next = after;
    while (next < n && isWhitespaceCode(text.charCodeAt(next))) next++;
    if (next > after && next < n && isSentenceOpener(text.charCodeAt(next))) {
      bounds.push(start, after);
      start = next;
      SENTENCE_MARK.lastIndex = next;
    } else if (isCjkSentenceMark(text.charCodeAt(after - 1))) {
      bounds.push(start, after);
      start = after;
    }
  }
  bounds.push(start, n);
  return bounds;
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

/** A year printed right next to the figure ("… in 2023", "(2023: …"), or null. */
function explicitYear(sentence: string, figure: TextFigure): number | null {
  const after = YEAR_AFTER.exec(sentence.slice(figure.end, figure.end + 60));
  if (after) return Number(after[1]);
  const before = YEAR_PAREN_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 12), figure.start));
  return before ? Number(before[1]) : null;
}

/**
 * The year of one figure: a year printed next to it, else the sentence's single year; in a sentence
 * naming several years, the last year named between the previous figure and this one.
 */
function figureYear(sentence: string, figure: TextFigure, windowStart: number, ctx: FactContext): { year: number; dated: boolean } | null {
  const explicit = explicitYear(sentence, figure);
  if (explicit !== null) return { year: explicit, dated: true };
  const years = sentenceYears(sentence, figure);
  if (years.size <= 1) return sentenceYear(sentence, figure, ctx);
  let last: number | null = null;
  for (const m of sentence.slice(windowStart, figure.start).matchAll(YEAR_IN_TEXT)) last = Number(m[1]);
  return last === null ? null : { year: last, dated: true };
}

/** Chinese: "（2023年：41宗）" names the bracketed figure's year; else the sentence's. */
function zhFigureYear(sentence: string, figure: TextFigure, ctx: FactContext): { year: number; dated: boolean } | null {
  const before = YEAR_PAREN_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 12), figure.start));
  return before ? { year: Number(before[1]), dated: true } : sentenceYear(sentence, figure, ctx);
}

/** Years a sentence names, except the figure's own text and years of a figure it is compared with. */
function sentenceYears(sentence: string, figure: TextFigure): Set<number> {
  const years = new Set<number>();
  let compared = -1;
  for (const m of sentence.matchAll(YEAR_IN_TEXT)) {
    const at = m.index ?? 0;
    if (at >= figure.start && at < figure.end) continue;
    // "(2023: RMB 4.55 billion)": that year is the bracketed figure's alone, not the sentence's.
    if (BRACKET_YEAR_COLON.test(sentence.slice(at + 4, at + 8)) && YEAR_PAREN_BEFORE.test(sentence.slice(Math.max(0, at - 6), at + 4) + ":")) continue;
    if (at >= figure.end) {
      if (compared < 0) {
        const c = COMPARED_AFTER.exec(sentence.slice(figure.end));
        compared = c ? figure.end + (c.index ?? 0) : sentence.length;
      }
      if (at > compared) continue;
    }
    years.add(Number(m[1]));
  }
  return years;
}

/** The year a sentence is about: the single year it names, else the report year (undated). */
function sentenceYear(sentence: string, figure: TextFigure, ctx: FactContext): { year: number; dated: boolean } | null {
  const years = sentenceYears(sentence, figure);
  if (years.size === 1) return { year: [...years][0], dated: true };
  if (years.size > 1) return null;
  return ctx.reportYear === null ? null : { year: ctx.reportYear, dated: false };
}

interface Resolved {
  metric: string;
  factor: number;
  canonical: string;
  /** The counted noun phrase that named the metric ("employees", "Board members"), for "of whom" parts. */
  noun?: string;
}

function resolve(ids: readonly string[], figure: TextFigure, wording: string, ctx: FactContext): Resolved | null {
  for (const id of ids) {
    const info = ctx.getMetric(id);
    if (!info || excludedWording(wording, id)) continue;
    const unit = resolveUnit(info, figure.unit, figure.text, ctx, wording);
    if (unit) return { metric: id, factor: unit.factor, canonical: unit.canonical };
  }
  return null;
}

/** The metric a figure in a sentence belongs to: counted noun after it, else the nearest label before it. */
/** A counted phrase as a metric label: "suppliers" → also "number of suppliers". */
function resolveCounted(phrase: string, figure: TextFigure, ctx: FactContext): Resolved | null {
  return resolve(ctx.matchLabel(phrase), figure, phrase, ctx) ?? resolve(ctx.matchLabel(`number of ${phrase}`), figure, phrase, ctx);
}

/** "of whom 4 are independent directors", "2,478 of whom were women": a part of the previous count. */
function partOfCount(sentence: string, figure: TextFigure, before: string, parent: string, ctx: FactContext): Resolved | null {
  const rest = sentence.slice(figure.end, figure.end + 60);
  const m = OF_WHOM_AFTER.exec(rest) ?? (OF_WHOM_BEFORE.test(before) || (parent && LIST_JOIN.test(before)) ? ARE_AFTER.exec(rest) : null);
  if (!m) return null;
  const part = (m[1] as string).replace(PHRASE_END, "").trim();
  if (!part) return null;
  // "of which 214.6 GWh was purchased from the grid" (after "… of electricity"): "electricity purchased …".
  return resolveCounted(part, figure, ctx) ?? (parent ? resolveCounted(`${part} ${parent}`, figure, ctx) ?? resolveCounted(`${parent} ${part}`, figure, ctx) : null);
}

const OF: readonly string[] = ["of"];
const IN: readonly string[] = ["in"];
const OF_OR_BE: readonly string[] = ["of", "is", "are", "was", "were"];

/**
 * False when the word right after a figure (and its unit) is known to be none of `words` (lower case,
 * each a phrase stop of findFigures): that word opens the figure's `after` words, which hold no stop, or
 * is its `follow`. Spares most figures the slices and regexes anchored on "of …", "is …", "in …" after them.
 */
function mayBeFollowedBy(figure: TextFigure, words: readonly string[]): boolean {
  if (figure.after !== "") return false;
  return figure.follow === "" || words.includes(figure.follow.toLowerCase());
}

function metricForFigure(sentence: string, figure: TextFigure, windowStart: number, ctx: FactContext, parent = ""): Resolved | null {
  const before = sentence.slice(Math.max(windowStart, figure.start - WINDOW_CHARS), figure.start);
  /** The last words before the figure: the end-anchored cues below span at most four words. */
  const cueTail = lastWordsTail(before, CUE_WORDS);
  // "reduced emissions by 6,450 tCO2e": a reduction achieved, unless compared with another year.
  const reduced = endsWithWordCI(before, "by") ? REDUCED_BY.exec(before) : null;
  if (reduced) {
    if (APPROXIMATE_BEFORE.test(cueTail) || COMPARED_RIGHT_AFTER.test(sentence.slice(figure.end, figure.end + 40))) return null;
    const noun = (reduced[2] as string).replace(/^(?:our|its|their|the)\s+/i, "");
    for (const phrase of [`${reduced[1] as string} ${noun}`, `${noun} reduction`]) {
      const hit = resolve(ctx.matchLabel(phrase).filter((id) => CHANGE_METRICS.has(id)), figure, phrase, ctx);
      if (hit) return hit;
    }
    return null;
  }
  // "Revenue rose 9.4% to RMB 7.86 billion": the subject before the change names the new level.
  // The change amount may be a figure of its own ("6.2%"), so the subject is looked for behind it too.
  const wide = windowStart > 0 ? sentence.slice(Math.max(0, figure.start - WINDOW_CHARS), figure.start) : before;
  const level = endsWithWordCI(wide, "to") ? CHANGE_TO_LEVEL.exec(wide) : null;
  if (level) {
    if (APPROXIMATE_BEFORE.test(cueTail) || SHORT_PERIOD.test(wide)) return null;
    const subject = wide.slice(0, level.index);
    const near = lastWords(subject.includes(", ") ? subject.replace(ASIDE_BEFORE_LINK, " ") : subject, WINDOW_WORDS);
    return near ? resolve(ctx.matchLabel(near), figure, near, ctx) : null;
  }
  const supply = endsWithWordCI(before, "from") && SUPPLY_FROM.test(cueTail);
  if (APPROXIMATE_BEFORE.test(cueTail) || CHANGE_BEFORE.test(cueTail) || (!supply && endsInChangeBy(before) && CHANGE_BY.test(before)) || SHORT_PERIOD.test(before)) return null;
  // "3 independent directors", "21 customer complaints": the unit word is the counted thing. A figure
  // that opens its sentence is a layout fragment (infographic), not a statement.
  const counted = `${figure.unit} ${figure.after}`.trim();
  // In a list ("3 independent directors and 2 women directors") the cue of the first item carries over.
  const listed = windowStart > 0 && LIST_JOIN.test(before);
  // A parent comes from an earlier figure of the sentence, so `windowStart > 0` and `listed` has asked LIST_JOIN.
  const part = OF_WHOM_BEFORE.test(cueTail) || (mayBeFollowedBy(figure, OF) && /^\s+of (?:whom|which)\b/i.test(sentence.slice(figure.end, figure.end + 12))) || (parent && listed)
    ? partOfCount(sentence, figure, before, parent, ctx)
    : null;
  if (part) return part;
  if (!figure.text.endsWith("%")) {
    // "a 9-member board": the group the members are of.
    const members = MEMBERS_OF.exec(counted);
    if (members) {
      const phrase = `${members[1] as string} members`;
      const hit = resolveCounted(phrase, figure, ctx);
      if (hit) return { ...hit, noun: phrase };
    }
    // "two directors are women", "Among the directors, one is a woman": a part named by what it is.
    // "two of the nine directors are women": the first figure is the part; the second is not.
    const after = mayBeFollowedBy(figure, OF_OR_BE) ? sentence.slice(figure.end, figure.end + 80) : "";
    const partitive = after ? PARTITIVE_AFTER.exec(after) : null;
    const quality = PARTITIVE_BEFORE.test(cueTail) || !after ? null : partitive ? (partitive[2] as string) : IS_QUALITY_AFTER.exec(after)?.[1];
    if (quality) {
      const noun = partitive ? (partitive[1] as string) : counted || (AMONG_BEFORE.exec(before)?.[1] ?? parent);
      if (noun) {
        const phrase = `${quality} ${noun}`;
        const hit = resolveCounted(phrase, figure, ctx);
        if (hit) return { ...hit, noun };
      }
    }
  }
  if (counted && PASSIVE_AFTER.test(figure.follow)) {
    const passive = passiveCount(sentence, figure, counted, ctx);
    if (passive) return passive;
  }
  // "three independent directors and two women": women of the group the list counts.
  if (listed && parent && QUALITY_WORD.test(counted)) {
    const group = parent.slice(parent.lastIndexOf(" ") + 1);
    const hit = resolveCounted(`${counted} ${group}`, figure, ctx);
    if (hit) return hit;
  }
  if (counted && (COUNT_CUE.test(cueTail) || supply || listed) && !PASSIVE_AFTER.test(figure.follow)) {
    // The counted words, longest first: each shorter phrase ends before the last space of the one before.
    for (let end = counted.length; end > 0; end = counted.lastIndexOf(" ", end - 1)) {
      const phrase = counted.slice(0, end);
      const hit = resolveCounted(phrase, figure, ctx);
      if (hit) return { ...hit, noun: phrase };
    }
    // "As at 31 December, we employed 4,318 people": people employed at a date are the headcount
    // (people employed during the year are not).
    if (EMPLOYED_BEFORE.test(cueTail) && GENERIC_COUNTED.test(counted.split(" ")[0]) && AT_YEAR_END.test(sentence.slice(0, figure.start))) {
      const hit = resolveCounted("employees", figure, ctx);
      if (hit) return { ...hit, noun: "employees" };
    }
    // "We recruited 526 people": people taken on are the year's new hires.
    if (HIRED_BEFORE.test(cueTail) && GENERIC_COUNTED.test(counted.split(" ")[0])) {
      const hit = resolveCounted("new hires", figure, ctx);
      if (hit) return { ...hit, noun: "new hires" };
    }
    // "The Board has 11 members": the subject says what the members are members of.
    const subject = GENERIC_COUNTED.test(counted) ? SUBJECT_BEFORE.exec(before) : null;
    if (subject) {
      // "The Board of Directors has 9 members": the whole subject, then its head ("Board members").
      // "Our Board", "Hengda's Board", "the Company's Board": the owner is not part of the name.
      // A heading run into the sentence ("Corporate Governance Yuntu's Board") ends at the owner too.
      const whole = (subject[1] as string).replace(/^.*\b[A-Za-z][\w&.-]*'s\s+/, "").replace(/^(?:the\s+)?(?:our|its|their)\s+/i, "").replace(/^the\s+/i, "");
      for (const s of [whole, whole.replace(/\s+of\s+.*$/i, "")]) {
        const phrase = `${s} ${counted}`;
        const hit = resolveCounted(phrase, figure, ctx);
        if (hit) return { ...hit, noun: phrase };
      }
    }
  }
  const verbal = verbPhraseMetric(sentence, figure, before, cueTail, ctx, parent);
  if (verbal) return verbal;
  // "98.2% of employees took part in training": the share of a group that did what the clause says.
  if (figure.text.endsWith("%") && !SHARE_OF.test(cueTail)) {
    const group = mayBeFollowedBy(figure, OF) ? PERCENT_OF_GROUP_AFTER.exec(sentence.slice(figure.end, figure.end + 120)) : null;
    if (group) {
      const what = (group[2] as string).trim();
      // "45% of employees were women": the share of the group that is of that kind ("women employees").
      const kind = IS_QUALITY_AFTER.exec(` ${what}`);
      const phrase = kind ? `${kind[1] as string} ${group[1] as string}` : `${group[1] as string} ${what}`;
      const hit = percentCard(phrase, figure, ctx);
      if (hit) return hit;
    }
  }
  // "Women accounted for 21.3% of our workforce": the share of the subject in the whole.
  if (figure.text.endsWith("%") && SHARE_OF.test(cueTail)) {
    const subject = lastWords(before.replace(SHARE_OF, "").split(",").pop() as string, 4);
    const whole = (mayBeFollowedBy(figure, OF) ? nounAfter(OF_NOUN_AFTER, sentence.slice(figure.end, figure.end + 80)) : "").replace(/^(?:our|its|their|the)\s+/i, "");
    if (subject && whole) {
      const phrase = `percentage of ${subject} in ${whole}`;
      const hit = resolve(ctx.matchLabel(phrase), figure, phrase, ctx);
      if (hit) return hit;
    }
    // "Female employees accounted for 22.6%": the whole is the one the subject is counted in.
    if (subject && !whole) {
      const hit = percentCard(subject, figure, ctx);
      if (hit) return hit;
    }
  }
  // The label must lead into the figure: "… was 958,056.79", "… reached 2,385", or end right at it.
  // "of which Scope 1 accounted for 2,345 tCO2e and Scope 2 for 10,000 tCO2e": a list of parts.
  // Tested before the label is cut out: most figures have no link and end here.
  if (!LINK_BEFORE.test(cueTail) && !ACCOUNTED_FOR.test(cueTail) && !(windowStart > 0 && LIST_FOR.test(before))) return null;
  // "Scope 1 emissions, mainly from natural gas …, amounted to": the aside between label and verb is not the label.
  const near = lastWords(before.includes(", ") ? before.replace(ASIDE_BEFORE_LINK, " ") : before, WINDOW_WORDS);
  // "Staff turnover was 6.2%": a short label naming a count, with a percentage, states the count's share
  // (a long one may name a part of the count: "training coverage of … R&D personnel reached 100%").
  const direct = resolve(ctx.matchLabel(near), figure, near, ctx);
  return direct ?? (figure.text.endsWith("%") && near.split(" ").length <= SHARE_LABEL_WORDS ? percentCard(near, figure, ctx) : null);
}

/**
 * "212 working days were lost", "36 patents were granted": a count stated in the passive. The participle
 * must be what names the metric ("working days" alone names none; "working days lost" does): where the
 * counted noun names one by itself ("8 patents were implemented"), the sentence counts actions instead.
 */
function passiveCount(sentence: string, figure: TextFigure, counted: string, ctx: FactContext): Resolved | null {
  const m = PASSIVE_PARTICIPLE_AFTER.exec(sentence.slice(figure.end, figure.end + 100));
  if (!m) return null;
  const noun = counted;
  if (resolveCounted(noun, figure, ctx)) return null;
  const participle = m[1] as string;
  for (const phrase of [`${noun} ${participle}`, `${participle} ${noun}`]) {
    const hit = resolveCounted(phrase, figure, ctx);
    if (hit) return { ...hit, noun: phrase };
  }
  return null;
}

/** The noun phrase after a figure's "of"/"in"/"to", cut where the phrase ends. */
function nounAfter(re: RegExp, text: string): string {
  const m = re.exec(text);
  return m ? (m[1] as string).replace(NOUN_END, "").replace(/^the\s+/i, "").trim() : "";
}

/**
 * Verb + figure + noun: "consumed 1.86 million m3 of natural gas", "invested RMB 28.6 million in
 * environmental protection", "donated RMB 3.12 million to village schools and …", "an average of 36.0
 * hours per person" (after "… 187,776 training hours").
 */
function verbPhraseMetric(sentence: string, figure: TextFigure, before: string, cueTail: string, ctx: FactContext, parent: string): Resolved | null {
  const rest = sentence.slice(figure.end, figure.end + 160);
  let quantity = QUANTITY_VERB_BEFORE.exec(cueTail);
  if (!quantity && OF_LIST_BEFORE.test(before)) {
    // The list's verb stands before the first item: the last quantity verb earlier in the sentence.
    const head = sentence.slice(0, figure.start - before.length);
    let last: RegExpExecArray | null = null;
    QUANTITY_VERB_ANY.lastIndex = 0;
    for (let m = QUANTITY_VERB_ANY.exec(head); m; m = QUANTITY_VERB_ANY.exec(head)) last = m;
    quantity = last;
  }
  // "delivered 205,300 hours of training", "received 12,400 hours of training": the unit and the noun name it together.
  const verb = quantity ? (quantity[1] as string) : figure.unit && (DELIVERY_VERB_BEFORE.test(cueTail) || COUNT_CUE.test(cueTail)) ? "" : null;
  if (verb !== null) {
    const noun = mayBeFollowedBy(figure, OF) ? nounAfter(OF_NOUN_AFTER, rest) : "";
    if (noun) {
      // What was generated or produced is not what the bare noun names ("generated 842 MWh of electricity"
      // is no electricity consumption): those verbs name the metric only with the noun.
      const output = OUTPUT_VERB.test(verb);
      const phrases = !verb ? [] : output ? [`${noun} ${verb}`] : [noun, `${noun} ${verb}`];
      if (figure.unit && !output) phrases.push(`${figure.unit} of ${noun}`);
      // The phrase is the parent of a part that follows ("…, of which 214.6 GWh was purchased").
      for (const phrase of phrases) {
        const hit = resolve(ctx.matchLabel(phrase), figure, noun, ctx);
        if (hit) return { ...hit, noun: phrase === `${noun} ${verb}` ? noun : phrase };
      }
    }
  }
  // "688,400 cubic metres of wastewater were discharged": the quantity first, then what and the verb.
  const passive = mayBeFollowedBy(figure, OF) ? PASSIVE_OF_AFTER.exec(rest) : null;
  if (passive) {
    const noun = (passive[1] as string).replace(/^the\s+/i, "");
    const verb = passive[2] as string;
    for (const phrase of [`${noun} ${verb}`, `${verb} ${noun}`]) {
      const hit = resolve(ctx.matchLabel(phrase), figure, phrase, ctx);
      if (hit) return hit;
    }
  }
  if (SPEND_VERB_BEFORE.test(cueTail)) {
    const purpose = nounAfter(PURPOSE_AFTER, rest);
    if (purpose) return resolve(ctx.matchLabel(`investment in ${purpose}`), figure, purpose, ctx) ?? resolve(ctx.matchLabel(`${purpose} investment`), figure, purpose, ctx);
  }
  // "RMB 3.6 million in donations and sponsorships", "HK$2.1 million in taxes": the money, then what it was.
  const moneyIn = figure.unit && mayBeFollowedBy(figure, IN) ? MONEY_IN_AFTER.exec(rest) : null;
  if (moneyIn) {
    const what = moneyIn[1] as string;
    const hit = resolve(ctx.matchLabel(what), figure, what, ctx);
    if (hit) return hit;
  }
  if (DONATED_BEFORE.test(cueTail)) {
    const recipient = RECIPIENT_AFTER.exec(rest);
    // One named recipient ("to Wuhan Institute of Technology") is one donation, not the year's total.
    if (!recipient) return null;
    const name = (recipient[1] as string).replace(RECIPIENT_END, "");
    if (!RECIPIENT_LIST.test(recipient[1] as string) || (NAMED_RECIPIENT.test(name) && !RECIPIENT_LIST.test(name))) return null;
    return resolve(ctx.matchLabel("total donations"), figure, "donations", ctx);
  }
  if (AVERAGE_OF_BEFORE.test(cueTail)) {
    // "36.0 hours per person": the figure is in hours; "per person" is what "average" already says.
    const unit = figure.unit.replace(PER_TAIL, "");
    const counted = `${unit} ${figure.after}`.trim();
    const each = { ...figure, unit };
    const phrases = parent ? [`average ${parent}`, `average ${counted}`] : [`average ${counted}`];
    for (const phrase of phrases) {
      const hit = resolve(ctx.matchLabel(phrase), each, phrase, ctx);
      if (hit) return hit;
    }
  }
  return null;
}

/** Chinese: the counted noun after a counter, else the clause before the figure, names the metric. */
function metricForChineseFigure(figure: ChineseFigure, ctx: FactContext): Resolved | null {
  for (const label of figure.labels) {
    const ids = ctx.matchLabel(label);
    const hit = resolve(figure.change ? ids.filter((id) => CHANGE_METRICS.has(id)) : ids, figure, label, ctx);
    if (hit) return hit;
  }
  return null;
}

/** "the Humen service area", "the Nansha terminal": a named facility of the group is one site, not the whole. */
const NAMED_FACILITY = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:service\s+areas?|stations?|stores?|warehouses?|terminals?|ports?|mines?|hotels?|hospitals?|malls?|projects?)\b/;

/** Site words this close before a Chinese figure make it one site's ("湖州基地用水量为…"). */
const ZH_SITE_WINDOW = 30;

/**
 * Board composition is usually written in words ("seven Directors, three of whom …", "九名董事"). In a
 * sentence about the board, small number words become digits padded to the word's length, so every
 * offset (and the line a figure is on) stays that of the printed text.
 */
const BOARD_WORDS = /\b(?:board|directors?)\b|董事/i;
const NUMBER_WORD = /(?<![-\w])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![-\w])/gi;
const NUMBER_WORD_VALUES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
/** "九名", "两位", "十一名": a Chinese numeral before a people counter (one character per digit, so lengths match). */
const ZH_NUMERAL_COUNT = /(?<![\d一二两兩三四五六七八九十百千万萬])(十[一二三四五六七八九]?|[一二两兩三四五六七八九]十?[一二三四五六七八九]?)(?=[名位人])/g;
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function zhNumeral(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return ZH_DIGITS[s] ?? NaN;
  const tens = ten === 0 ? 1 : ZH_DIGITS[s.charAt(0)];
  const units = ten === s.length - 1 ? 0 : ZH_DIGITS[s.charAt(ten + 1)];
  return tens * 10 + units;
}

function padded(n: number, width: number): string | null {
  const d = String(n);
  return d.length <= width && Number.isFinite(n) ? d + " ".repeat(width - d.length) : null;
}

/** "a nine-member board", "a 9-member Board": the count, then " member" (the hyphen becomes a space, so lengths stay). */
const MEMBER_COMPOUND = /(?<![-\w])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)-(members?)\b/gi;

/** The sentence with board counts in words written as digits (same length), or the sentence itself. */
function spellBoardCounts(sentence: string): string {
  if (!BOARD_WORDS.test(sentence)) return sentence;
  let t = sentence.includes("-member") || sentence.includes("-Member") ? sentence.replace(MEMBER_COMPOUND, (w: string, n: string, member: string) => {
    const digits = /^\d/.test(n) ? n : padded(NUMBER_WORD_VALUES[n.toLowerCase()], n.length);
    return digits === null ? w : `${digits} ${member}`;
  }) : sentence;
  t = t.replace(NUMBER_WORD, (w: string) => padded(NUMBER_WORD_VALUES[w.toLowerCase()], w.length) ?? w);
  if (t.includes("董事")) {
    // Chinese text has no spaces to pad with: only numerals as long as their digits ("九" → "9", "十一" → "11").
    t = t.replace(ZH_NUMERAL_COUNT, (w: string) => {
      const n = zhNumeral(w);
      return Number.isFinite(n) && String(n).length === w.length ? String(n) : w;
    });
  }
  return t;
}

/**
 * Counts a report states as none in words: "there were no concluded legal cases regarding corrupt
 * practices", "we had no work-related fatalities", "未发生已审结的贪污诉讼案件". Only metrics whose
 * disclosure is routinely a stated zero; the value is 0 in the sentence's year (else the report's).
 */
const NONE_TOPIC = /corrupt|fatalit|deaths?\b|贪污|貪污|腐败|腐敗|贪腐|死亡|工亡|亡人/i;
const NONE_METRICS: ReadonlySet<string> = new Set(["corruption_cases", "fatalities"]);
const NONE_CUE_EN = /\b(?:no|zero|nil|not\s+(?:been\s+)?(?:involved\s+in|aware\s+of|subject\s+to)\s+any|(?:did|does|do)\s+not\s+(?:have|record|experience|incur|see)\s+any)\s+(?=[A-Za-z])/gi;
const NONE_CUE_ZH = /(?:未发生|未有|没有|并无|概无|未涉及|无)(?:涉及|发生)?(?:任何)?/g;
const NONE_PHRASE_END_EN = /[,.;:()]/;
const NONE_PHRASE_END_ZH = /[，,。；;：:（(）)]/;
const NONE_MAX_WORDS = 12;
const NONE_MAX_CHARS_ZH = 20;

/**
 * One scan of a paragraph for both topics (asked of every paragraph, so one regex pass instead of two;
 * the topic regexes then confirm a hit).
 */
const TOPIC_SCAN = /corrupt|fatalit|death|board|director|贪污|貪污|腐败|腐敗|贪腐|死亡|工亡|亡人|董事/gi;
/** The same for a paragraph known to be ASCII: without the Chinese alternatives, the scan costs half. */
const TOPIC_SCAN_ASCII = /corrupt|fatalit|death|board|director/gi;
const BOARD_HIT = /^(?:board|director|董事)$/i;

function topicsOf(text: string, ascii: boolean): { none: boolean; board: boolean } {
  let none = false;
  let board = false;
  const scan = ascii ? TOPIC_SCAN_ASCII : TOPIC_SCAN;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m && !(none && board); m = scan.exec(text)) {
    if (BOARD_HIT.test(m[0])) board = true;
    else none = true;
  }
  return { none: none && NONE_TOPIC.test(text), board: board && BOARD_WORDS.test(text) };
}

function noneMetric(phrases: string[], ctx: FactContext): string | null {
  for (const phrase of phrases) {
    for (const id of ctx.matchLabel(phrase)) if (NONE_METRICS.has(id) && !excludedWording(phrase, id)) return id;
  }
  return null;
}

function noneFacts(printed: string, sentenceStart: number, block: ProseBlock, ctx: FactContext, out: CandidateFact[]): void {
  if (!NONE_TOPIC.test(printed) || TARGET_WORDS.test(printed) || CUMULATIVE_WORDS.test(printed)) return;
  const years = new Set<number>();
  for (const m of printed.matchAll(YEAR_IN_TEXT)) {
    // "(2023: nil)": the bracketed year is the comparison's, not the sentence's.
    const at = m.index ?? 0;
    if (BRACKET_YEAR_COLON.test(printed.slice(at + 4, at + 8)) && YEAR_PAREN_BEFORE.test(printed.slice(Math.max(0, at - 6), at + 4) + ":")) continue;
    years.add(Number(m[1]));
  }
  const year = years.size === 1 ? [...years][0] : years.size === 0 ? ctx.reportYear : null;
  if (year === null) return;
  const zh = isChineseSentence(printed);
  const text = zh ? toSimplifiedChinese(printed) : printed;
  const cue = zh ? NONE_CUE_ZH : NONE_CUE_EN;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const from = m.index + m[0].length;
    let phrases: string[];
    if (zh) {
      let end = from;
      while (end < text.length && end - from < NONE_MAX_CHARS_ZH && !NONE_PHRASE_END_ZH.test(text.charAt(end))) end++;
      phrases = [];
      for (let e = end; e >= from + 2; e--) {
        const phrase = text.slice(from, e);
        phrases.push(phrase);
        // "涉及腐败的诉讼案件": the particle 的 is no part of a label.
        if (phrase.includes("的")) phrases.push(phrase.replace(/的/g, ""));
      }
    } else {
      const rest = text.slice(from, from + 160);
      const cut = rest.search(NONE_PHRASE_END_EN);
      const words = (cut >= 0 ? rest.slice(0, cut) : rest).trim().split(/\s+/).slice(0, NONE_MAX_WORDS);
      phrases = [];
      for (let n = words.length; n >= 1; n--) phrases.push(words.slice(0, n).join(" "));
    }
    const metric = noneMetric(phrases, ctx);
    if (!metric) continue;
    const span = lineAt(block.spans, sentenceStart + m.index);
    const fact: CandidateFact = {
      metric,
      year,
      value: 0,
      unit: "count",
      reported: { value: 0, unit: "", text: m[0].trim() },
      source: { line: span.line, text: printed.slice(0, 400) },
      confidence: years.size === 1 ? CONFIDENCE_PROSE_DATED : CONFIDENCE_PROSE_UNDATED,
      origin: "prose",
    };
    if (span.page !== undefined) fact.source.page = span.page;
    out.push(fact);
    return;
  }
}

export function proseFacts(block: ProseBlock, ctx: FactContext, isUnit: (s: string) => boolean): CandidateFact[] {
  const out: CandidateFact[] = [];
  // Most paragraphs hold no figure at all: no need to split them into sentences (unless they speak of
  // the board, whose counts are often words, or state a count as none).
  const ascii = block.ascii === true;
  const topics = topicsOf(block.text, ascii);
  const noneTopic = topics.none;
  const board = topics.board;
  const text = block.text;
  /** The first digit at or after the last sentence start looked at (-1: none left). */
  let digitAt = digitFrom(text, 0);
  if (digitAt < 0 && !noneTopic && !board) return out;
  const bounds = sentenceBounds(text);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b];
    const end = bounds[b + 1];
    if (digitAt >= 0 && digitAt < start) {
      digitAt = digitFrom(text, start);
    }
    // A sentence without a digit states no figure; only the topic paths read it.
    if (!noneTopic && !board && (digitAt < 0 || digitAt >= end)) continue;
    const printed = text.slice(start, end);
    if (noneTopic) noneFacts(printed, start, block, ctx, out);
    const sentence = board ? spellBoardCounts(printed) : printed;
    // Board counts in words have become digits: only then may a sentence without a digit hold one.
    const hasDigit = digitAt >= start && digitAt < end;
    if (!hasDigit && (sentence === printed || !HAS_DIGIT.test(sentence))) continue;
    const zh = !ascii && isChineseSentence(sentence);
    // Traditional characters fold one-for-one, so figure offsets still index the printed sentence.
    const figures: TextFigure[] = zh ? findChineseFigures(toSimplifiedChinese(sentence), isUnit) : findFigures(sentence, isUnit);
    if (figures.length === 0) continue;
    /** A target or plan states no value: asked once a figure of the sentence would be stated (few are). */
    let target: boolean | undefined;
    let windowStart = 0;
    let parent = "";
    let previous: { metric: string; year: number; figure: TextFigure; resolved: Resolved } | null = null;
    for (const f of figures) {
      // "Scope 1", "Category 3": a number in a name, not a figure (the label window runs across it).
      if (!zh && NAME_NUMBER_BEFORE.test(sentence.slice(Math.max(0, f.start - 12), f.start))) continue;
      let found = zh ? metricForChineseFigure(f as ChineseFigure, ctx) : metricForFigure(sentence, f, windowStart, ctx, parent);
      const from = windowStart;
      windowStart = f.end;
      let when = found ? (zh ? zhFigureYear(sentence, f, ctx) : figureYear(sentence, f, from, ctx)) : null;
      // Several years in the sentence and none next to this figure: it shares the previous figure's.
      if (found && !when && previous) when = { year: previous.year, dated: true };
      const between = sentence.slice(from, f.start);
      if (!found && previous && f.text.endsWith("%") && (zh ? ZH_SHARE_BEFORE.test(between) : OPEN_BRACKET_BEFORE.test(between))) {
        // "2,478 of whom were women (47.5%)": the count's share, in the count's year.
        const sibling = ctx.getMetric(previous.metric)?.percentSibling;
        if (sibling) {
          found = resolve([sibling], f, "", ctx);
          when = { year: previous.year, dated: true };
        }
      }
      // "…, compared with 6,515 a year earlier": the year before the previous figure's (or the sentence's).
      // Asked only where the answer is used: a figure found with a year, or one compared with the previous.
      const prior: boolean = !zh && ((found !== null && when !== null) || (!found && previous !== null)) && PRIOR_YEAR_AFTER.test(sentence.slice(f.end, f.end + 60));
      if (found && when && prior) when = { year: (previous ? previous.year : when.year) - 1, dated: true };
      if (!found && previous && ((!zh && COMPARISON_BEFORE.test(between)) || YEAR_PAREN_BEFORE.test(between))) {
        // "reached 36,815 MWh in 2023, up 4.2% from 35,331 MWh in 2022": the same metric in another year.
        const year: number | null = explicitYear(sentence, f) ?? (prior ? previous.year - 1 : null);
        if (year !== null && year !== previous.year) {
          // "…, up from 4,987 employees at the end of 2022": the counted noun says which figure is compared.
          const counted = `${f.unit} ${f.after}`.trim();
          found = (counted ? resolveCounted(counted, f, ctx) : null) ?? resolve([previous.metric], f, "", ctx);
          // "Lost days … were 132 in 2024, compared with 158 in 2023": a bare figure takes the bare previous one's unit.
          if (!found && !f.unit && !previous.figure.unit && previous.figure.text.endsWith("%") === f.text.endsWith("%")) found = { metric: previous.resolved.metric, factor: previous.resolved.factor, canonical: previous.resolved.canonical };
          when = { year, dated: true };
        }
      }
      if (!found) continue;
      if (found.noun) parent = found.noun.replace(/^number of\s+/i, "");
      else parent = ctx.getMetric(found.metric)?.partNoun ?? parent;
      if (!when) continue;
      previous = { metric: found.metric, year: when.year, figure: f, resolved: found };
      // The figure's own clause: "…treatment plants; in 2023 the total … was" is two clauses.
      const whole = sentence.slice(0, f.start);
      const clause = zh ? whole : whole.slice(Math.max(whole.lastIndexOf(";"), whole.lastIndexOf("；")) + 1);
      // In Chinese a comma ends the clause: "累计开展培训12.6万学时，员工人均培训时长23.8小时" sums only the first figure.
      const ownClause = zh ? clause.slice(Math.max(clause.lastIndexOf("，"), clause.lastIndexOf(",")) + 1) : clause;
      if (SITE_WORDS.test(clause.slice(zh ? -ZH_SITE_WINDOW : -WINDOW_CHARS)) || (!zh && NAMED_FACILITY.test(clause.slice(-WINDOW_CHARS))) || (CUMULATIVE_WORDS.test(ownClause.slice(-WINDOW_CHARS)) && !STOCK_METRICS.has(found.metric))) continue;
      if ((target ??= (ascii ? TARGET_WORDS_ASCII : TARGET_WORDS).test(sentence))) break;
      const span = lineAt(block.spans, start + f.start);
      const fact: CandidateFact = {
        metric: found.metric,
        year: when.year,
        value: roundValue(f.value * found.factor),
        unit: found.canonical,
        reported: { value: f.value, unit: f.unit, text: f.text },
        source: { line: span.line, text: printed.slice(0, 400) },
        confidence: when.dated ? CONFIDENCE_PROSE_DATED : CONFIDENCE_PROSE_UNDATED,
        origin: "prose",
      };
      if (span.page !== undefined) fact.source.page = span.page;
      out.push(fact);
      pushRelated(fact, ctx, out);
    }
  }
  return out;
}

/** Confidence a figure loses when it stands for a broader metric ("general industrial solid waste" → non-hazardous waste). */
const PENALTY_RELATED = 0.1;

/** A qualified metric's figure also reports its headline metric, which a figure naming that metric outranks. */
function pushRelated(fact: CandidateFact, ctx: FactContext, out: CandidateFact[]): void {
  const related = ctx.getMetric(fact.metric)?.alsoReports;
  if (related) out.push({ ...fact, metric: related, confidence: roundValue(fact.confidence - PENALTY_RELATED) });
}

const CAPTION_CLAUSE = /[,，;；]/;

/** "100%" over "employees trained": a count caption printed as a percentage is the count's percentage sibling. */
function percentCard(label: string, f: TextFigure, ctx: FactContext): Resolved | null {
  if (!f.text.endsWith("%")) return null;
  for (const id of ctx.matchLabel(label)) {
    const info = ctx.getMetric(id);
    if (!info || excludedWording(label, id)) continue;
    const hit = resolveMetricUnit(info, f.unit, f.text, ctx, label);
    if (hit) return { metric: hit.metric, factor: hit.unit.factor, canonical: hit.unit.canonical };
  }
  return null;
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
  // "R&D investment, 6.8% of revenue": a caption's first clause names the figure; the rest is a comment.
  const comma = label.search(CAPTION_CLAUSE);
  const found = resolve(ctx.matchLabel(label), f, card.label, ctx) ?? (comma > 0 ? resolve(ctx.matchLabel(label.slice(0, comma)), f, label.slice(0, comma), ctx) : null) ?? percentCard(label, f, ctx);
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
  const out = [fact];
  pushRelated(fact, ctx, out);
  return out;
}
