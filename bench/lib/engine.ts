// The engine as the extraction benchmark loads it: one esbuild bundle that a worker thread can load too
// (src/cli/threads.ts starts its worker on the caller's script file).
export { documentFromText } from "../../src/document/types";
export { extractReport } from "../../src/extract";
export { extractReportOnThreads } from "../../src/cli/threads";
