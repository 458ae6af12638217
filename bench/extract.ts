// Extraction speed: the corpus repeated to ~5, 10 and 20 MB, MB/s at each size (should stay flat: linear cost).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { documentFromText } from "../src/document/types";
import { extractReport } from "../src/extract";

const dir = join(__dirname, "../../shared/corpus");
const corpus = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n");

function docOfSize(mb: number) {
  const parts: string[] = [];
  let size = 0;
  while (size < mb * 1e6) {
    parts.push(corpus);
    size += Buffer.byteLength(corpus);
  }
  const text = parts.join("\n");
  return { doc: documentFromText(text, "bench.txt"), bytes: Buffer.byteLength(text) };
}

extractReport(docOfSize(1).doc); // warm-up (JIT, regex compilation, memo tables)
for (const mb of [5, 10, 20]) {
  const { doc, bytes } = docOfSize(mb);
  const start = process.hrtime.bigint();
  const result = extractReport(doc);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${(bytes / 1e6).toFixed(1)} MB: ${seconds.toFixed(2)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${result.records.length} records)`);
}
