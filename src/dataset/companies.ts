/**
 * Company look-up: legal name, short name, Chinese name, stock code or any alias, case and
 * punctuation insensitive. Exact keys first; then a unique partial match on whole words
 * ("Jinpan" → "Hainan Jinpan Smart Technology Co., Ltd.") or on Chinese characters ("金盘").
 */
import { closestLabels, containsHan, nameTokens, normalizeKey } from "./text";
import type { DatasetCompany } from "./types";

/** Legal-form words that end a name ("Co., Ltd."): "JL MAG Rare-Earth" names the same company. */
const SUFFIX_WORDS = new Set(["co", "company", "corp", "corporation", "ltd", "limited", "inc", "incorporated", "plc", "llc", "sa", "ag"]);
/** Words that say what kind of entity a company is, not which one: never enough on their own. */
const LEGAL_WORDS = new Set([...SUFFIX_WORDS, "group", "holdings", "holding", "the"]);
const LEGAL_SUFFIXES_ZH = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

export type CompanyMatch =
  | { ok: true; company: DatasetCompany }
  | { ok: false; reason: "unknown"; suggestions: string[] }
  | { ok: false; reason: "ambiguous"; candidates: string[] };

interface NamedCompany {
  company: DatasetCompany;
  /** Word sequences of each English-ish name, legal words removed. */
  wordings: string[][];
  /** Normalized Chinese names, legal suffixes removed. */
  hanNames: string[];
}

export class CompanyResolver {
  /** Exact keys in three tiers, tried in order: the names as given, without the legal suffix, without any legal word. */
  private readonly exact = [new Map<string, DatasetCompany[]>(), new Map<string, DatasetCompany[]>(), new Map<string, DatasetCompany[]>()];
  private readonly named: NamedCompany[] = [];
  private readonly memo = new Map<string, CompanyMatch>();

  constructor(companies: readonly DatasetCompany[]) {
    for (const company of companies) {
      const names = [company.name, ...company.aliases, ...(company.stockCode ? stockCodeKeys(company.stockCode) : [])];
      const named: NamedCompany = { company, wordings: [], hanNames: [] };
      for (const name of names) {
        this.addExact(0, normalizeKey(name), company);
        this.addExact(1, normalizeKey(stripLegalSuffix(name)), company);
        this.addExact(2, normalizeKey(stripLegalWords(name)), company);
        if (containsHan(name)) named.hanNames.push(normalizeKey(stripChineseSuffix(name)));
        else named.wordings.push(nameTokens(name).filter((token) => !LEGAL_WORDS.has(token)));
      }
      this.named.push(named);
    }
    this.companies = this.named.map((entry) => entry.company);
  }

  readonly companies: readonly DatasetCompany[];

  resolve(query: string): CompanyMatch {
    let match = this.memo.get(query);
    if (!match) {
      match = this.find(query);
      this.memo.set(query, match);
    }
    return match;
  }

  private find(query: string): CompanyMatch {
    const key = normalizeKey(query);
    if (!key) return { ok: false, reason: "unknown", suggestions: [] };
    const exact = this.exact[0].get(key) ?? this.exact[1].get(key) ?? this.exact[2].get(key) ?? this.exact[2].get(normalizeKey(stripLegalWords(query)));
    if (exact?.length === 1) return { ok: true, company: exact[0] };
    if (exact && exact.length > 1) return { ok: false, reason: "ambiguous", candidates: exact.map((c) => c.name) };
    const partial = this.partialMatches(query);
    if (partial.length === 1) return { ok: true, company: partial[0] };
    if (partial.length > 1) return { ok: false, reason: "ambiguous", candidates: partial.map((c) => c.name) };
    const candidates = this.named.flatMap(({ company }) =>
      // Legal words stripped: every "… Co., Ltd." would otherwise look close to "Co., Ltd.".
      [company.name, ...company.aliases, company.stockCode].map((name) => ({ key: normalizeKey(stripLegalWords(name)), label: company.name })),
    );
    return { ok: false, reason: "unknown", suggestions: closestLabels(query, candidates) };
  }

  private partialMatches(query: string): DatasetCompany[] {
    if (containsHan(query)) {
      const wanted = normalizeKey(stripChineseSuffix(query));
      if (wanted.length < 2) return [];
      return this.named.filter((entry) => entry.hanNames.some((name) => name.includes(wanted))).map((entry) => entry.company);
    }
    const words = nameTokens(query).filter((token) => !LEGAL_WORDS.has(token));
    if (!words.length || words.join("").length < 3) return [];
    return this.named.filter((entry) => entry.wordings.some((wording) => containsRun(wording, words))).map((entry) => entry.company);
  }

  private addExact(tier: number, key: string, company: DatasetCompany): void {
    if (!key) return;
    const list = this.exact[tier].get(key);
    if (!list) this.exact[tier].set(key, [company]);
    else if (!list.includes(company)) list.push(company);
  }
}

/** True when `run` appears in `words` as consecutive words, the last one possibly a prefix ("JL MAG Rare" ⊂ "jl mag rare earth"). */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    let matches = true;
    for (let i = 0; i < run.length && matches; i++) {
      const word = words[start + i];
      matches = i === run.length - 1 ? word.startsWith(run[i]) && run[i].length >= 3 || word === run[i] : word === run[i];
    }
    if (matches) return true;
  }
  return false;
}

function stripLegalSuffix(name: string): string {
  const tokens = nameTokens(name);
  while (tokens.length > 1 && SUFFIX_WORDS.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(" ");
}

function stripLegalWords(name: string): string {
  return nameTokens(name).filter((token) => !LEGAL_WORDS.has(token)).join(" ");
}

function stripChineseSuffix(name: string): string {
  let stripped = name.trim();
  for (const suffix of LEGAL_SUFFIXES_ZH) if (stripped.endsWith(suffix) && stripped.length > suffix.length + 1) stripped = stripped.slice(0, -suffix.length);
  return stripped;
}

/** "688676.SH" also answers to "688676"; "SH688676" too. */
function stockCodeKeys(code: string): string[] {
  const digits = code.match(/\d{4,}/)?.[0];
  return digits && digits !== code ? [code, digits] : [code];
}
