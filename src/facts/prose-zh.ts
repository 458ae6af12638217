/**
 * Chinese running text: no spaces between words, so figures are found by a digit scan and the
 * label is the clause text just before the figure ("温室气体排放总量为38,652.4吨二氧化碳当量"), after a
 * linking word (为/达/达到/共计/合计/总计) is cut off. A counter after the figure can name what is
 * counted ("董事会由9名董事组成"). Bounds (约/超过/逾), changes (增长/减少) and single sites are refused.
 */
import { isKnownRatio, type TextFigure } from "./figures";

/** Sentences written mostly in Chinese take this path. */
const CJK = /[\u3400-\u9fff]/;
/** A printed figure in Chinese text (no word boundaries around it). */
const ZH_FIGURE = /\d[\d,]*(?:\.\d+)?%?/g;
/** Characters that end a clause: the label of a figure never crosses them. */
const CLAUSE_MARKS = "，,：:；;（(）)、。！？!?\"“”《》【】";
/** Characters a unit never contains. */
const UNIT_STOP = /[\s，,：:；;（(）)、。！？!?"“”《》【】\d]/;
const MAX_UNIT_CHARS = 8;
/** The base of a ratio unit: "万元营业收入", "百万元产值". */
const MAX_BASE_CHARS = 8;
/** "独立非执行董事" is seven characters. */
const MAX_NOUN_CHARS = 8;
const MAX_LABEL_CHARS = 40;
/** "ISO14001", "PM2.5", "范围1", "第3": a number that is part of a name. */
const NAME_BEFORE = /(?:[A-Za-z.\d\-/]|范围|类别|第|No\.?)$/;
/** Linking words between a label and its figure. */
const LINK_VERBS = "分别为|合计为|共计为|为|达到|达|共计|合计|总计|共|计|是|有|实现|录得";
const LINK_END = new RegExp(`(?:总额为|总量为|总数为|${LINK_VERBS})$`);
/** The same without the measure words ("用水总量为" keeps "用水总量"): that label is tried first. */
const LINK_VERB_END = new RegExp(`(?:${LINK_VERBS})$`);
/** Bounds and estimates just before the figure. */
const APPROX_END = /(?:约|大约|超过|超|逾|近|将近|接近|不少于|不低于|不超过|不足|多于|少于|高于|低于|至少|最多|最高|上限|以内)$/;
/** "300余人", "100多家", "5万吨以上": not an exact figure. */
const APPROX_AFTER = /^(?:余|多|以上|以下|左右|上下|有余)/;
/** The figure is a change, not a level. */
const CHANGE_WORDS = /增长|增加|下降|减少|降低|提升|提高|上升|节约|节省|减排|同比|较上年|较去年|较\d{4}年|比上年|回落/;
/** A reduction achieved ("减少二氧化碳排放1,120吨"): only metrics that are themselves reductions take it. */
const REDUCTION_ONLY = /^(?:(?!增长|增加|下降|提升|提高|上升|同比|较上年|较去年|较\d{4}年|比上年|回落).)*(?:减少|减排|降低|节约|节省)(?:(?!增长|增加|下降|提升|提高|上升|同比|较上年|较去年|较\d{4}年|比上年|回落).)*$/;
/** Leading context words that are not part of a label. */
const LEAD_WORDS = /^(?:其中|此外|另外|同时|全年|报告期内|本年度|年内|当年|本公司|公司|集团|我们|我司)+/;
/** Year context inside the clause ("2023年", "截至2023年末"). */
const YEAR_CONTEXT = /(?:截至|截止)?(?:19|20)\d\d年(?:度|末|底|内)?/g;
/** Counters that count people or things: "9名董事", "426家". */
const COUNTER = /^(?:人|名|位|家|项|个|次|起|件|宗|例|座|台|套|篇|户|场|批|辆|人次)$/;
const BRACKET_YEAR_BEFORE = /[(（]\s*(?:19|20)\d\d\s*(?:年度?)?\s*[:：]\s*$/;
const COUNT_SUFFIXES = ["数量", "人数", "总数"] as const;
/** A label of a few characters is a bare measure ("发电量", "总量"): the sentence's topic says of what. */
const BARE_MEASURE = /^[\u3400-\u9fff]{2,4}$/;
const HAS_DIGIT = /\d/;
/** How far back (clauses) and how much (characters) of an earlier clause a bare measure borrows. */
const TOPIC_CLAUSES = 3;
const TOPIC_CHARS = 8;

/** True when a sentence is written (mostly) in Chinese and should take this path. */
export function isChineseSentence(sentence: string): boolean {
  if (!CJK.test(sentence)) return false;
  // Counted in one pass, without the arrays of matches that `match(/…/g)` would build.
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return cjk * 2 >= latin;
}

export interface ChineseFigure extends TextFigure {
  /** Labels to try, best first: the counted noun after a counter, then the clause before. */
  labels: string[];
  /** Text before the figure in its clause, for site/cumulative checks. */
  clause: string;
  /** The clause states a reduction achieved: only a metric that is a reduction may take the figure. */
  change?: boolean;
}

function clauseStart(text: string, end: number, floor: number): number {
  for (let i = end - 1; i >= floor; i--) if (CLAUSE_MARKS.includes(text[i] as string)) return i + 1;
  return floor;
}

/**
 * The topic of a bare measure: the end of the nearest earlier clause of the sentence that holds no
 * figure ("建设分布式光伏电站，装机容量3.2兆瓦，发电量318万千瓦时" → "分布式光伏电站"), or "".
 */
function topicBefore(sentence: string, clauseBegin: number): string {
  let end = clauseBegin - 1;
  for (let k = 0; k < TOPIC_CLAUSES && end > 0; k++) {
    const begin = clauseStart(sentence, end, 0);
    const text = sentence.slice(begin, end);
    if (text && !HAS_DIGIT.test(text)) return text.slice(-TOPIC_CHARS);
    end = begin - 1;
  }
  return "";
}

/** The longest unit printed right after the figure (Chinese counters, 吨二氧化碳当量, or " tCO2e"). */
function unitAfter(text: string, at: number, isUnit: (s: string) => boolean): { unit: string; end: number } {
  let start = at;
  if (text[start] === " ") start++;
  let stop = start;
  let slash = -1;
  while (stop < text.length && stop - start < MAX_UNIT_CHARS && (!UNIT_STOP.test(text[stop] as string) || isDigitInLatinUnit(text, start, stop))) {
    if (slash < 0 && isSlash(text.charCodeAt(stop))) slash = stop;
    stop++;
  }
  // "0.31吨二氧化碳当量/万元": a ratio after the figure is the unit when its base is known.
  if (slash < 0 && stop < text.length && isSlash(text.charCodeAt(stop))) slash = stop;
  if (slash > start) {
    const ratio = ratioAfter(text, start, slash);
    if (ratio) return ratio;
  }
  for (let end = stop; end > start; end--) {
    const unit = text.slice(start, end);
    if (isUnit(unit)) return { unit, end };
  }
  return { unit: "", end: at };
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "m3", "tCO2e", "Nm3": a digit right after a letter of a Latin unit is part of the unit, not a new figure. */
function isDigitInLatinUnit(text: string, start: number, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57 && at > start && isLatinLetter(text.charCodeAt(start)) && isLatinLetter(text.charCodeAt(at - 1));
}

function isColon(c: number): boolean {
  return c === 58 /* : */ || c === 0xff1a /* ： */;
}

const TRAILING_COLON = /\s*[:：]\s*$/;

function isSlash(c: number): boolean {
  return c === 47 /* / */ || c === 0xff0f /* ／ */;
}

/**
 * The longest "numerator/base" from `start` (the slash at `slash`) that reads as an intensity on a
 * known base ("吨二氧化碳当量/万元", "立方米/万元营业收入"), or null: a total's unit stays as it was.
 */
function ratioAfter(text: string, start: number, slash: number): { unit: string; end: number } | null {
  let stop = slash + 1;
  while (stop < text.length && stop - slash <= MAX_BASE_CHARS && !UNIT_STOP.test(text[stop] as string) && !isSlash(text.charCodeAt(stop))) stop++;
  for (let end = stop; end > slash + 1; end--) {
    const unit = text.slice(start, end);
    if (isKnownRatio(unit)) return { unit, end };
  }
  return null;
}

/** Figures of a Chinese sentence with their candidate labels. Linear in the sentence (bounded look-around). */
export function findChineseFigures(sentence: string, isUnit: (s: string) => boolean): ChineseFigure[] {
  const out: ChineseFigure[] = [];
  let floor = 0;
  for (const m of sentence.matchAll(ZH_FIGURE)) {
    const start = m.index ?? 0;
    let text = m[0];
    if (text.endsWith(",")) text = text.slice(0, -1);
    const figEnd = start + text.length;
    const before = sentence.slice(Math.max(floor, start - MAX_LABEL_CHARS), start);
    if (NAME_BEFORE.test(before) || sentence[figEnd] === "-" || sentence[figEnd] === "/") {
      continue;
    }
    const rest = sentence.slice(figEnd, figEnd + 4);
    // "2023年": a date, not a figure.
    if (/^(?:19|20)\d\d$/.test(text) && /^(?:年|\/|-|\.)/.test(rest)) continue;
    if (/^(?:月|日|号|季度)/.test(rest)) continue;
    const value = Number(text.replace(/,/g, "").replace(/%$/, ""));
    if (!Number.isFinite(value)) continue;
    const found = text.endsWith("%") ? { unit: "%", end: figEnd } : unitAfter(sentence, figEnd, isUnit);
    let cStart = clauseStart(sentence, start, floor);
    // "员工总数：6,218人": a label, a colon, then the figure: the label is the clause before the colon.
    if (cStart > floor && isColon(sentence.charCodeAt(cStart - 1)) && sentence.slice(cStart, start).trim() === "") cStart = clauseStart(sentence, cStart - 1, floor);
    const clause = sentence.slice(cStart, start);
    floor = found.end;
    if (APPROX_AFTER.test(sentence.slice(found.end, found.end + 2)) || APPROX_AFTER.test(sentence.slice(figEnd, figEnd + 2))) continue;
    let label = clause.replace(YEAR_CONTEXT, "").replace(TRAILING_COLON, "").trim();
    const change = CHANGE_WORDS.test(label);
    if (APPROX_END.test(label) || (change && !REDUCTION_ONLY.test(label))) continue;
    let withMeasure = label;
    for (let k = 0; k < 3 && LINK_VERB_END.test(withMeasure); k++) withMeasure = withMeasure.replace(LINK_VERB_END, "");
    for (let k = 0; k < 3 && LINK_END.test(label); k++) label = label.replace(LINK_END, "");
    if (APPROX_END.test(label)) continue;
    label = label.replace(LEAD_WORDS, "");
    withMeasure = withMeasure.replace(LEAD_WORDS, "");
    const labels: string[] = [];
    // "9名董事组成": the counted noun follows the counter.
    if (found.unit && COUNTER.test(found.unit)) {
      let nounEnd = found.end;
      while (nounEnd < sentence.length && nounEnd - found.end < MAX_NOUN_CHARS && CJK.test(sentence[nounEnd] as string)) nounEnd++;
      for (let e = nounEnd; e >= found.end + 2; e--) labels.push(sentence.slice(found.end, e));
    }
    if (withMeasure && withMeasure !== label) labels.push(withMeasure);
    if (label) {
      labels.push(label);
      // "合作伙伴共计426家": a count of the things the label names.
      if (found.unit && COUNTER.test(found.unit)) for (const s of COUNT_SUFFIXES) labels.push(label + s);
      // "…光伏电站，…，发电量318万千瓦时": a bare measure borrows the topic of an earlier clause, tried last.
      if (BARE_MEASURE.test(label) && cStart > 0 && CLAUSE_MARKS.includes(sentence[cStart - 1] as string)) {
        const topic = topicBefore(sentence, cStart);
        if (topic) labels.push(topic + label);
      }
    }
    // "（2023年：41宗）": no label of its own, but the prose stage reads it as the previous figure's metric.
    if (labels.length === 0 && !BRACKET_YEAR_BEFORE.test(sentence.slice(Math.max(0, start - 10), start))) continue;
    const figure: ChineseFigure = { start, end: found.end, value, text, unit: found.unit === "%" ? "%" : found.unit, after: "", follow: "", labels, clause };
    if (change) figure.change = true;
    out.push(figure);
  }
  return out;
}
