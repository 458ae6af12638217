import { EXCLUSION_GROUPS, LABEL_LEXICON, type LexiconEntry } from "./lexicon";
import { normalizeLabel } from "./normalize-label";

/** A metric a label may name. `specificity` ranks candidates; `score` (0..1) says how much of the label the pattern covers. */
export interface LabelMatch {
  metricId: string;
  /** 0..1: share of the normalized label covered by the matched pattern, lifted so that any match is ≥ 0.5. */
  score: number;
  /** The lexicon pattern that matched, as written in the lexicon. */
  pattern: string;
  /** Literal length of the pattern (Chinese characters count triple): the ranking key. */
  specificity: number;
}

/** A compiled phrase: its regex, plus the literal text every match of that regex contains. */
interface CompiledPhrase {
  regex: RegExp;
  /**
   * Normalized tokens that the regex holds literally (plural endings and gaps only add to them), so a
   * label lacking any of them cannot match: a substring check settles most patterns without running
   * (or lazily compiling) their regex. Empty for raw "re:" patterns.
   */
  literals: string[];
  /**
   * Set for a plain run of English words ("total water consumption": no "*" gap, no Chinese, no "re:"):
   * those words, matched by `wordsMatchLength` with indexOf instead of the regex, so the regex is never
   * compiled. `plural[k]`: word k also matches with "s"/"es" appended, as in `tokenRegex`.
   */
  words?: { tokens: string[]; plural: boolean[] };
}

interface CompiledPattern extends CompiledPhrase {
  source: string;
  specificity: number;
  /** A word the normalized label must contain for this pattern to match (prefilter); null: always try. */
  anchor: string | null;
}

interface CompiledEntry {
  metric: string;
  patterns: CompiledPattern[];
  exclusions: CompiledPhrase[];
}

const CJK = /[\u3400-\u9fff]/;
const CJK_ALL = /[\u3400-\u9fff]/g;
const ASCII_WORD = /^[a-z0-9%]+$/;
const WORD_CHAR = /^[a-z0-9]$/;
/** Gap for "*": up to three words, or up to six Chinese characters. */
const WORD_GAP = "(?: \\S+){0,3}? ";
const CJK_GAP = "[^\\s]{0,6}?";
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(text: string): string {
  return text.replace(ESCAPE, "\\$&");
}

/** One normalized token → regex: English words also match their plural; a trailing "*" matches any word ending. */
function tokenRegex(token: string, prefix: boolean): string {
  if (CJK.test(token)) return escapeRegex(token);
  const body = escapeRegex(token);
  if (prefix) return `${body}[a-z0-9]*`;
  return /[a-z]$/.test(token) && token.length >= 3 ? `${body}(?:s|es)?` : body;
}

/** Compiles one lexicon phrase ("total * emission", "温室气体排放", "re:...") into an anchored-by-boundaries regex. */
function compilePhrase(phrase: string): CompiledPhrase & { specificity: number; anchor: string | null } {
  if (phrase.startsWith("re:")) {
    const source = phrase.slice(3);
    const literal = source.replace(/\\[a-z]|[^a-z\u3400-\u9fff ]/gi, "");
    return { regex: new RegExp(source), literals: [], specificity: specificityOf(literal), anchor: null };
  }
  const prefix = phrase.endsWith("*") && !phrase.endsWith(" *");
  const parts = (prefix ? phrase.slice(0, -1) : phrase).split(/\s*\*\s*/);
  const pieces: string[] = [];
  const literals: string[] = [];
  let literal = "";
  parts.forEach((part, i) => {
    const normalized = normalizeLabel(part);
    literal += normalized;
    const tokens = normalized.split(" ").filter(Boolean);
    literals.push(...tokens);
    const isLast = i === parts.length - 1;
    const body = tokens.map((t, j) => tokenRegex(t, prefix && isLast && j === tokens.length - 1)).join(" ");
    pieces.push(body);
    if (!isLast) {
      const cjkGap = CJK.test(normalized) || CJK.test(parts[i + 1] ?? "");
      pieces.push(cjkGap ? CJK_GAP : WORD_GAP);
    }
  });
  const first = literal[0] ?? "";
  const last = literal[literal.length - 1] ?? "";
  // Normalized labels hold only [a-z0-9%], CJK and spaces, so \b is exactly "not next to a letter or digit"
  // and lets the regex engine scan for the literal quickly.
  const lead = WORD_CHAR.test(first) ? "\\b" : ASCII_WORD.test(first) ? "(?<![a-z0-9])" : "";
  const trail = prefix ? "" : WORD_CHAR.test(last) ? "\\b" : ASCII_WORD.test(last) ? "(?![a-z0-9])" : "";
  const joined = pieces.join("");
  const compiled: ReturnType<typeof compilePhrase> = { regex: new RegExp(lead + joined + trail), literals, specificity: specificityOf(literal), anchor: anchorOf(parts.map(normalizeLabel).join(" "), prefix) };
  if (!prefix && parts.length === 1 && literals.length > 0 && literals.every((t) => PLAIN_WORD.test(t))) {
    compiled.words = { tokens: literals, plural: literals.map((t) => /[a-z]$/.test(t) && t.length >= 3) };
  }
  return compiled;
}

