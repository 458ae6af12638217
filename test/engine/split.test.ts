// A large document read in two parts (head here, tail as a worker would) gives exactly the one-pass result.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { documentFromText, type SourceDocument } from "../../src/document/types";
import { extractReport, extractReportSplit, extractTail, splitPoint, SPLIT_MIN_CHARS, TAIL_LEAD_IN_LINES, type SplitOptions, type TailJob } from "../../src/extract";

const dir = join(__dirname, "../../../shared/corpus");
const corpus = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n");

/** The corpus repeated past the size at which a document is split. */
function largeDocument(): SourceDocument {
  const parts: string[] = [];
  for (let size = 0; size <= SPLIT_MIN_CHARS * 1.1; size += corpus.length) parts.push(corpus);
  return documentFromText(parts.join("\n"), "large.txt");
}

jest.setTimeout(120_000);
const doc = largeDocument();
const onePass = extractReport(doc);

async function splitRun(runTail: (job: TailJob) => Promise<ReturnType<typeof extractTail>>) {
  let outcome = "";
  const options: SplitOptions = { onSplit: (o) => (outcome = o) };
  const result = await extractReportSplit(doc, runTail, options);
  return { outcome, result };
}

test("the split point is a line after a blank line past the middle, with room for the tail's lead-in", () => {
  const split = splitPoint(doc.lines);
  const chars = (from: number, to: number) => doc.lines.slice(from, to).reduce((n, l) => n + l.text.length + 1, 0);
  expect(chars(0, split)).toBeGreaterThanOrEqual(chars(split, doc.lines.length));
  expect(doc.lines[split - 1].text.trim()).toBe("");
  expect(split).toBeGreaterThan(TAIL_LEAD_IN_LINES);
  expect(splitPoint(documentFromText(corpus).lines)).toBe(-1);
});

test("head and tail together give the one-pass result, record for record", async () => {
  const { outcome, result } = await splitRun(async (job) => extractTail(job));
  expect(outcome).toBe("two-parts");
  expect(result).toEqual(onePass);
  expect(result.records.length).toBeGreaterThan(100);
});

test("a tail whose state at the split differs from the head's is discarded: the head reads on", async () => {
  const { outcome, result } = await splitRun(async (job) => ({ ...extractTail(job), stateAtStart: "something else" }));
  expect(outcome).toBe("tail-discarded");
  expect(result).toEqual(onePass);
});

test("a failed tail costs time, not the result", async () => {
  const { outcome, result } = await splitRun(() => Promise.reject(new Error("worker died")));
  expect(outcome).toBe("no-tail");
  expect(result).toEqual(onePass);
});

test("a document below the split size is read in one pass", async () => {
  const small = documentFromText(corpus, "small.txt");
  let outcome = "";
  const runTail = jest.fn();
  const result = await extractReportSplit(small, runTail, { onSplit: (o) => (outcome = o) });
  expect(outcome).toBe("one-pass");
  expect(runTail).not.toHaveBeenCalled();
  expect(result).toEqual(extractReport(small));
});
