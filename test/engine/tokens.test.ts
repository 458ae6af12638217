import { figureValue, FIGURE, isFigure, isWhitespaceCode } from "../../src/blocks/tokens";

/** The plain definitions the token helpers must agree with. */
const referenceIsFigure = (t: string): boolean => /\d/.test(t) && FIGURE.test(t);
function referenceFigureValue(token: string): number | null {
  if (!referenceIsFigure(token)) return null;
  let t = token.replace(/,/g, "").replace(/%$/, "");
  let sign = 1;
  if (t.startsWith("(") && t.endsWith(")")) {
    sign = -1;
    t = t.slice(1, -1);
  }
  const v = Number(t);
  return Number.isFinite(v) ? sign * v : null;
}

const TOKENS = [
  "", "1", "1,234", "1,234.5", "-3", "+3", "8.3%", "(12)", "(12)%", ".5", "5.", "1,23", "12,345,678.90",
  "-(5)", "(5", "5)", "-5)", "(-5)", "%", ")", "()", "(.5)", "+.5%", "2023", "2023)", "employees", "tonnes,",
  "RMB8", "8RMB", "1.2.3", "1,234,", ",123", "٣", "１２", "0.0", "-0", "(0)", "10%%", "1e5", "Infinity",
];

describe("token helpers", () => {
  test("isWhitespaceCode matches exactly the characters \\s matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  test("isFigure and figureValue agree with the plain regex definitions", () => {
    for (const t of TOKENS) {
      expect([t, isFigure(t)]).toEqual([t, referenceIsFigure(t)]);
      expect([t, figureValue(t)]).toEqual([t, referenceFigureValue(t)]);
    }
  });

  test("isFigure and figureValue agree with the plain regex definitions on random tokens", () => {
    // A fixed xorshift sequence: the same tokens on every run.
    let seed = 12345;
    const random = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // Pieces that make figures, near-figures and non-figures: digit runs, comma groups of every width, signs.
    const pieces = ["0", "7", "12", "345", "6789", ",123", ",45", ",6789", ",", ".", ".5", ".25", "(", ")", "-", "+", "%", "a", " "];
    const differ: string[] = [];
    for (let k = 0; k < 200_000; k++) {
      let t = "";
      for (let len = random(6); len > 0; len--) t += pieces[random(pieces.length)];
      if (isFigure(t) !== referenceIsFigure(t) || !Object.is(figureValue(t), referenceFigureValue(t))) differ.push(t);
    }
    expect(differ).toEqual([]);
  });

  test("figures longer than a double holds exactly read as Number() reads them", () => {
    for (const t of ["1234567890123456", "12345678901234567890.5", "(1,234,567,890,123,456)", "-0.1234567890123456789", "9".repeat(400), "123456789012345%"])
      expect([t, figureValue(t)]).toEqual([t, referenceFigureValue(t)]);
  });

  test("figureValue reads commas, percent and accounting negatives", () => {
    expect(figureValue("1,234.5")).toBe(1234.5);
    expect(figureValue("8.3%")).toBe(8.3);
    expect(figureValue("(12)")).toBe(-12);
    expect(figureValue("-(5)")).toBeNull();
    expect(figureValue("employees")).toBeNull();
  });
});
