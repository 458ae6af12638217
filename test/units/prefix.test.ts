import { parseUnit, UnitPrefix } from "../../src/units";

/** How many leading words of `run` the reader reads before ruling the run out (run.length when never). */
function wordsBeforeRuledOut(run: readonly string[]): number {
  const reader = new UnitPrefix();
  for (let k = 0; k < run.length; k++) if (!reader.extend(run[k] as string)) return k;
  return run.length;
}

/** Words printed after figures: units and their parts in several cases, scale words, ratio words, prose. */
const VOCABULARY = [
  "tonnes", "Tons", "t", "kg", "kWh", "MWh", "GJ", "m3", "M", "L", "ml", "h", "d", "g", "tCO2e", "CO2e", "tco", "metric",
  "cubic", "meters", "square", "no.", "No", "million", "MILLION", "bn", "mn", "ten", "thousand", "hundred", "RMB", "yuan",
  "of", "standard", "coal", "water", "carbon", "dioxide", "per", "Per", "capita", "/", "year", "a", "day", "revenue",
  "output", "unit", "Units", "u", "nits", "to", "String", "value", "Of", "employees", "persons", "directors", "and", "With",
  "in", "the", "training", "hours", "person-times", "吨",
];

describe("UnitPrefix", () => {
  test("a run it rules out never parses as a unit, nor does any longer run (runs of up to three words)", () => {
    const wrong: string[] = [];
    const words = VOCABULARY.filter((w) => w !== "吨");
    for (const a of words)
      for (const b of words)
        for (const c of words) {
          const run = [a, b, c];
          const kept = wordsBeforeRuledOut(run);
          for (let len = kept + 1; len <= run.length; len++) {
            const text = run.slice(0, len).join(" ");
            if (parseUnit(text) !== null) wrong.push(text);
          }
        }
    expect(wrong).toEqual([]);
  });

  test("rules out the words of running text after a figure", () => {
    expect(wordsBeforeRuledOut(["With"])).toBe(0);
    expect(wordsBeforeRuledOut(["new", "employees"])).toBe(0);
    expect(wordsBeforeRuledOut(["directors", "and", "3"])).toBe(1);
    expect(wordsBeforeRuledOut(["tonnes", "in", "2023"])).toBe(1);
  });

  test("keeps units of several words, ratios, and what the parser reads in other ways", () => {
    expect(wordsBeforeRuledOut(["million", "kWh"])).toBe(2);
    expect(wordsBeforeRuledOut(["tons", "of", "standard", "coal"])).toBe(4);
    expect(wordsBeforeRuledOut(["RMB", "ten", "thousand"])).toBe(3);
    // A ratio: anything may follow "per", and a word with a slash may hold one.
    expect(wordsBeforeRuledOut(["per", "capita", "in", "2023"])).toBe(4);
    expect(wordsBeforeRuledOut(["tonnes", "per", "anything", "at", "all"])).toBe(5);
    expect(wordsBeforeRuledOut(["tCO2e/RMB", "anything"])).toBe(2);
    // "Unit: tonnes": the parser drops a leading "unit(s)".
    expect(wordsBeforeRuledOut(["Units", "tonnes"])).toBe(2);
    // The parser's case-sensitive lookup also answers Object.prototype's names.
    expect(parseUnit("to String")).not.toBeNull();
    expect(wordsBeforeRuledOut(["to", "String"])).toBe(2);
  });

  test("is exact only without Chinese: a bilingual run may be a unit whatever it begins with", () => {
    // Callers skip the reader for text holding Chinese (holdsChinese).
    expect(wordsBeforeRuledOut(["of", "吨", "tonnes"])).toBe(0);
    expect(parseUnit("of 吨 tonnes")).not.toBeNull();
  });

  test("reset starts a new run", () => {
    const reader = new UnitPrefix();
    expect(reader.extend("With")).toBe(false);
    expect(reader.extend("tonnes")).toBe(false);
    reader.reset();
    expect(reader.extend("tonnes")).toBe(true);
  });
});
