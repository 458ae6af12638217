import { lastWordsTail, sentenceBounds } from "../../src/facts/prose";

const sentences = (text: string): string[] => {
  const b = sentenceBounds(text);
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 2) out.push(text.slice(b[i], b[i + 1]));
  return out;
};

test("a Western mark ends a sentence only before a space and a capital, digit, quote or bracket", () => {
  expect(sentences("Water use fell 3.2%. In 2024 we used 1,200 m3. e.g. lower case stays; (A note) follows.")).toEqual([
    "Water use fell 3.2%.",
    "In 2024 we used 1,200 m3. e.g. lower case stays;",
    "(A note) follows.",
  ]);
  expect(sentences("Total: 5. 2023: 4.")).toEqual(["Total: 5.", "2023: 4."]);
});

test("a Chinese mark ends a sentence right after itself; spaces before the next sentence are dropped", () => {
  expect(sentences("用水量为1,200吨。用电量为300万千瓦时；其中 A 厂 5 人")).toEqual(["用水量为1,200吨。", "用电量为300万千瓦时；", "其中 A 厂 5 人"]);
  expect(sentences("一。 Two。\u3000B")).toEqual(["一。", "Two。", "B"]);
  expect(sentences("末尾。")).toEqual(["末尾。"]);
});

test("lastWordsTail keeps the last n words and the character before them, for end-anchored cue patterns", () => {
  expect(lastWordsTail("Total water consumed in the year was ", 2)).toBe(" year was ");
  expect(lastWordsTail("more than ", 2)).toBe("more than ");
  expect(lastWordsTail("the company (over", 1)).toBe(" (over");
  expect(lastWordsTail("a\tb  c", 2)).toBe("\tb  c");
  expect(lastWordsTail("", 3)).toBe("");
  // A cue tested on the tail answers as on the whole window: "moreover" is not "over".
  expect(/\bover\s*$/.test(lastWordsTail("it was moreover ", 2))).toBe(false);
});
