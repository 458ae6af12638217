import { normalizeText } from "../../src/lines/normalize";
import { linesOf } from "./helpers";

test("full-width digits and commas become ASCII", () => {
  expect(normalizeText("2，395，766")).toBe("2,395,766");
});
test("bold markers, brace footnotes and superscript footnotes are removed", () => {
  expect(normalizeText("**3** directors")).toBe("3 directors");
  expect(normalizeText("140 ^{note}")).toBe("140");
  expect(normalizeText("Employee turnover rate ²³")).toBe("Employee turnover rate");
});
test("CO2 spellings unify", () => {
  expect(normalizeText("tCO ₂ e")).toBe("tCO2e");
  expect(normalizeText("tCO²e")).toBe("tCO2e");
});
test("tab rows keep cells and line numbers", () => {
  const lines = linesOf("x\nA\t1\t2");
  expect(lines[1]).toMatchObject({ line: 2, cells: ["A", "1", "2"] });
});
test("markdown pipe rows become cells and separators are dropped", () => {
  const lines = linesOf("| Item | Unit | 2023 |\n|---|---|---|\n| Water | m3 | 5 |");
  expect(lines.map((l) => [l.line, l.cells])).toEqual([[1, ["Item", "Unit", "2023"]], [3, ["Water", "m3", "5"]]]);
});
test("html table rows keep the line of their <tr>", () => {
  const lines = linesOf("intro\n<table>\n<tr><td>Indicator</td><td>2023</td></tr>\n<tr><td>Water consumption</td><td>1,200</td></tr>\n</table>");
  expect(lines.filter((l) => l.cells).map((l) => [l.line, l.cells])).toEqual([[3, ["Indicator", "2023"]], [4, ["Water consumption", "1,200"]]]);
});
test("quotes, dashes, wide spaces and full-width forms become ASCII in one pass, whatever the markup around them", () => {
  expect(normalizeText("“Scope 1” – 12\u00A0345 tCO₂e ‘net’")).toBe("\"Scope 1\" - 12 345 tCO2e 'net'");
  expect(normalizeText("**Total**\u2014（1，200）、\u3000²")).toBe("Total-(1,200),");
  // A caret note is removed before subscripts become digits: "^₂" is no note.
  expect(normalizeText("a^1 b^₂")).toBe("a b^2");
});
test("lines are trimmed and runs of spaces collapsed; tab cells are cleaned one by one", () => {
  const lines = linesOf("  plain line  \nwide  gap here\n A \t “B” \t\t1\nx\ty");
  expect(lines.map((l) => l.text)).toEqual(["plain line", "wide gap here", 'A\t"B"\t\t1', "x\ty"]);
  expect(lines[2].cells).toEqual(["A", '"B"', "", "1"]);
  expect(lines[3].raw).toBe("x\ty");
});