const PLAIN_WORD = /^[a-z0-9]+$/;

/** A regex word character (what \b looks at): [A-Za-z0-9_]. */
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * What the phrase's regex `\bw1(?:s|es)? w2(?:s|es)?\b` matches, without the regex: the length of the
 * leftmost match, or -1. At each start the match is forced (after a plural "s"/"es" the next character
 * must be a space or a non-word character, which "s"/"e" are not), so no backtracking is needed.
 */
function wordsMatchLength(words: NonNullable<CompiledPhrase["words"]>, text: string): number {
  const { tokens, plural } = words;
  for (let start = text.indexOf(tokens[0]!); start >= 0; start = text.indexOf(tokens[0]!, start + 1)) {
    if (start > 0 && isWordCharAt(text, start - 1)) continue;
    let end = start;
    let k = 0;
    for (; k < tokens.length; k++) {
      if (k > 0) {
        if (text.charCodeAt(end) !== 32) break;
        end++;
      }
      const token = tokens[k]!;
      if (!text.startsWith(token, end)) break;
      end += token.length;
      if (plural[k]) {
        if (text.startsWith("s", end)) end += 1;
        else if (text.startsWith("es", end)) end += 2;
      }
    }
    if (k === tokens.length && (end === text.length || !isWordCharAt(text, end))) return end - start;
  }
  return -1;
}

/**
 * The prefilter key of a phrase: its longest English word (exact, as written), or, for Chinese, its
 * first character. A label can only match the phrase if it contains that word (or character).
 */
function anchorOf(normalized: string, prefix: boolean): string | null {
  const words = normalized.split(" ").filter((w) => w && !CJK.test(w));
  if (prefix) words.pop();
  if (words.length > 0) return words.reduce((a, b) => (b.length > a.length ? b : a));
  const cjk = normalized.match(CJK);
  return cjk ? cjk[0] : null;
}

/** Chinese characters carry more meaning per character than English letters. */
function specificityOf(literal: string): number {
  const cjk = (literal.match(CJK_ALL) ?? []).length;
  const other = literal.replace(CJK_ALL, "").replace(/\s+/g, " ").trim().length;
  return other + cjk * 3;
}

function expandExclusions(exclude: readonly string[] = []): string[] {
  return exclude.flatMap((e) => {
    if (!e.startsWith("@")) return [e];
    const group = EXCLUSION_GROUPS[e.slice(1)];
    if (!group) throw new Error(`Lexicon: unknown exclusion group ${e}`);
    return [...group];
  });
}

/**
 * Exclusion groups repeat the same phrases across entries (7,373 exclusions, 552 distinct): each
 * distinct phrase is compiled once and its regex shared, so V8 compiles it once on first use instead
 * of once per entry. The regexes have no g/y flag, so sharing them carries no lastIndex state.
 */
const compiledPhrases = new Map<string, ReturnType<typeof compilePhrase>>();
function compilePhraseOnce(phrase: string): ReturnType<typeof compilePhrase> {
  let compiled = compiledPhrases.get(phrase);
  if (!compiled) {
    compiled = compilePhrase(phrase);
    compiledPhrases.set(phrase, compiled);
  }
  return compiled;
}

function compileEntry(entry: LexiconEntry): CompiledEntry {
  return {
    metric: entry.metric,
    patterns: entry.patterns.map((p) => ({ source: p, ...compilePhraseOnce(p) })),
    exclusions: expandExclusions(entry.exclude).map((e) => {
      const { regex, literals, words } = compilePhraseOnce(e);
      return { regex, literals, words };
    }),
  };
}

/** True when `normalized` contains every literal of the phrase (necessary for a regex match). */
function hasLiterals(phrase: CompiledPhrase, normalized: string): boolean {
  for (const literal of phrase.literals) if (!normalized.includes(literal)) return false;
  return true;
}

