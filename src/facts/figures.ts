/**
 * Figures in running text: "5.59 million yuan", "2,607 tonnes", "9 directors", "100%".
 * A figure token is followed by the longest run of words (up to a few) that parses as a unit; a ratio
 * ("tce per RMB 10,000 of revenue") is cut back to the longest run whose base is known.
 */
import { figureValue, isFigure, isWhitespaceCode } from "../blocks/tokens";
import { SCALE_WORDS, UnitPrefix, holdsChinese, parseUnit } from "../units";

export interface TextFigure {
  /** Offset of the figure in the text. */
  start: number;
  /** Offset just after the unit (or the figure, when no unit). */
  end: number;
  value: number;
  /** The figure as printed. */
  text: string;
  /** Unit words as printed ("" when none). */
  unit: string;
  /** Up to four words after the unit: what is counted ("independent directors", "customer complaints"). */
  after: string;
  /** The word right after `after` ("were" in "8 patents were implemented"); "" at a phrase end. */
  follow: string;
}

/** A whitespace-delimited word and its offsets in the text. */
interface Word {
  w: string;
  start: number;
  end: number;
}

const MAX_UNIT_WORDS = 5;
/** A ratio's run may be longer: "tonnes of CO2e per RMB 10,000", "tce per RMB 1 million of revenue". */
const MAX_RATIO_UNIT_WORDS = 7;
const MAX_AFTER_WORDS = 4;
/** Words a figure may look at after itself: its unit, then what it counts, then the stop word. */
const MAX_FOLLOWING_WORDS = MAX_RATIO_UNIT_WORDS + MAX_AFTER_WORDS + 1;
/** Punctuation that may trail a word ("tonnes,", "2023)."): , ; : . ! ? ) " ' ” ’ (a character-code test, not a regex). */
function isTrailingPunct(c: number): boolean {
  switch (c) {
    case 44: case 59: case 58: case 46: // , ; : .
    case 33: case 63: case 41: // ! ? )
    case 34: case 39: case 0x201d: case 0x2019: // " ' ” ’
      return true;
    default:
      return false;
  }
}
function endsInPunct(w: string): boolean {
  return w.length > 0 && isTrailingPunct(w.charCodeAt(w.length - 1));
}
/** The word without its trailing punctuation (the word itself, no copy, when it has none). */
function withoutTrailingPunct(w: string): string {
  let end = w.length;
  while (end > 0 && isTrailingPunct(w.charCodeAt(end - 1))) end--;
  return end === w.length ? w : w.slice(0, end);
}
const LEADING_PUNCT = /^[("'“‘]+/;
/** The first characters LEADING_PUNCT strips: ( " ' “ ‘ (a word starting otherwise is kept as it is). */
function isLeadingPunct(c: number): boolean {
  return c === 40 || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}
/** Words that end a noun phrase after a figure. */
const PHRASE_STOP = /^(?:and|or|including|includes?|comprises?|consists?|of|which|with|in|from|to|at|for|by|was|were|is|are|has|had|per|accounting|representing|a|an|the)$/i;
const BARE_YEAR = /^(?:19|20)\d\d$/;
const FIGURE_WITH_UNIT = /^(\d[\d,]*(?:\.\d+)?)([^\d,.].*)$/;
/** A currency printed before the figure: "RMB 8.42 billion", "HK$12.5 million", "USD 3 million". */
const CURRENCY_BEFORE = /(?:^|\s)(RMB|CNY|HKD|USD|EUR|GBP|JPY|HK\$|US\$|¥|\$|€|£)\s*$/i;
/** How far back CURRENCY_BEFORE looks from a figure. */
const CURRENCY_BEFORE_SPAN = 6;
/** Whether `c` ends one of CURRENCY_BEFORE's currencies, in either case: B Y D R P $ ¥ € £. */
function endsCurrency(c: number): boolean {
  switch (c) {
    case 66: case 98: // B b
    case 89: case 121: // Y y
    case 68: case 100: // D d
    case 82: case 114: // R r
    case 80: case 112: // P p
    case 36: case 0xa5: case 0x20ac: case 0xa3: // $ ¥ € £
      return true;
    default:
      return false;
  }
}
/**
 * Whether the text before a figure at `start` may end in a currency: CURRENCY_BEFORE needs the last
 * character before the spacing to end one. Spares most figures the slice and the regex.
 */
function mayFollowCurrency(text: string, start: number): boolean {
  const from = Math.max(0, start - CURRENCY_BEFORE_SPAN);
  let i = start - 1;
  while (i >= from && isWhitespaceCode(text.charCodeAt(i))) i--;
  return i >= from && endsCurrency(text.charCodeAt(i));
}
/** The head of a space-grouped figure ("7" of "7 864"), then each further group: exactly 3 digits, then a word end. */
const SPACE_GROUP_HEAD = /^\d{1,3}$/;
const SPACE_GROUP_AT = /[ \u00A0\u2009\u202F](\d{3}(?:\.\d+)?)([,;:.)\]]*)(?=\s|$)/y;
const MAX_SPACE_GROUPS = 4;
const CURRENCY_INLINE = /^(RMB|CNY|HKD|USD|EUR|GBP|JPY|HK\$|US\$|¥|\$|€|£)(\d[\d,]*(?:\.\d+)?)$/i;

