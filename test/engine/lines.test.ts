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
