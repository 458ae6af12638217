/**
 * The populate plan: everything a populate writes, computed without Excel. Both writers (Office.js and
 * the .xlsx export) apply the same plan, so what the analyst sees does not depend on where the pane runs.
 */
import { preferredRows, runChecks, type CheckResult } from "../checks";
import { companyKey } from "../checks/rows";
import { CHECKS_SHEET_NAME, DATA_SHEET_NAME, SOURCES_SHEET_NAME } from "../dataset/schema";
import { normalizeKey } from "../dataset/text";
import { CompanyResolver, reportCompanyName } from "./companies";
import type { DataRow, SourceRow } from "../dataset/types";
import { rowFromRecord } from "./incoming";
import { mergeDataRows, type RowOutcome } from "./merge";
import type { MetricCatalogue } from "./metrics";
import { buildModelSheet, type ModelSheetLayout } from "./modelSheet";
import { toSheetName, uniqueSheetName } from "./sheetNames";
import type { ImportedReport, PopulateSummary } from "./types";

/** A sheet already in the workbook; `modelOf` is the company in B2 when A1 carries the model-sheet title. */
export interface ExistingSheet {
  name: string;
  modelOf: string | null;
}

/** What the workbook holds before the populate. */
export interface ExistingWorkbook {
  /** ESG Data body rows, in table order. */
  dataRows: readonly DataRow[];
  /** ESG Sources body rows, in table order. */
  sourceRows: readonly SourceRow[];
  sheets: readonly ExistingSheet[];
}

export const EMPTY_WORKBOOK: ExistingWorkbook = { dataRows: [], sourceRows: [], sheets: [] };

export interface PopulatePlan {
  /** The whole ESG Data body after the populate: the existing rows at their positions, then the added rows. */
  dataRows: DataRow[];
  /** One per data row. The first `existingDataRowCount` rows were already in the table. */
  dataOutcomes: RowOutcome[];
  existingDataRowCount: number;
  /** The whole ESG Sources body: existing documents at their positions (re-imports updated), then new ones. */
  sourceRows: SourceRow[];
  existingSourceRowCount: number;
  modelSheets: ModelSheetLayout[];
  /** ESG Checks is derived data: regenerated in full on every populate. */
  checks: CheckResult[];
  summary: PopulateSummary;
}

function mergeSources(existing: readonly SourceRow[], incoming: readonly SourceRow[]): SourceRow[] {
  const rows = [...existing];
  const key = (row: SourceRow) => `${normalizeKey(row.company)}|${row.document.trim().toLowerCase()}`;
  for (const row of incoming) {
    const position = rows.findIndex((candidate) => key(candidate) === key(row));
    if (position < 0) {
      rows.push(row);
      continue;
    }
    const previous = rows[position];
    rows[position] = {
      ...row,
      aliases: [...new Set([...previous.aliases, ...row.aliases])],
      stockCode: row.stockCode || previous.stockCode,
      reportYear: row.reportYear ?? previous.reportYear,
      pages: row.pages ?? previous.pages,
    };
  }
  return rows;
}

/** Companies in the order the workbook met them: ESG Sources first, then any only ESG Data knows (typed by hand). */
function companiesInOrder(sources: readonly SourceRow[], data: readonly DataRow[]): string[] {
  const seen = new Map<string, string>();
  for (const company of [...sources.map((row) => row.company), ...data.map((row) => row.company)]) {
    if (company && !seen.has(companyKey(company))) seen.set(companyKey(company), company);
  }
  return [...seen.values()];
}

/**
 * Sheet name per company: the model sheet that already shows it, else a new valid unique name. A user's
 * own sheet is never taken over: names in use are avoided, so "Acme" may become "Acme (2)".
 */
