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
const ZH_NAME = /([\u4e00-\u9fff（）()]{2,24}?(?:股份有限公司|集团有限公司|有限责任公司|有限公司))/g;
const SHORT_NAME = /(?:hereinafter\s+(?:referred\s+to\s+)?as|referred\s+to\s+as|abbreviated\s+as|hereinafter\s+called)\s*["'“‘]([^"'”’]{2,40})["'”’]/i;
const ZH_SHORT_NAME = /以下简称\s*[“"「]([^”"」]{2,20})[”"」]/;
const STOCK_CODE = /(?:stock\s+code|stock\s+ticker|securities\s+code|股票代码|证券代码)\s*[:：]?\s*\(?\s*((?:\d{6}|\d{4,5})(?:\.(?:SH|SZ|HK|BJ))?)/i;
const STOCK_CODE_NEXT_LINE = /^(?:stock\s+code|股票代码|证券代码)\s*[:：]?$/i;
const CODE_ONLY = /^\s*(\d{6}|\d{4,5}\.HK)\s*$/;
/** Names seen in the first lines (cover, "about this report") weigh more: they name the reporter. */
const EARLY_LINES = 120;

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
    const defined = SHORT_NAME.exec(joined.slice(endOfSuffix, endOfSuffix + 80));
    tally(english, name, weight + (defined ? 5 : 0), index, defined?.[1].trim());
  }
}

export function detectCompany(lines: readonly TextLine[]): CompanyInfo {
  const english = new Map<string, NameTally>();
  const chinese = new Map<string, NameTally>();
  const aliases = new Set<string>();
  let stockCode: string | undefined;
  let prev = "";
  let prevHasSuffix = false;
  // Names are searched in the line joined to its predecessor, so a name broken across lines is still seen.
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    const text = raw.includes("\t") ? raw.replace(/\t/g, " ") : raw;
    if (text === "") continue;
    const weight = i < EARLY_LINES ? 3 : 1;
    const hasSuffix = LEGAL_SUFFIX_LITERAL.test(text);
    if (hasSuffix || prevHasSuffix) tallyEnglishNames(english, prev, text, weight, i);
    if (text.includes("公司")) {
      for (const m of text.matchAll(ZH_NAME)) {
        const defined = ZH_SHORT_NAME.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30));
        tally(chinese, m[1], weight + (defined ? 5 : 0), i, defined?.[1].trim());
      }
    }
    if (!stockCode) {
      const c = STOCK_CODE.exec(text);
      if (c) stockCode = c[1];
      else if (STOCK_CODE_NEXT_LINE.test(prev.trim()) && CODE_ONLY.test(text)) stockCode = text.trim();
    }
    prev = text;
    prevHasSuffix = hasSuffix;
  }
  const en = best(english);
  const zh = best(chinese);
  const name = en ? en.name : (zh?.name ?? null);
  const shortName = en?.short ?? zh?.short;
  if (en) aliases.add(en.name);
  if (zh) aliases.add(zh.name);
  if (shortName) aliases.add(shortName);
  if (zh?.short) aliases.add(zh.short);
  const info: CompanyInfo = { name, aliases: [...aliases] };
  if (shortName) info.shortName = shortName;
  if (zh) info.chineseName = zh.name;
  if (stockCode) info.stockCode = stockCode;
  return info;
}
