/**
 * Label normalization shared by the lexicon compiler and the matcher, so that patterns and report labels
 * meet in one form: lowercase, single spaces, no footnote markers, codes or broken words, and a few
 * spelling synonyms folded ("greenhouse gas" → "ghg", "范围一" → "范围1", "R&D" → "rnd").
 * Every regex here is built once at module load.
 */

import { toSimplifiedChinese } from "../units/traditional";

/** Superscript digits are footnotes ("Employee turnover rate ²³"); NFKC would make them real digits. */
const SUPERSCRIPT_MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ]+/g;
const CARET_FOOTNOTES = /\^\s*(?:\{[^}]*\}|[0-9a-z*]+)/gi;
const BRACKET_FOOTNOTES = /\[(?:\d{1,2}|[a-z]|note[^\]]*|注[^\]]*)\]|\((?:note\s*\d+|注\s*\d+)\)|（注\s*\d*）/gi;
/** Subscripts printed apart: "NO _x", "CO ₂" (→ "co 2" after NFKC), "SO _2". */
const SPLIT_FORMULAS = /\b(co|no|so|nh|ch|n2|pm)\s*_?\s*(2|x|3|4|10|2\.5)\b/g;
const UNDERSCORES = /_/g;
const MAY_HAVE_SPLIT_FORMULA = /_|(?:co|no|so|nh|ch|n2|pm) /;
/** "emis- sion", "post-\ndoctoral" → joined word. */
const HYPHENATED_BREAK = /([a-z])-\s+([a-z])/g;
/** "propor tion", "manage ment": a suffix that is never a word on its own belongs to the previous word. */
const SPLIT_SUFFIX = /(?<=[a-z]{2}) (?=(?:tions?|sions?|ments?|ities|ity|ances?|ences?|ings?|ures?)\b)/g;
/** Leading KPI / framework codes and row numbers: "A1.2 ", "KPI B1.1", "GRI 305-1:", "13 ", "(2)", "一、". */
const LEADING_CODES = [
  /^\s*(?:hkex\s*)?(?:kpi\s*)?[ab]\s?\d{1,2}(?:\.\d{1,2}){0,2}\b[.:：]?\s*/,
  /^\s*gri\s*\d{1,3}(?:-\d{1,2})?\b[.:：]?\s*/,
  /^\s*[(（]?\d{1,2}[.)、）]\s*/,
  /^\s*\d{1,2}\s+(?!(?:or|and|to|years?|yrs?|below|above|under|over|and)\b)(?=[a-z])/,
  /^\s*[(（]?[一二三四五六七八九十]{1,2}[、)）]\s*/,
];
const TRAILING_MARKERS = /\s*[*#†‡§]+\s*$/;

/** Spelling variants folded to one form. Order matters: multi-word forms first. */
/** Each row: pattern, replacement, and a substring the label must contain for the row to apply (a cheap guard; "" = always). */
const SYNONYMS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bgreen\s*house\s+gas(?:es)?\b/g, "ghg", "green"],
  [/\bghgs\b/g, "ghg", "ghgs"],
  [/\bcarbon dioxide\b/g, "co2", "carbon"],
  [/\bco2\s*e(?:q|quivalent)?\b/g, "co2e", "co"],
  [/\bscope(\d)\b/g, "scope $1", "scope"],
  [/\bscope\s*(?:i|one)\b/g, "scope 1", "scope"],
  [/\bscope\s*(?:ii|two)\b/g, "scope 2", "scope"],
  [/\bscope\s*(?:iii|three)\b/g, "scope 3", "scope"],
  [/范围\s*[一1]/g, "范围1", "范围"],
  [/范围\s*[二2]/g, "范围2", "范围"],
  [/范围\s*[三3]/g, "范围3", "范围"],
  [/\br\s*&\s*d\b|\bresearch\s+and\s+development\b|\br and d\b/g, "rnd", "r"],
  [/研究与开发|研究开发/g, "研发", "研究"],
  [/\bsulphur\b/g, "sulfur", "sulphur"],
  [/\bwaste\s+water\b/g, "wastewater", "waste"],
  [/\bnon\s*-?\s*hazardous\b/g, "non hazardous", "non"],
  [/\bnon\s*-?\s*management\b/g, "non management", "non"],
  [/\bphoto\s*-?\s*voltaic\b/g, "photovoltaic", "photo"],
  [/\bnox\b|\bnitrogen oxides?\b/g, "nox", "ox"],
  [/\bsox\b|\bsulfur oxides?\b/g, "sox", "ox"],
  [/\bvocs?\b/g, "voc", "voc"],
  [/\bpv\b/g, "photovoltaic", "pv"],
  [/\bworkforce\b/g, "employees", "workforce"],
  [/\bstaff\b/g, "employees", "staff"],
  [/\bcolleagues\b/g, "employees", "colleague"],
  [/\bcolleague\b/g, "employee", "colleague"],
  [/\bwomen\b|\bwoman\b/g, "female", "wom"],
  [/\bmen\b|\bman\b/g, "male", ""],
  [/\bhead\s*count\b/g, "headcount", "head"],
  [/\bto\s*tal\b/g, "total", "to"],
  // HKEX Chinese: 雇员 (employee) and 数目 (number) for the mainland 员工 and 数量.
  [/雇员/g, "员工", "雇员"],
  [/数目/g, "数量", "数目"],
];
/** "Scope 1 and Scope 2", "scope 1+2", "scopes 1 & 2" → "scope 1 and 2" (a total, never Scope 1 alone). */
const SCOPE_SUM = /\bscopes?\s*1\s*(?:\+|&|and|,|plus)\s*(?:scope\s*)?2\b/g;
/** "范围一+范围二", "范围1及2", "范围一、范围二" (after folding) → "范围1和范围2": a total, never Scope 1 alone. */
const ZH_SCOPE_SUM = /范围1(?:\s*(?:\+|&|和|及|与|加)\s*|\s+)(?:范围)?[2二](?!\d)/g;
const PUNCTUATION = /[^a-z0-9\u3400-\u9fff%+&]+/g;
const SPACE_NEAR_CJK = /(?<=[\u3400-\u9fff]) +| +(?=[\u3400-\u9fff])/g;
const MULTISPACE = / {2,}/g;

export function normalizeLabel(label: string): string {
  let s = label.replace(SUPERSCRIPT_MARKS, " ").replace(CARET_FOOTNOTES, " ").replace(BRACKET_FOOTNOTES, " ");
  s = s.normalize("NFKC").toLowerCase();
  s = toSimplifiedChinese(s);
  if (MAY_HAVE_SPLIT_FORMULA.test(s)) s = s.replace(UNDERSCORES, " ").replace(SPLIT_FORMULAS, "$1$2");
  s = s.replace(HYPHENATED_BREAK, "$1$2").replace(TRAILING_MARKERS, "");
  for (const code of LEADING_CODES) s = s.replace(code, "");
  s = s.replace(PUNCTUATION, " ").replace(MULTISPACE, " ").trim();
  s = s.replace(SPLIT_SUFFIX, "");
  for (const [from, to, trigger] of SYNONYMS) if (s.includes(trigger)) s = s.replace(from, to);
  if (s.includes("scope")) s = s.replace(SCOPE_SUM, "scope 1 and 2");
  if (s.includes("范围1")) s = s.replace(ZH_SCOPE_SUM, "范围1和范围2");
  s = s.replace(/[+&]/g, " ").replace(SPACE_NEAR_CJK, "").replace(MULTISPACE, " ").trim();
  return s;
}
