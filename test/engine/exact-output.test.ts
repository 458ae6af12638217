// Exact records (value, unit, source line, confidence, alternatives) from the corpus, one per fact path
// (table row, card, prose), so that speed work on the engine cannot change an output unnoticed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentFromText } from "../../src/document/types";
import { extractReport } from "../../src/extract";
import type { EsgRecord } from "../../src/records/types";

const corpus = (f: string) => extractReport(documentFromText(readFileSync(join(__dirname, "../../../shared/corpus", f), "utf8"), f));
const find = (records: EsgRecord[], metric: string, year: number) => records.find((r) => r.metric === metric && r.year === year);

test("table row with a card alternative: JL MAG employees 2024", () => {
  const r = corpus("002_2048569ac2ce44f6.txt");
  const employees = find(r.records, "employees_total", 2024);
  expect(employees).toMatchObject({
    value: 6639,
    unit: "count",
    reported: { value: 6639, unit: "Person", text: "6,639" },
    source: { line: 2846, text: "1\tNumber of employees\t\tPerson\t6,639\t5,461\t5,003", document: "002_2048569ac2ce44f6.txt" },
    confidence: 0.97,
  });
  expect(employees?.alternatives).toContainEqual({ value: 6639, unit: "count", reported: { value: 6639, unit: "", text: "6,639" }, source: { line: 1962, text: "6,639" }, confidence: 0.8 });
  expect(r.company).toEqual({ name: "JL MAG Rare-Earth Co., Ltd.", aliases: ["JL MAG Rare-Earth Co., Ltd.", "JL MAG"], shortName: "JL MAG", stockCode: "300748.SZ" });
  expect(r.reportYear).toBe(2024);
});

test("prose: Jinpan board size 2021 from a sentence", () => {
  const r = corpus("000_74fe9bf119f3c8f8.txt");
  const board = find(r.records, "board_size", 2021);
  expect(board).toMatchObject({ value: 6, unit: "count", reported: { value: 6, unit: "directors", text: "6" }, source: { line: 581 }, confidence: 0.5 });
  expect(board?.alternatives).toBeUndefined();
  expect(r.company.stockCode).toBe("688676");
});

test("prose with a prose alternative: Jetion R&D investment 2024 (space layout)", () => {
  const r = corpus("004_9e6cc86f74c9154c.txt");
  const rd = find(r.records, "rd_investment", 2024);
  expect(rd).toMatchObject({ value: 226686962, unit: "CNY", reported: { value: 226686962, unit: "yuan", text: "226,686,962" }, source: { line: 1952 }, confidence: 0.62 });
  expect(rd?.alternatives?.map((a) => [a.value, a.source.line, a.confidence])).toEqual([[226686962, 2811, 0.6]]);
  expect(r.company.name).toBe("Jetion Solar (China) Co., Ltd.");
});