/** Length of the phrase's leftmost match in `normalized`, or -1: the cheap literal check first, then the word matcher or the regex. */
function phraseMatch(phrase: CompiledPhrase, normalized: string): number {
  if (!hasLiterals(phrase, normalized)) return -1;
  if (phrase.words) return wordsMatchLength(phrase.words, normalized);
  const m = phrase.regex.exec(normalized);
  return m ? m[0].length : -1;
}

/** Compiled once at module load: the matcher never builds a regex per call. */
const COMPILED: readonly CompiledEntry[] = LABEL_LEXICON.map(compileEntry);

/** A pattern located in the compiled lexicon. */
interface PatternRef {
  entry: number;
  pattern: CompiledPattern;
}

/**
 * anchor → the patterns needing it, so a label only runs the regexes of patterns whose anchor word
 * (or Chinese character) it contains. Anchor-less patterns ("re:") are always tried.
 */
const PATTERNS_BY_ANCHOR = new Map<string, PatternRef[]>();
const ALWAYS_TRY: PatternRef[] = [];
COMPILED.forEach((entry, index) => {
  for (const pattern of entry.patterns) {
    const ref = { entry: index, pattern };
    if (pattern.anchor === null) ALWAYS_TRY.push(ref);
    else PATTERNS_BY_ANCHOR.set(pattern.anchor, [...(PATTERNS_BY_ANCHOR.get(pattern.anchor) ?? []), ref]);
  }
});

/** Patterns worth running, grouped by entry, most specific first within each entry. */
function patternsToTry(normalized: string): Map<number, CompiledPattern[]> {
  const seen = new Set<string>();
  const byEntry = new Map<number, CompiledPattern[]>();
  const addRefs = (refs: readonly PatternRef[] | undefined) => {
    if (!refs) return;
    for (const ref of refs) {
      const list = byEntry.get(ref.entry);
      if (list) list.push(ref.pattern);
      else byEntry.set(ref.entry, [ref.pattern]);
    }
  };
  const add = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    addRefs(PATTERNS_BY_ANCHOR.get(key));
  };
  addRefs(ALWAYS_TRY);
  for (const word of normalized.split(" ")) {
    if (CJK.test(word)) {
      for (const ch of word) if (CJK.test(ch)) add(ch);
      continue;
    }
    add(word);
    if (word.endsWith("s")) add(word.slice(0, -1));
    if (word.endsWith("es")) add(word.slice(0, -2));
  }
  for (const list of byEntry.values()) list.sort((a, b) => b.specificity - a.specificity);
  return byEntry;
}

const LEXICON_ORDER: ReadonlyMap<string, number> = new Map(COMPILED.map((e, i) => [e.metric, i]));

/** Labels repeat across rows and reports ("Male", "Total", "Number of employees"); a bounded memo saves the work. */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, readonly LabelMatch[]>();

function computeCandidates(normalized: string): LabelMatch[] {
  if (normalized === "") return [];
  const out: LabelMatch[] = [];
  for (const [index, patterns] of patternsToTry(normalized)) {
    const entry = COMPILED[index]!;
    let best: { pattern: CompiledPattern; length: number } | null = null;
    for (const pattern of patterns) {
      const length = phraseMatch(pattern, normalized);
      if (length >= 0) {
        best = { pattern, length };
        break; // patterns are sorted by specificity: the first hit is the entry's best
      }
    }
    if (!best) continue;
    if (entry.exclusions.some((x) => phraseMatch(x, normalized) >= 0)) continue;
    const coverage = Math.min(1, best.length / normalized.length);
    out.push({
      metricId: entry.metric,
      score: Math.round((0.5 + 0.5 * coverage) * 1000) / 1000,
      pattern: best.pattern.source,
      specificity: best.pattern.specificity,
    });
  }
  // Ties: higher coverage, then catalogue (lexicon) order.
  out.sort((a, b) => b.specificity - a.specificity || b.score - a.score || LEXICON_ORDER.get(a.metricId)! - LEXICON_ORDER.get(b.metricId)!);
  return out;
}

/**
 * The same printed label comes back on every repeated row and prose phrase; normalizing it costs more
 * than the lookup, so a second memo keyed on the label as printed skips `normalizeLabel` too.
 */
const printedMemo = new Map<string, readonly LabelMatch[]>();