const DIGIT = /\d/g;

/** The end of the word that starts at `start`: the next whitespace, or the end of the text. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * The first word at or after `from` (a word end, or 0) that holds a digit, or null. A figure, alone
 * or with an inline unit, always has one, so words without digits are never split out.
 */
function nextDigitWord(text: string, from: number): Word | null {
  // A regex finds the digit faster than a character loop; test() builds no match.
  DIGIT.lastIndex = from;
  if (!DIGIT.test(text)) return null;
  const digit = DIGIT.lastIndex - 1;
  let start = digit;
  while (start > from && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  const end = wordEnd(text, digit);
  return { w: text.slice(start, end), start, end };
}

/**
 * The words after a figure (at most MAX_FOLLOWING_WORDS), read only as far as they are asked for:
 * most figures look at one or two words ("2,607 tonnes,"), a few at a dozen.
 */
class FollowingWords {
  /** The words read so far (the first `count` entries; the rest are left over from an earlier figure). */
  private readonly words: string[] = [];
  private readonly ends: number[] = [];
  private count = 0;
  private scanned = 0;
  private text = "";

  /** Starts over at offset `from` of `text`. */
  reset(text: string, from: number): void {
    this.text = text;
    this.scanned = from;
    this.count = 0;
  }

  /** Whether there is a word `k` (0-based), reading up to it. */
  has(k: number): boolean {
    if (k >= MAX_FOLLOWING_WORDS) return false;
    const text = this.text;
    while (this.count <= k) {
      let start = this.scanned;
      while (start < text.length && isWhitespaceCode(text.charCodeAt(start))) start++;
      if (start >= text.length) {
        this.scanned = start;
        return false;
      }
      const end = wordEnd(text, start);
      this.words[this.count] = text.slice(start, end);
      this.ends[this.count] = end;
      this.count++;
      this.scanned = end;
    }
    return true;
  }

  /** Word `k`, which `has(k)` has confirmed. */
  word(k: number): string {
    return this.words[k] as string;
  }

  /** The offset just after word `k`, which `has(k)` has confirmed. */
  end(k: number): number {
    return this.ends[k] as number;
  }
}

/** How a unit reads as a ratio: not an intensity, an intensity on a base no metric uses, or on a known base. */
const enum RatioKind {
  None,
  UnknownBase,
  KnownBase,
}
const ratioCache = new Map<string, RatioKind>();
const RATIO_CACHE_LIMIT = 10_000;

function ratioKind(unit: string): RatioKind {
  let kind = ratioCache.get(unit);
  if (kind === undefined) {
    const parsed = parseUnit(unit);
    const per = parsed?.intensity ? parsed.denominator : undefined;
    // A count base ("tonnes per", "per unit") is no base an intensity metric is measured on.
    kind = per === undefined ? RatioKind.None : per.known && per.canonical !== "count" ? RatioKind.KnownBase : RatioKind.UnknownBase;
    if (ratioCache.size > RATIO_CACHE_LIMIT) ratioCache.clear();
    ratioCache.set(unit, kind);
  }
  return kind;
}

/**
 * True when `unit` reads as an intensity whose "per" side is a known base ("tce per RMB 10,000",
 * "m3/RMB'000"), not junk run into the ratio ("tce per RMB 10,000 of", "tCO2e/RMB 10,000 in 2023").
 * Asked only of unit runs that hold a slash or "per" (cached, like the callers' unit test).
 */
export function isKnownRatio(unit: string): boolean {
  return ratioKind(unit) === RatioKind.KnownBase;
}

/** Scale words ("million", "'000") in the compact form the unit parser uses. */
const SCALE_TEXTS: ReadonlySet<string> = new Set(SCALE_WORDS.map((w) => w.text));

/** A word that continues the base of a ratio: a number or a scale word ("RMB 1 million", "RMB 10,000"). */
function continuesBase(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || SCALE_TEXTS.has(withoutTrailingPunct(w).toLowerCase());
}

/** A word that makes a unit run a ratio: "per", or one holding a slash ("tCO2e/RMB", "/"). */
function isRatioWord(w: string): boolean {
  return w.includes("/") || (w.length === 3 && (w === "per" || w === "Per" || w === "PER"));
}

/**
 * Finds figures in `text`; `isUnit` recognises unit words and must agree with `parseUnit` (it is a cache
 * over it), which lets runs no unit can begin with go unasked. Linear in the text length (bounded look-ahead).
 */
export function findFigures(text: string, isUnit: (s: string) => boolean): TextFigure[] {
  const out: TextFigure[] = [];
  const following = new FollowingWords();
  // Runs of words no unit begins with are not asked about, unless the text holds Chinese: a bilingual run
  // may be a unit whatever it begins with. Asked once, when a run is first ruled out.
  const unitStart = new UnitPrefix();
  let chinese: boolean | undefined;
  let from = 0;
  for (let next = nextDigitWord(text, 0); next !== null; next = nextDigitWord(text, from)) {
    let word = next;
    from = word.end;
    let token = isLeadingPunct(word.w.charCodeAt(0)) ? word.w.replace(LEADING_PUNCT, "") : word.w;
    let hadTrailingPunct = endsInPunct(token);
    token = withoutTrailingPunct(token);
    // "In 2023", "2021 new employees": a bare year is a date, not a count (nothing below can change that).
    if (BARE_YEAR.test(token)) continue;
    let inlineUnit = "";
    let currency = "";
    let currencyStart = -1;
    const glued = CURRENCY_INLINE.exec(token);
    if (glued) {
      currency = glued[1] as string;
      currencyStart = word.start + word.w.indexOf(currency);
      token = glued[2] as string;
    } else if (word.start > 0 && mayFollowCurrency(text, word.start)) {
      const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, word.start - CURRENCY_BEFORE_SPAN), word.start));
      if (cur) {
        currency = cur[1] as string;
        currencyStart = word.start - cur[0].length + cur[0].indexOf(currency);
      }
    }
    if (!hadTrailingPunct && !glued && SPACE_GROUP_HEAD.test(token)) {
      // "7 864 employees", "2 846 300 m3": spaces as thousands separators (each group exactly 3 digits).
      let k = word.end;
      let joined = token;
      for (let g = 0; g < MAX_SPACE_GROUPS; g++) {
        SPACE_GROUP_AT.lastIndex = k;
        const m = SPACE_GROUP_AT.exec(text);
        if (!m) break;
        joined += m[1] as string;
        k = m.index + m[0].length;
        if ((m[2] as string) !== "" || (m[1] as string).includes(".")) break;
      }
      if (k !== word.end) {
        token = joined;
        word = { w: text.slice(word.start, k), start: word.start, end: k };
        from = k;
        hadTrailingPunct = endsInPunct(word.w);
      }
    }
    if (!isFigure(token)) {
      // "1.765t/a", "30%": figure and unit in one token.
      const m = FIGURE_WITH_UNIT.exec(token);
      if (!m || !isUnit(m[2])) continue;
      token = m[1];
      inlineUnit = m[2];
    }
    const value = figureValue(token);
    if (value === null) continue;
    // "2021 new employees", "In 2023": a bare year is a date, not a count.
    if (!inlineUnit && BARE_YEAR.test(token)) continue;
    // A currency before the figure belongs to its unit: the label ends before the currency.
    const start = currencyStart >= 0 ? currencyStart : word.start + word.w.indexOf(token.charAt(0));
    following.reset(text, word.end);
    let unit = inlineUnit;
    let end = word.end;
    /** How many of the following words the unit took. */
    let unitWords = 0;
    if (currency && !unit && !token.endsWith("%")) {
      // "RMB 8.42 billion": the scale word after the figure completes the currency unit.
      const scale = !hadTrailingPunct && following.has(0) ? withoutTrailingPunct(following.word(0)) : "";
      if (scale && isUnit(`${currency} ${scale}`) && !isUnit(scale)) {
        unit = `${currency} ${scale}`;
        end = following.end(0);
        unitWords = 1;
      } else unit = currency;
    } else if (!unit && !token.endsWith("%") && !hadTrailingPunct) {
      // Candidate units "w1", "w1 w2", … (longest wins); a word with trailing punctuation ends the run.
      const candidates: string[] = [];
      let joined = "";
      /** The first word that makes the run a ratio ("per", "tCO2e/RMB"), or -1. */
      let ratioAt = -1;
      unitStart.reset();
      for (let k = 0; k < (ratioAt < 0 ? MAX_UNIT_WORDS : MAX_RATIO_UNIT_WORDS) && following.has(k); k++) {
        const w = following.word(k);
        const clean = withoutTrailingPunct(w);
        // No unit begins with these words: neither this run nor a longer one is a unit.
        if (!unitStart.extend(clean) && !(chinese ??= holdsChinese(text))) break;
        if (ratioAt < 0 && isRatioWord(clean)) ratioAt = k;
        candidates.push(k === 0 ? clean : `${joined} ${clean}`);
        if (clean !== w) break;
        joined = k === 0 ? w : `${joined} ${w}`;
      }
      let chosen = 0;
      for (let len = candidates.length; len >= 1; len--) {
        if (isUnit(candidates[len - 1])) {
          chosen = len;
          break;
        }
      }
      // "0.085 tce per RMB 10,000 of revenue": the longest run that parses may carry words the base
      // does not know ("… of"); a shorter ratio whose base is known is the unit then, unless a number
      // or scale word follows it ("tCO2e per RMB" of "… per RMB 1 million" is cut inside its base).
      // Only an intensity is replaced, and only by one, so a total's unit ("tonnes per year") never changes.
      if (ratioAt >= 0 && chosen > ratioAt) {
        /** The run of `len` words ends inside the base: it has no trailing punctuation and a number follows. */
        const cutInBase = (len: number): boolean => following.has(len) && !endsInPunct(following.word(len - 1)) && continuesBase(following.word(len));
        const kind = ratioKind(candidates[chosen - 1]);
        if (kind === RatioKind.UnknownBase || (kind === RatioKind.KnownBase && cutInBase(chosen))) {
          let shorter = 0;
          for (let len = chosen - 1; len > ratioAt; len--) {
            if (isKnownRatio(candidates[len - 1]) && !cutInBase(len)) {
              shorter = len;
              break;
            }
          }
          if (shorter > 0) chosen = shorter;
          // No cut is right: the unit runs on to the number, so its base is unknown and nothing resolves.
          else if (cutInBase(chosen)) chosen = -(chosen + 1);
        }
      }
      if (chosen < 0) {
        unitWords = -chosen;
        unit = `${candidates[unitWords - 2]} ${withoutTrailingPunct(following.word(unitWords - 1))}`;
        end = following.end(unitWords - 1);
      } else if (chosen > 0) {
        unit = candidates[chosen - 1];
        end = following.end(chosen - 1);
        unitWords = chosen;
      }
    }
    if (token.endsWith("%")) unit = "%";
    // The counted words, joined as they are read (no array per figure).
    let after = "";
    let follow = "";
    const lastTaken = unitWords > 0 ? following.word(unitWords - 1) : word.w;
    if (!endsInPunct(lastTaken)) {
      for (let k = unitWords; k - unitWords < MAX_AFTER_WORDS && following.has(k); k++) {
        const raw = following.word(k);
        const w = withoutTrailingPunct(raw);
        if (PHRASE_STOP.test(w) || isFigure(w)) {
          follow = w;
          break;
        }
        after = k === unitWords ? w : `${after} ${w}`;
        if (w !== raw) break;
      }
    }
    out.push({ start, end, value, text: token, unit, after, follow });
    // The unit's words are consumed; the counted words after it may still hold figures.
    if (unitWords > 0) from = following.end(unitWords - 1);
  }
  return out;
}
