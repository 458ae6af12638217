/**
 * Whether a run of words can still begin a unit, read one word at a time: a cheap necessary test that
 * spares a caller asking `parseUnit` about longer and longer runs ("9 directors and 3 supervisors" asks
 * about "directors", never about "directors and", "directors and 3", …).
 *
 * Why it is exact: when its text holds no Chinese character (so it cannot be bilingual), `parseUnit`
 * accepts a run only through its compact form (`compactUnit`: lowercase, no spaces), which must be a
 * string of scale words, one base unit name and scale words (the language `lookupScaled` peels), or
 * through a ratio, whose numerator must be such a string or empty. The compact form of a run of ASCII
 * letter words starts with the words' lowercase letters, and so does a ratio's numerator once the
 * ratio word comes after them. So a run is ruled out when its letters so far begin no such string.
 * Everything else the parser reads differently is left open: a word with any other character (digits,
 * "/", hyphens, apostrophes, Chinese), the ratio word "per" (anything may follow it: "per capita"),
 * and a first word that `compactUnit` may drop as a "unit(s)" prefix.
 */
import { BASE_UNIT_NAMES } from "./parse";
import { SCALE_WORDS } from "./scale";
import { CASE_SENSITIVE_UNITS } from "./unit-table";

const LETTERS = 26;

/** A trie over the lowercase ASCII letters; a name is entered up to its first other character. */
class LetterTrie {
  /** children[node * LETTERS + letter] is the child node, or 0 (the root, 0, is nobody's child). */
  private readonly children: number[] = new Array<number>(LETTERS).fill(0);
  /** Whether a node ends a whole name. */
  private readonly ends: boolean[] = [false];

  constructor(names: readonly string[]) {
    for (const name of names) this.add(name);
  }

  private add(name: string): void {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const letter = name.charCodeAt(i) - 97;
      // Letters never reach past another character, so the rest of the name does not matter here.
      if (letter < 0 || letter >= LETTERS) return;
      let child = this.children[node * LETTERS + letter] as number;
      if (child === 0) {
        child = this.ends.length;
        this.ends.push(false);
        for (let k = 0; k < LETTERS; k++) this.children.push(0);
        this.children[node * LETTERS + letter] = child;
      }
      node = child;
    }
    if (node !== 0) this.ends[node] = true;
  }

  /** The node after `letter` (0-25), or 0 when no name goes on with it. */
  child(node: number, letter: number): number {
    return this.children[node * LETTERS + letter] as number;
  }

  endsName(node: number): boolean {
    return this.ends[node] as boolean;
  }
}

/**
 * The case-sensitive spellings are looked up in a plain object, which also answers the names of
 * Object.prototype ("toString", "valueOf": a quirk of the parser), so those count as base names here too.
 */
const CASE_SENSITIVE_NAMES = [...Object.keys(CASE_SENSITIVE_UNITS), ...Object.getOwnPropertyNames(Object.prototype)];
const BASES = new LetterTrie([...BASE_UNIT_NAMES, ...CASE_SENSITIVE_NAMES.map((k) => k.toLowerCase())]);
const SCALES = new LetterTrie(SCALE_WORDS.map((s) => s.text));

/** Where a reading stands in "scale words, base name, scale words". */
const enum Phase {
  ScalesBefore,
  Base,
  ScalesAfter,
}

/** A position in a unit's compact form, encoded as one number: node * 3 + phase. */
type State = number;
const state = (node: number, phase: Phase): State => node * 3 + phase;

/** The positions after one more letter, sorted (equal sets read alike). */
function stepStates(states: readonly State[], letter: number): State[] {
  const next: State[] = [];
  const add = (s: State): void => {
    if (!next.includes(s)) next.push(s);
  };
  for (const s of states) {
    const phase: Phase = s % 3;
    const trie = phase === Phase.Base ? BASES : SCALES;
    const child = trie.child((s - phase) / 3, letter);
    if (child === 0) continue;
    add(state(child, phase));
    if (!trie.endsName(child)) continue;
    // A whole name read: the next one may start here.
    if (phase === Phase.ScalesBefore) {
      add(state(0, Phase.ScalesBefore));
      add(state(0, Phase.Base));
    } else add(state(0, Phase.ScalesAfter));
  }
  return next.sort((a, b) => a - b);
}

/**
 * The sets of positions, made deterministic as they are reached: each set gets a number and each
 * (set, letter) its successor, computed once. Bounded by the tries, not by the text read.
 */
class LetterAutomaton {
  private readonly sets: State[][] = [];
  private readonly ids = new Map<string, number>();
  /** successors[id * LETTERS + letter]: the successor's id + 1, or 0 while not computed. */
  private readonly successors: number[] = [];
  readonly start = this.idOf([state(0, Phase.ScalesBefore), state(0, Phase.Base)]);
  /** No position left: no unit begins with what was read. */
  readonly dead = this.idOf([]);

  step(id: number, letter: number): number {
    const known = this.successors[id * LETTERS + letter] as number;
    if (known !== 0) return known - 1;
    const next = this.idOf(stepStates(this.sets[id] as State[], letter));
    this.successors[id * LETTERS + letter] = next + 1;
    return next;
  }

  private idOf(states: State[]): number {
    const key = states.join(",");
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(states);
      this.ids.set(key, id);
      for (let k = 0; k < LETTERS; k++) this.successors.push(0);
    }
    return id;
  }
}

const AUTOMATON = new LetterAutomaton();

/**
 * Reads a run word by word: `extend` is false once no unit can begin with the words so far (and stays
 * false). Exact only for text without Chinese characters (see `holdsChinese`): a bilingual run such as
 * "of 吨 tonnes" may be a unit whatever it begins with.
 */
export class UnitPrefix {
  private at = AUTOMATON.start;
  /** Nothing can be ruled out any more. */
  private open = false;
  private words = 0;

  /** Starts a new run. */
  reset(): void {
    this.at = AUTOMATON.start;
    this.open = false;
    this.words = 0;
  }

  /** Adds the next word (no whitespace); false when no unit begins with the run so far. */
  extend(word: string): boolean {
    if (this.open) return true;
    if (this.at === AUTOMATON.dead) return false;
    const first = this.words++ === 0;
    if (!isAsciiLetters(word) || isPer(word) || (first && mayBeUnitPrefixWord(word))) {
      this.open = true;
      return true;
    }
    let at = this.at;
    for (let i = 0; i < word.length && at !== AUTOMATON.dead; i++) at = AUTOMATON.step(at, (word.charCodeAt(i) | 0x20) - 97);
    this.at = at;
    return at !== AUTOMATON.dead;
  }
}

function isAsciiLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** "per" in any case (of a word of letters): the word that makes a ratio ("per capita" is a unit). */
function isPer(word: string): boolean {
  return word.length === 3 && (word.charCodeAt(0) | 0x20) === 112 && (word.charCodeAt(1) | 0x20) === 101 && (word.charCodeAt(2) | 0x20) === 114;
}

const UNIT = "unit";

/**
 * A first word (of letters) `compactUnit` may drop in part or whole as a "unit(s)" prefix: one that
 * begins with "unit" or begins "units" ("Unit", "units", "un").
 */
function mayBeUnitPrefixWord(word: string): boolean {
  for (let i = 0; i < word.length && i < UNIT.length; i++) if ((word.charCodeAt(i) | 0x20) !== UNIT.charCodeAt(i)) return false;
  return true;
}
