/** Human-readable output of the CLI: a plain-text table of records. Pure. */
import type { EsgRecord, ExtractionResult } from "../records/types";

const COLUMNS: ReadonlyArray<{ title: string; cell: (r: EsgRecord) => string; right?: boolean }> = [
  { title: "metric", cell: (r) => r.metric },
  { title: "year", cell: (r) => String(r.year) },
  { title: "value", cell: (r) => formatNumber(r.value), right: true },
  { title: "unit", cell: (r) => r.unit },
  { title: "as printed", cell: (r) => `${r.reported.text ?? formatNumber(r.reported.value)} ${r.reported.unit}`.trim() },
  { title: "where", cell: (r) => (r.source.page ? `p.${r.source.page} ` : "") + `l.${r.source.line}` },
  { title: "conf", cell: (r) => r.confidence.toFixed(2) + (r.conflict ? " !" : ""), right: true },
];

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

export function formatResultTable(fileName: string, result: ExtractionResult): string {
  const company = result.company.name ?? "(company not found)";
  const year = result.reportYear ?? "year not found";
  const header = `${fileName}: ${company}, ${year}, ${result.records.length} record${result.records.length === 1 ? "" : "s"}`;
  if (result.records.length === 0) return [header, ...result.warnings.map((w) => `  note: ${w}`)].join("\n");

  const rows = result.records.map((r) => COLUMNS.map((c) => c.cell(r)));
  const widths = COLUMNS.map((c, i) => Math.max(c.title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (COLUMNS[i].right ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  return [
    header,
    "",
    line(COLUMNS.map((c) => c.title)),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    ...result.warnings.map((w) => `note: ${w}`),
  ].join("\n");
}
