/** Command-line arguments, parsed without I/O so that usage errors are testable. */

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "extract"; files: string[]; json: boolean; minConfidence: number; threads: 1 | 2 }
  | { kind: "usage-error"; message: string };

export const USAGE = `Usage: esg <command> [options]

Commands:
  extract <file> [<file> ...]   Extract ESG metrics from reports (.txt .md .html .pdf .docx)
  help                          Show this help
  version                       Show the version

Options for extract:
  --json                        Print one JSON document instead of a table
  --min-confidence <0..1>       Leave out records below this confidence (default 0)
  --threads <1|2>               Threads for a large document (default 2; the result is the same)

Examples:
  npm run --silent esg -- extract report.pdf
  npm run --silent esg -- extract report.txt --json > report.json
`;

export function parseArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return { kind: "help" };
  if (command === "version" || command === "--version" || command === "-v") return { kind: "version" };
  if (command !== "extract") return { kind: "usage-error", message: `Unknown command "${command}".` };

  const files: string[] = [];
  let json = false;
  let minConfidence = 0;
  let threads: 1 | 2 = 2;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") return { kind: "help" };
    else if (arg === "--min-confidence") {
      const value = Number(rest[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 1) {
        return { kind: "usage-error", message: "--min-confidence takes a number from 0 to 1." };
      }
      minConfidence = value;
    } else if (arg === "--threads") {
      const value = rest[++i];
      if (value !== "1" && value !== "2") return { kind: "usage-error", message: "--threads takes 1 or 2." };
      threads = value === "1" ? 1 : 2;
    } else if (arg.startsWith("--")) return { kind: "usage-error", message: `Unknown option "${arg}".` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: "usage-error", message: "extract needs at least one file." };
  return { kind: "extract", files, json, minConfidence, threads };
}
