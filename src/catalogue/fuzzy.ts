/**
 * Forgiving text search for short names: what a user types for a metric ("watr", "ghg scop1",
 * "emplyees", "温室气体", "溫室氣體") against the names it is known by (ids, English and Chinese
 * names, lexicon labels). Pure and table-driven: `new FuzzyIndex(entries)` compiles the names once
 * (tokens in a shared vocabulary); `search` scores a query against every distinct token and name
 * once, then each name by lookups, so a query over a catalogue of a few thousand names takes well
 * under a millisecond.
 *
 * Similarity of a query word q to a known word k, 0..1 (best first):
 * - the same word: 1;
 * - q starts k ("revenu" → revenue, "用水" → 用水量): 0.9 to 0.98, the more of k it covers the better;
 * - q inside k ("员工" in 在职员工, "water" in wastewater): 0.75 to 0.85;
 * - a typo of k (Damerau-Levenshtein, adjacent swaps count once): 0.85 × (1 − edits / length),
 *   at most 1 edit for 4 to 6 letters, 2 up to 11, 3 beyond; never for words under 4 letters;
 * - a typo of the start of k ("watr" → waterconsumption): 0.75 × (1 − edits / length of q);
 * - Chinese: character-pair (bigram) overlap when q has 3 or more characters: 0.7 × Dice.
 * Typos must keep the first or the second letter.
 *
 * A name scores the better of: the query as one word against the name as one word (spaces and
 * punctuation dropped), or each query word's best word of the name, averaged, times 0.85 to 1 for
 * how much of the name those words cover ("water" fits the label "water" better than "water use").
 */
import { toSimplifiedChinese } from "../units/traditional";

export interface FuzzyName {
  /** Which item the name belongs to (e.g. the metric's index in the catalogue). */
  item: number;
  text: string;
}

export interface FuzzyHit {
  item: number;
  /** 0..1, higher is better. */
  score: number;
}

const HAN = /[\u3400-\u9fff]/;

/** Lower-case Latin/digit runs and Han runs, traditional characters simplified: "Scope 1 (direct) GHG" → scope, 1, direct, ghg. */
export function fuzzyWords(text: string): string[] {
  return toSimplifiedChinese(text.normalize("NFKC").toLowerCase()).match(/[a-z0-9]+|[\u3400-\u9fff]+/g) ?? [];
}

function maxEdits(length: number): number {
  return length < 4 ? 0 : length <= 6 ? 1 : length <= 11 ? 2 : 3;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), or max + 1 once it exceeds max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (a.length - b.length > max || b.length - a.length > max) return max + 1;
  return alignment(a, b, max, false);
}

/** The fewest edits turning `a` into some prefix of `b` ("watr" → "water…": 1), or max + 1. */
export function prefixTypoDistance(a: string, b: string, max: number): number {
  return alignment(a, b.slice(0, a.length + max), max, true);
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

function alignment(a: string, b: string, max: number, prefixOfB: boolean): number {
  const n = a.length;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let before = rowA; // row i - 2
  let previous = rowB; // row i - 1
  let current = rowC;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      // Plain comparisons, not Math.min: this is the hot loop (and globals are slow inside test sandboxes).
      let d = previous[j - 1] + cost;
      const up = previous[j] + 1;
      if (up < d) d = up;
      const left = current[j - 1] + 1;
      if (left < d) d = left;
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1) && before[j - 2] + 1 < d) d = before[j - 2] + 1;
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = before;
    before = previous;
    previous = current;
    current = t;
  }
  if (!prefixOfB) return previous[m] <= max ? previous[m] : max + 1;
  let best = max + 1;
  for (let j = n > max ? n - max : 0; j <= m; j++) if (previous[j] < best) best = previous[j];
  return best;
}

/** A query word with what every comparison needs, computed once. */
interface QueryWord {
  text: string;
  han: boolean;
  /** Shortest query for a prefix / an infix match. */
  minPrefix: number;
  minInfix: number;
  max: number;
  first: number;
  second: number;
  /** Han only: its character pairs. */
  pairs: readonly string[];
  /** Which letters and digits it has (see letterMask). */
  mask: number;
}

/** Bit set of the letters (a-z: bits 0-25) and digits (bits 26-30) in a word: a word missing more of q's letters than q's edit budget cannot match. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << (26 + ((c - 48) % 5));
  }
  return mask;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

function prepare(text: string): QueryWord {
  const han = HAN.test(text);
  const pairs: string[] = [];
  if (han) for (let i = 0; i + 1 < text.length; i++) pairs.push(text.slice(i, i + 2));
  return { text, han, minPrefix: han ? 2 : 3, minInfix: han ? 2 : 4, max: han ? 0 : maxEdits(text.length), first: text.charCodeAt(0), second: text.charCodeAt(1), pairs, mask: letterMask(text) };
}

/** Dice coefficient of character pairs (each pair of k used once). */
function pairOverlap(q: QueryWord, k: string): number {
  const kPairs = k.length - 1;
  if (kPairs < 1 || !q.pairs.length) return 0;
  let used = 0; // bit set of k's pairs already matched (labels are short; longer ones fall back to indexOf)
  let shared = 0;
  for (const pair of q.pairs) {
    let from = 0;
    for (;;) {
      const at = k.indexOf(pair, from);
      if (at < 0) break;
      if (at >= 31 || !(used & (1 << at))) {
        if (at < 31) used |= 1 << at;
        shared++;
        break;
      }
      from = at + 1;
    }
  }
  return (2 * shared) / (q.pairs.length + kPairs);
}

