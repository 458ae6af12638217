import { documentFromText } from "../src/document/types";

test("documentFromText keeps 1-based line numbers", () => {
  const doc = documentFromText("a\nb\r\nc");
  expect(doc.lines.map((l) => [l.line, l.text])).toEqual([[1, "a"], [2, "b"], [3, "c"]]);
});