function assignSheetNames(companies: readonly string[], sheets: readonly ExistingSheet[]): Map<string, string> {
  const taken = new Set([DATA_SHEET_NAME, SOURCES_SHEET_NAME, CHECKS_SHEET_NAME, ...sheets.map((sheet) => sheet.name)].map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  for (const company of companies) {
    const existing = sheets.find((sheet) => sheet.modelOf !== null && companyKey(sheet.modelOf) === companyKey(company));
    const name = existing?.name ?? uniqueSheetName(toSheetName(company), taken);
    taken.add(name.toLowerCase());
    names.set(company, name);
  }
  return names;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summarize(
  outcomes: readonly RowOutcome[],
  companies: string[],
  checks: readonly CheckResult[],
  replacedConfirmed: number,
  renamed: ReadonlyArray<[string, string]>,
): PopulateSummary {
  const count = (outcome: RowOutcome) => outcomes.filter((o) => o === outcome).length;
  const summary: PopulateSummary = {
    added: count("added"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    keptUserEdits: count("keptUserEdit"),
    companies,
    checks: checks.length,
    messages: [],
  };
  summary.messages.push(`ESG Data: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`);
  if (summary.keptUserEdits > 0) {
    summary.messages.push(
      `${plural(summary.keptUserEdits, "value you edited in ESG Data was", "values you edited in ESG Data were")} kept; the import gives a different figure (see ESG Checks).`,
    );
  }
  if (replacedConfirmed > 0) {
    summary.messages.push(`${plural(replacedConfirmed, "confirmed value was", "confirmed values were")} replaced by a different imported figure; please re-check.`);
  }
  for (const [reported, known] of renamed) summary.messages.push(`"${reported}" was matched to the company already in the workbook, "${known}".`);
  summary.messages.push(checks.length ? `ESG Checks: ${plural(checks.length, "flag", "flags")} to review.` : "ESG Checks: no issues found.");
  return summary;
}

export interface PlanOptions {
  catalogue: MetricCatalogue;
}

/** Reports + what the workbook holds → what populate writes. Pure; never drops an existing row. */
export function buildPopulatePlan(reports: readonly ImportedReport[], existing: ExistingWorkbook, options: PlanOptions): PopulatePlan {
  const { catalogue } = options;
  const resolver = new CompanyResolver(existing.sourceRows, existing.dataRows.map((row) => row.company));
  const incomingRows: DataRow[] = [];
  const incomingSources: SourceRow[] = [];
  const touchedCompanies: string[] = [];
  const renamed: Array<[string, string]> = [];

  for (const report of reports) {
    const fileName = report.document.fileName;
    const company = resolver.resolve(report.company, fileName);
    const reportedName = reportCompanyName(report.company, fileName);
    if (companyKey(reportedName) !== companyKey(company)) renamed.push([reportedName, company]);
    if (!touchedCompanies.includes(company)) touchedCompanies.push(company);
    for (const record of report.records) incomingRows.push(rowFromRecord(company, fileName, record, catalogue));
    incomingSources.push({
      document: fileName,
      company,
      aliases: [...new Set(report.company.aliases)],
      stockCode: report.company.stockCode ?? "",
      reportYear: report.reportYear,
      format: report.document.format,
      importedAt: report.importedAt,
      records: report.records.length,
      pages: report.document.pageCount ?? null,
    });
  }

  const merged = mergeDataRows(existing.dataRows, incomingRows);
  const sourceRows = mergeSources(existing.sourceRows, incomingSources);
  const companies = companiesInOrder(sourceRows, merged.rows);
  const sheetNames = assignSheetNames(companies, existing.sheets);
  const preferred = [...preferredRows(merged.rows).values()];
  const modelSheets = companies.map((company) =>
    buildModelSheet(
      sheetNames.get(company)!,
      company,
      preferred.filter((row) => companyKey(row.company) === companyKey(company)),
      catalogue,
    ),
  );
  const checks = runChecks(merged.rows);

  return {
    dataRows: merged.rows,
    dataOutcomes: merged.outcomes,
    existingDataRowCount: existing.dataRows.length,
    sourceRows,
    existingSourceRowCount: existing.sourceRows.length,
    modelSheets,
    checks,
    summary: summarize(merged.outcomes, touchedCompanies, checks, merged.replacedConfirmed, renamed),
  };
}
