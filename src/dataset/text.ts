/** Text keys for forgiving look-ups: case, width, spacing and punctuation do not matter. */

/** "JL MAG Rare-Earth Co., Ltd." → "jlmagrareearthcoltd"; "ＧＲＩ 305-1" → "gri3051"; "范围一" stays "范围一". */
export function normalizeKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Lower-cased words of a name, punctuation dropped: "JL MAG Rare-Earth Co., Ltd." → ["jl","mag","rare","earth","co","ltd"]. */
export function nameTokens(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((token) => token.length > 0);
}

const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Levenshtein distance, bounded work for short strings (names and ids). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The display labels closest to `query`, best first, at most `limit`, one per target.
 * A candidate is (key it can be reached by, label to show). Containment counts as close.
 */
export function closestLabels(query: string, candidates: ReadonlyArray<{ key: string; label: string }>, limit = 3): string[] {
  const wanted = normalizeKey(query);
  const best = new Map<string, number>();
  for (const { key, label } of candidates) {
    if (!key) continue;
    let score = editDistance(wanted, key) / Math.max(wanted.length, key.length, 1);
    if (wanted.length >= 2 && (key.includes(wanted) || wanted.includes(key))) score = Math.min(score, 0.2);
    const known = best.get(label);
    if (known === undefined || score < known) best.set(label, score);
  }
  return [...best.entries()]
    .filter(([, score]) => score <= 0.6)
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([label]) => label);
}

/** "a, b or c" for messages. */
export function listForMessage(items: ReadonlyArray<string | number>, conjunction = "or"): string {
  const texts = items.map(String);
  if (texts.length <= 1) return texts.join("");
  return `${texts.slice(0, -1).join(", ")} ${conjunction} ${texts[texts.length - 1]}`;
}
