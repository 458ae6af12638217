/**
 * Figures in running text: "5.59 million yuan", "2,607 tonnes", "9 directors", "100%".
 * A figure token is followed by the longest run of words (up to a few) that parses as a unit.
 */
import { figureValue, isFigure } from "../blocks/tokens";

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

const WORD = /\S+/g;
const MAX_UNIT_WORDS = 5;
const MAX_AFTER_WORDS = 4;
const TRAILING_PUNCT = /[,;:.!?)"'”’]+$/;
const LEADING_PUNCT = /^[("'“‘]+/;
/** Words that end a noun phrase after a figure. */
const PHRASE_STOP = /^(?:and|or|including|of|which|with|in|from|to|at|for|by|was|were|is|are|has|had|per|accounting|representing|a|an|the)$/i;
const BARE_YEAR = /^(?:19|20)\d\d$/;
const FIGURE_WITH_UNIT = /^(\d[\d,]*(?:\.\d+)?)([^\d,.].*)$/;

/** Finds figures in `text`; `isUnit` recognises unit words. Linear in the text length (bounded look-ahead). */
export function findFigures(text: string, isUnit: (s: string) => boolean): TextFigure[] {
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ w: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const out: TextFigure[] = [];
  for (let i = 0; i < words.length; i++) {
    let token = words[i].w.replace(LEADING_PUNCT, "");
    const hadTrailingPunct = TRAILING_PUNCT.test(token);
    token = token.replace(TRAILING_PUNCT, "");
    let inlineUnit = "";
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
    const start = words[i].start + words[i].w.indexOf(token.charAt(0));
    let unit = inlineUnit;
    let end = words[i].end;
    let next = i + 1;
    if (!unit && !token.endsWith("%") && !hadTrailingPunct) {
      for (let len = Math.min(MAX_UNIT_WORDS, words.length - i - 1); len >= 1; len--) {
        const parts = words.slice(i + 1, i + 1 + len).map((x) => x.w);
        const last = parts[parts.length - 1];
        const clean = [...parts.slice(0, -1), last.replace(TRAILING_PUNCT, "")];
        if (parts.slice(0, -1).some((p) => TRAILING_PUNCT.test(p))) continue;
        const candidate = clean.join(" ");
        if (isUnit(candidate)) {
          unit = candidate;
          end = words[i + len].end;
          next = i + 1 + len;
          break;
        }
      }
    }
    if (token.endsWith("%")) unit = "%";
    const after: string[] = [];
    let follow = "";
    if (!TRAILING_PUNCT.test(words[next - 1]?.w ?? "")) {
      for (let k = next; k < words.length && after.length < MAX_AFTER_WORDS; k++) {
        const raw = words[k].w;
        const w = raw.replace(TRAILING_PUNCT, "");
        if (PHRASE_STOP.test(w) || isFigure(w)) {
          follow = w;
          break;
        }
        after.push(w);
        if (w !== raw) break;
      }
    }
    out.push({ start, end, value, text: token, unit, after: after.join(" "), follow });
    i = next - 1;
  }
  return out;
}
