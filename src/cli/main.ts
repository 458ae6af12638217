/**
 * The esg command line: `npm run --silent esg -- extract <file...> [--json]`.
 * The only module of the engine that touches the file system and the process.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { importDocument, DocumentImportError } from "../document";
import type { ExtractionResult } from "../records/types";
import { parseArgs, USAGE } from "./args";
import { formatResultTable } from "./format";
import { extractReportOnThreads, isTailWorker } from "./threads";

const VERSION = "0.1.0";

interface FileOutcome {
  file: string;
  result?: ExtractionResult;
  error?: string;
}

async function extractFile(file: string, minConfidence: number, threads: 1 | 2): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { file, error: `${file} is a folder, not a file.` };
    bytes = await readFile(file);
  } catch (e) {
    return { file, error: describeFsError(file, e) };
  }
  try {
    const doc = await importDocument(bytes, basename(file));
    // ESG_DEBUG=1 says how a large document was read (one pass, or head and tail on two threads).
    const onSplit = process.env.ESG_DEBUG ? (how: string) => process.stderr.write(`esg: ${file}: ${how}\n`) : undefined;
    const result = await extractReportOnThreads(doc, { threads, onSplit });
    result.records = result.records.filter((r) => r.confidence >= minConfidence);
    result.warnings = [...doc.warnings, ...result.warnings];
    return { file, result };
  } catch (e) {
    if (e instanceof DocumentImportError) return { file, error: e.message };
    if (process.env.ESG_DEBUG) console.error(e);
    return { file, error: `could not process ${file}: ${(e as Error)?.message ?? String(e)}` };
  }
}

function describeFsError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return `${file}: no such file.`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied.`;
  return `${file}: cannot be read (${code ?? (e as Error)?.message ?? "unknown error"}).`;
}

function toJson(outcome: FileOutcome) {
  const r = outcome.result!;
  return { file: outcome.file, company: r.company, reportYear: r.reportYear, records: r.records, warnings: r.warnings };
}

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "version":
      process.stdout.write(`esg ${VERSION}\n`);
      return 0;
    case "usage-error":
      process.stderr.write(`esg: ${command.message}\n\n${USAGE}`);
      return 2;
    case "extract": {
      const outcomes: FileOutcome[] = [];
      for (const file of command.files) outcomes.push(await extractFile(file, command.minConfidence, command.threads));
      for (const o of outcomes) if (o.error) process.stderr.write(`esg: ${o.error}\n`);
      const done = outcomes.filter((o) => o.result);
      if (command.json) {
        // One JSON document: the contract's shape for one file, a list of them for several.
        if (command.files.length === 1) {
          if (done.length) process.stdout.write(JSON.stringify(toJson(done[0]), null, 2) + "\n");
        } else {
          process.stdout.write(JSON.stringify({ documents: done.map(toJson) }, null, 2) + "\n");
        }
      } else {
        process.stdout.write(done.map((o) => formatResultTable(o.file, o.result!)).join("\n\n") + (done.length ? "\n" : ""));
      }
      return done.length === outcomes.length ? 0 : 1;
    }
  }
}

// In a tail worker (src/cli/threads.ts) this script only serves extraction jobs.
if (!isTailWorker()) {
  // A reader that stops early (`esg extract x.pdf | head`) closes the pipe: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`esg: unexpected failure: ${(e as Error)?.message ?? String(e)}\n`);
      if (process.env.ESG_DEBUG) console.error(e);
      process.exitCode = 1;
    },
  );
}