/** A normalized label's CJK runs (with the digits that follow them: "范围1") and its Latin words, as two labels. */
const SCRIPT_RUN = /[\u3400-\u9fff][\u3400-\u9fff0-9]*|[a-z0-9%]+/g;
const LATIN_LETTER = /[a-z]/;

export function splitScripts(normalized: string): { cjk: string; latin: string } {
  const cjk: string[] = [];
  const latin: string[] = [];
  let last = latin;
  for (const run of normalized.match(SCRIPT_RUN) ?? []) {
    if (CJK.test(run)) last = cjk;
    else if (LATIN_LETTER.test(run)) last = latin;
    last.push(run); // a bare number or "%" stays with the run before it
  }
  return { cjk: cjk.join(""), latin: latin.join(" ") };
}

/** True when none of the metric's exclusions (the lexicon's vetoes) fires on `text`. */
function notVetoed(metricId: string, text: string): boolean {
  const entry = COMPILED[LEXICON_ORDER.get(metricId)!]!;
  return !entry.exclusions.some((x) => phraseMatch(x, text) >= 0);
}

/** A half's match rescored on the whole label: `covered` characters of `length`. */
function rescored(match: LabelMatch, covered: number, length: number): LabelMatch {
  return { ...match, score: Math.round((0.5 + 0.5 * Math.min(1, covered / length)) * 1000) / 1000 };
}

/** Characters of a half the match covered (inverse of the score formula in computeCandidates). */
const coveredOf = (match: LabelMatch, half: string): number => (match.score - 0.5) * 2 * half.length;

/**
 * A bilingual cell ("投訴 Complaints received", "温室气体排放总量 Total GHG emissions") that matched
 * nothing as a whole: its Chinese and English halves are matched on their own (each through the memo).
 * - Both halves match: accepted only when they name the same metric (the candidates both lists share).
 *   Halves that disagree ("员工总数 Turnover rate") give no match: the cell is either two labels
 *   run together or a mistranslation, and nothing in it says which half the figure belongs to; a
 *   missed figure is reported as missing, a wrong metric would be a silent error in the workbook.
 * - One half matches and the other matches nothing: accepted when the other half holds no word that
 *   changes the metric's meaning, which the lexicon already says per metric as its exclusions
 *   ("女性 Total employees" is vetoed by employees_total's gender words; "投訴", "合计" are not).
 * Runs only for labels with both scripts whose whole failed; the result is memoized with the whole.
 */
function bilingualCandidates(normalized: string): LabelMatch[] {
  const { cjk, latin } = splitScripts(normalized);
  if (cjk === "" || !LATIN_LETTER.test(latin)) return [];
  const zh = candidatesOfNormalized(cjk);
  const en = candidatesOfNormalized(latin);
  const length = normalized.length;
  if (zh.length > 0 && en.length > 0) {
    if (zh[0]!.metricId !== en[0]!.metricId) return [];
    const enById = new Map(en.map((m) => [m.metricId, m]));
    return zh
      .filter((m) => enById.has(m.metricId))
      .map((m) => rescored(m, coveredOf(m, cjk) + coveredOf(enById.get(m.metricId)!, latin), length));
  }
  const [matched, half, other] = zh.length > 0 ? [zh, cjk, latin] : [en, latin, cjk];
  return matched.filter((m) => notVetoed(m.metricId, other)).map((m) => rescored(m, coveredOf(m, half), length));
}

function candidatesOfNormalized(normalized: string): readonly LabelMatch[] {
  const cached = memo.get(normalized);
  if (cached) return cached;
  let result = computeCandidates(normalized);
  // Only a label whose whole failed and that holds both scripts pays for the halves.
  if (result.length === 0 && CJK.test(normalized) && LATIN_LETTER.test(normalized)) result = bilingualCandidates(normalized);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(normalized, result);
  return result;
}

/** Every metric the label may name, best first (empty when none). */
export function matchMetricCandidates(label: string): readonly LabelMatch[] {
  const cached = printedMemo.get(label);
  if (cached) return cached;
  const result = candidatesOfNormalized(normalizeLabel(label));
  if (printedMemo.size >= MEMO_LIMIT) printedMemo.clear();
  printedMemo.set(label, result);
  return result;
}

/**
 * The metric a table-row label or prose phrase names, or null. Pure: the label alone decides (a bare
 * "Male" under "By gender" is null; callers that know the parent header can match "header + label").
 */
export function matchMetricLabel(label: string): LabelMatch | null {
  return matchMetricCandidates(label)[0] ?? null;
}
