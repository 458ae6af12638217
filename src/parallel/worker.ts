/**
 * Worker body of extractReportParallel (src/parallel/node.ts): normalizes and segments the whole
 * document exactly as the main thread does, then extracts the facts of the blocks after the split
 * and posts them back. Node only (worker_threads); bundled by esbuild, never by webpack.
 */
import { parentPort } from "node:worker_threads";
import { extractBlockFacts, segmentReport } from "../extract";
import { normalizeLines } from "../lines/normalize";
import { detectReportYear } from "../report";
import { decodeLines, splitIndex, type ExtractReply, type ExtractRequest } from "./protocol";

const port = parentPort;
if (!port) throw new Error("src/parallel/worker.ts runs only as a worker thread");

port.on("message", (request: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    const lines = normalizeLines(decodeLines(request.lines));
    const reportYear = detectReportYear(lines);
    const blocks = segmentReport(lines);
    const split = splitIndex(blocks, request.mainShare);
    const facts = extractBlockFacts(blocks.slice(split), reportYear);
    reply = { id: request.id, ok: true, split, blockCount: blocks.length, reportYear, facts };
  } catch (e) {
    reply = { id: request.id, ok: false, error: (e as Error)?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
