/**
 * Company detection: the legal name the report uses most (English "… Co., Ltd." style and Chinese
 * "…有限公司"), the short name it defines ("hereinafter referred to as …"), and the stock code.
 * One pass over the lines; each line is searched for fixed anchors only, so cost is linear.
 */
import type { TextLine } from "../lines/normalize";
import type { CompanyInfo } from "../records/types";

/** Legal-form endings that close an English company name. */
const LEGAL_SUFFIX = /\b(?:Co\.\s?,?\s?Ltd\b\.?|Company\s+Limited\b|Corporation\s+Limited\b|Holdings?\s+Limited\b|Group\s+Limited\b|Co\.\s?,?\s?Limited\b|Inc\.|Corporation\b|Limited\b|PLC\b|S\.A\.|AG\b|GmbH\b)/gi;
/**
 * Every LEGAL_SUFFIX match contains one of these whole literals, and no literal holds a space, so a
 * match can only exist where the line or its predecessor contains one. Most lines contain none: the
 * expensive suffix scan is skipped for them.
 */
const LEGAL_SUFFIX_LITERAL = /co\.|limited|inc\.|corporation|plc|s\.a\.|\bag\b|gmbh/i;
/** Words of a name: Capitalised words, "&", bracketed place names "(China)". */
const NAME_WORD = /^(?:[A-Z0-9][\w'&.-]*|&|\([A-Z][\w ]*\)|of|and|de)$/;
const NOT_NAME_START = /^(?:The|This|That|By|Regarding|Of|And|In|At|For|To|From|With|As|On|Our|Its|About|All|Each|Both|Between|Under|Report|Page|Dear|Copyright)$/;
const MAX_NAME_WORDS = 9;
const ZH_NAME = /([\u4e00-\u9fff（）()]{2,24}?(?:股份有限公司|集团有限公司|集團有限公司|有限责任公司|有限責任公司|有限公司|集团|集團)(?!有限|股份))/g;
/** Lines worth the Chinese name scan (Simplified and Traditional legal forms). */
const ZH_NAME_HINT = /公司|集团|集團/;
/**
 * LEGAL_SUFFIX_LITERAL or ZH_NAME_HINT in one scan: fewer than 2% of lines hold either, so most lines
 * cost one regex call instead of two. Tabs and spaces are both non-word characters, so the test gives
 * the same answer on the line as printed as on its tab-free form.
 */
const NAME_HINT = /co\.|limited|inc\.|corporation|plc|s\.a\.|\bag\b|gmbh|公司|集团|集團/i;
/** A name ending only in 集团 ("浙江蓝海科技集团") is weaker evidence than a legal form ending in 有限公司. */
const ZH_GROUP_ONLY = /(?:集团|集團)$/;
/**
 * Sentence openers, verbs and particles that precede a name in running text ("本报告是…", "本公司为…",
 * "由…编制", "我们…", "…及…"): the name starts after the last one. Names keep at least
 * MIN_ZH_NAME_HEAD characters before the legal form, so a name holding such a character ("新和成") stays whole.
 */
const ZH_NAME_OPENER = /本报告|本報告|本公司|本集团|本集團|我们|我們|以及|是|为|為|由|及|和|与|與|对|對|于|於|在|将|將|向|经|經|系|即|指|的|了|被|从|從|至|属|屬/g;
const ZH_LEGAL_FORM = /(?:股份有限公司|集团有限公司|集團有限公司|有限责任公司|有限責任公司|有限公司|集团|集團)$/;
const MIN_ZH_NAME_HEAD = 2;
/** Most Chinese legal names open with a place: the cut that leaves one is the name ("我们深圳安和…" keeps "深圳安和…"). */
const ZH_PLACE_START = /^(?:中国|中國|北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|台湾|台灣|臺灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門|深圳|广州|廣州|杭州|南京|苏州|蘇州|无锡|無錫|宁波|寧波|厦门|廈門|青岛|青島|大连|大連|成都|武汉|武漢|西安|长沙|長沙|郑州|鄭州|合肥|济南|濟南|沈阳|瀋陽|哈尔滨|長春|长春|昆明|福州|南昌|石家庄|太原|珠海|佛山|东莞|東莞|中山|常州|温州|溫州|绍兴|紹興|嘉兴|嘉興|湖州|台州|烟台|煙台|潍坊|濰坊|唐山|包头|包頭)/;
/** "X Holdings Limited (the “Company”)", "X Limited (“Greenleaf” or the “Company”)": the reporter defining itself. */
const DEFINES_COMPANY = /^\s*[(（]\s*(?:["“'‘]([^"”'’]{2,40})["”'’]\s*(?:or|,)\s*)?(?:the\s+)?["“'‘](?:Company|Group|Bank|Issuer)["”'’]/i;
const SHORT_NAME = /(?:hereinafter\s+(?:referred\s+to\s+)?as|referred\s+to\s+as|abbreviated\s+as|hereinafter\s+called)\s*["'“‘]([^"'”’]{2,40})["'”’]/i;
const ZH_SHORT_NAME = /以下简称\s*[“"「]([^”"」]{2,20})[”"」]/;
const STOCK_CODE = /(?:stock\s+code|stock\s+ticker|securities\s+code|股票代码|证券代码)\s*[:：]?\s*\(?\s*((?:\d{6}|\d{4,5})(?:\.(?:SH|SZ|HK|BJ))?)/i;
const STOCK_CODE_NEXT_LINE = /^(?:stock\s+code|股票代码|证券代码)\s*[:：]?$/i;
const CODE_ONLY = /^\s*(\d{6}|\d{4,5}\.HK)\s*$/;
/** Names seen in the first lines (cover, "about this report") weigh more: they name the reporter. */
const EARLY_LINES = 120;
/**
 * Only the first 2 million characters are read for names: more than the whole text of any single
 * report (a 300-page PDF is well under it), and the reporter names itself on its first pages. Past it
 * (a bundle of reports, a huge appendix) the scan would only cost time: it is the slowest per-line test.
 */
const NAME_SCAN_CHARS = 2_000_000;

interface NameTally {
  name: string;
  /** Short name defined right after this legal name ("(hereinafter referred to as “JL MAG”)"). */
  short?: string;
  count: number;
  score: number;
  first: number;
}

function nameBefore(text: string, end: number): string | null {
  const words = text.slice(Math.max(0, end - 160), end).trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_NAME_WORDS; i--) {
    const w = words[i].replace(/^["'“‘]+(?=[A-Z])/, "");
    if (!NAME_WORD.test(w)) break;
    kept.unshift(w);
  }
  while (kept.length && (NOT_NAME_START.test(kept[0]) || /^(?:of|and|de|&)$/.test(kept[0]) || /^\(/.test(kept[0]))) kept.shift();
  if (kept.length === 0) return null;
  return kept.join(" ");
}

function tally(map: Map<string, NameTally>, name: string, weight: number, index: number, short?: string): void {
  const key = name.toLowerCase().replace(/\s+/g, " ");
  let t = map.get(key);
  if (t) {
    t.count++;
    t.score += weight;
  } else {
    t = { name, count: 1, score: weight, first: index };
    map.set(key, t);
  }
  if (short && !t.short && !GENERIC_SHORT.test(short)) t.short = short;
}

const GENERIC_SHORT = /^(?:the\s+)?(?:company|group|we|us|our|report|this report|本公司|公司|我们|本集团|集团|本报告)$/i;

function best(map: Map<string, NameTally>): NameTally | null {
  const all = [...map.values()];
  // A longer spelling that ends with a shorter one ("Regarding X Co., Ltd." / "X Co., Ltd.") counts for the shorter.
  // Only a one-word difference counts: a longer legal name is a different company.
  for (const a of all) {
    for (const b of all) {
      if (a === b || !b.name.toLowerCase().endsWith(" " + a.name.toLowerCase())) continue;
      if (b.name.slice(0, b.name.length - a.name.length).trim().split(" ").length === 1) a.score += b.score;
    }
  }
  all.sort((a, b) => b.score - a.score || a.first - b.first);
  return all[0] ?? null;
}

/** Tallies the English legal names that end in `text` (searched in `prev` + `text`, so a name broken across lines is seen). */
function tallyEnglishNames(english: Map<string, NameTally>, prev: string, text: string, weight: number, index: number): void {
  const joined = prev ? `${prev} ${text}` : text;
  const offset = prev ? prev.length + 1 : 0;
  LEGAL_SUFFIX.lastIndex = 0;
  for (const m of joined.matchAll(LEGAL_SUFFIX)) {
    const endOfSuffix = (m.index ?? 0) + m[0].length;
    if (endOfSuffix <= offset) continue; // already counted with the previous line
    const head = nameBefore(joined, m.index ?? 0);
    if (!head) continue;
    const suffix = m[0].replace(/\s+/g, " ");
    const name = `${head} ${suffix}`.replace(/\s+,/g, ",");
    const after = joined.slice(endOfSuffix, endOfSuffix + 80);
    const defined = SHORT_NAME.exec(after);
    const self = defined ? null : DEFINES_COMPANY.exec(after);
    tally(english, name, weight + (defined || self ? 5 : 0), index, defined?.[1].trim() ?? self?.[1]?.trim());
  }
}

/** "本报告是安徽X股份有限公司" → "安徽X股份有限公司": the shortest plausible name after the last opener; null when too short. */
function zhNameAfterOpeners(run: string): string | null {
  const form = ZH_LEGAL_FORM.exec(run);
  if (!form) return null;
  const headEnd = run.length - form[0].length;
  let start = 0;
  let place = ZH_PLACE_START.test(run) ? 0 : -1;
  for (const m of run.matchAll(ZH_NAME_OPENER)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (cut > headEnd) break;
    if (headEnd - cut < MIN_ZH_NAME_HEAD) continue;
    start = cut;
    if (ZH_PLACE_START.test(run.slice(cut))) place = cut;
  }
  if (place >= 0) return run.slice(place);
  // A bare 集团 without a place is a description ("领先的制造集团"), not a name.
  if (ZH_GROUP_ONLY.test(run)) return null;
  return headEnd - start >= MIN_ZH_NAME_HEAD ? run.slice(start) : null;
}

/** Table rows keep TAB between cells; names are searched with spaces there. */
function withoutTabs(text: string): string {
  return text.includes("\t") ? text.replace(/\t/g, " ") : text;
}

export function detectCompany(lines: readonly TextLine[]): CompanyInfo {
  const detector = new CompanyDetector();
  for (let i = 0; i < lines.length && detector.reading; i++) detector.push(lines[i], i);
  return detector.result();
}

/** detectCompany one line at a time (the engine reads each line once, as it is normalized). */
export class CompanyDetector {
  private readonly english = new Map<string, NameTally>();
  private readonly chinese = new Map<string, NameTally>();
  private stockCode: string | undefined;
  /** Previous non-empty line as printed (tabs kept). */
  private prev = "";
  private prevHasSuffix = false;
  private scanned = 0;

  /** False once the name-scan bound is passed: later lines are not read. */
  get reading(): boolean {
    return this.scanned < NAME_SCAN_CHARS;
  }

  /**
   * Names are searched in the line joined to its predecessor, so a name broken across lines is still
   * seen. Only lines that pass NAME_HINT (or follow one holding a legal suffix) are searched, in their
   * tab-free form. `i` is the line's index among the normalized lines.
   */
  push(line: TextLine, i: number): void {
    const raw = line.text;
    if (raw === "" || !this.reading) return;
    this.scanned += raw.length;
    const weight = i < EARLY_LINES ? 3 : 1;
    const hinted = NAME_HINT.test(raw);
    const hasSuffix = hinted && LEGAL_SUFFIX_LITERAL.test(raw);
    if (hasSuffix || this.prevHasSuffix) tallyEnglishNames(this.english, withoutTabs(this.prev), withoutTabs(raw), weight, i);
    if (hinted && ZH_NAME_HINT.test(raw)) {
      const text = withoutTabs(raw);
      for (const m of text.matchAll(ZH_NAME)) {
        const name = zhNameAfterOpeners(m[1]);
        if (!name) continue;
        const defined = ZH_SHORT_NAME.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30));
        const w = ZH_GROUP_ONLY.test(name) ? Math.max(1, weight - 2) : weight;
        tally(this.chinese, name, w + (defined ? 5 : 0), i, defined?.[1].trim());
      }
    }
    // The stock-code patterns treat a tab like a space (\s, trim), so they read the line as printed.
    if (!this.stockCode) {
      const c = STOCK_CODE.exec(raw);
      if (c) this.stockCode = c[1];
      else if (STOCK_CODE_NEXT_LINE.test(this.prev.trim()) && CODE_ONLY.test(raw)) this.stockCode = raw.trim();
    }
    this.prev = raw;
    this.prevHasSuffix = hasSuffix;
  }

  result(): CompanyInfo {
    const aliases = new Set<string>();
    const en = best(this.english);
    const zh = best(this.chinese);
    const name = en ? en.name : (zh?.name ?? null);
    const shortName = en?.short ?? zh?.short;
    if (en) aliases.add(en.name);
    if (zh) aliases.add(zh.name);
    if (shortName) aliases.add(shortName);
    if (zh?.short) aliases.add(zh.short);
    const info: CompanyInfo = { name, aliases: [...aliases] };
    if (shortName) info.shortName = shortName;
    if (zh) info.chineseName = zh.name;
    if (this.stockCode) info.stockCode = this.stockCode;
    return info;
  }
}