function similarity(q: QueryWord, k: string, kHan: boolean, kMask: number): number {
  const text = q.text;
  if (text === k) return 1;
  if (q.han ? !kHan : bitCount(q.mask & ~kMask) > q.max) return 0;
  if (k.length > text.length) {
    if (text.length >= q.minPrefix && k.startsWith(text)) return 0.9 + (0.08 * text.length) / k.length;
    if (text.length >= q.minInfix && k.includes(text)) return 0.75 + (0.1 * text.length) / k.length;
  }
  if (q.han) {
    if (text.length < 3) return 0;
    const d = pairOverlap(q, k);
    return d >= 0.5 ? 0.7 * d : 0;
  }
  const max = q.max;
  if (max === 0 || (q.first !== k.charCodeAt(0) && q.second !== k.charCodeAt(1))) return 0;
  let best = 0;
  const whole = typoDistance(text, k, max);
  if (whole <= max) best = 0.85 * (1 - whole / (text.length > k.length ? text.length : k.length));
  if (k.length > text.length) {
    const start = prefixTypoDistance(text, k, max);
    if (start <= max && 0.75 * (1 - start / text.length) > best) best = 0.75 * (1 - start / text.length);
  }
  return best;
}

/** How well query word q fits known word k, 0..1 (see the module comment). */
export function wordSimilarity(q: string, k: string): number {
  return similarity(prepare(q), k, HAN.test(k), letterMask(k));
}

interface CompiledName {
  item: number;
  /** Vocabulary indexes of the name's words, and of the name as one word. */
  words: readonly number[];
  whole: number;
}

export class FuzzyIndex {
  private readonly vocabulary: string[] = [];
  private readonly han: boolean[] = [];
  private readonly masks: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly names: CompiledName[] = [];

  constructor(names: Iterable<FuzzyName>) {
    const seen = new Set<string>();
    for (const { item, text } of names) {
      const words = fuzzyWords(text);
      if (!words.length) continue;
      const whole = words.join("");
      const dedupe = `${item}\u0000${words.join(" ")}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      this.names.push({ item, words: words.map((w) => this.intern(w)), whole: this.intern(whole) });
    }
  }

  get size(): number {
    return this.names.length;
  }

  /** Items whose best name scores at least `minScore`, best first (ties: lower item first). */
  search(query: string, minScore = 0.5): FuzzyHit[] {
    const words = fuzzyWords(query).map(prepare);
    if (!words.length) return [];
    const whole = prepare(words.map((w) => w.text).join(""));
    const vocabulary = this.vocabulary;
    // Each distinct known word is compared once per query word (-1: not computed yet).
    const wholeScores = new Float64Array(vocabulary.length).fill(-1);
    const wordScores = words.map(() => new Float64Array(vocabulary.length).fill(-1));
    const best = new Map<number, number>();
    for (const name of this.names) {
      let score = wholeScores[name.whole];
      if (score < 0) score = wholeScores[name.whole] = similarity(whole, vocabulary[name.whole], this.han[name.whole], this.masks[name.whole]);
      if (words.length > 1 || name.words.length > 1) {
        const byWords = this.wordsScore(words, wordScores, name);
        if (byWords > score) score = byWords;
      }
      if (score < minScore) continue;
      const known = best.get(name.item);
      if (known === undefined || score > known) best.set(name.item, score);
    }
    return [...best.entries()].map(([item, score]) => ({ item, score })).sort((a, b) => b.score - a.score || a.item - b.item);
  }

  private wordsScore(words: readonly QueryWord[], scores: Float64Array[], name: CompiledName): number {
    let total = 0;
    let covered = 0; // bit set of the name's words that some query word fits best (names are short)
    for (let i = 0; i < words.length; i++) {
      let top = 0;
      let at = -1;
      for (let j = 0; j < name.words.length; j++) {
        const v = name.words[j];
        let s = scores[i][v];
        if (s < 0) s = scores[i][v] = similarity(words[i], this.vocabulary[v], this.han[v], this.masks[v]);
        if (s > top) {
          top = s;
          at = j;
        }
      }
      total += top;
      if (at >= 0 && at < 31) covered |= 1 << at;
    }
    return (total / words.length) * (0.85 + (0.15 * bitCount(covered)) / name.words.length);
  }

  private intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(word);
      this.han.push(HAN.test(word));
      this.masks.push(letterMask(word));
      this.ids.set(word, id);
    }
    return id;
  }
}
