/**
 * Which company a report belongs to in the workbook. A re-imported or later report of a company already in
 * the workbook must land under the same Company cell (the model sheets and ESG.METRIC look it up by name),
 * so every name a report uses is matched against the names the workbook already knows. Case, width, spacing
 * and punctuation do not matter (normalizeKey): "JL MAG Rare-Earth Co., Ltd." = "jl mag rare earth co ltd".
 */
import type { CompanyInfo } from "../records/types";
import { companyDisplayName } from "../dataset/rows";
import { normalizeKey } from "../dataset/text";
import type { SourceRow } from "../dataset/types";

/** The Company cell for a report: its display name (legal, short, Chinese name, stock code, first alias), else the file name. */
export function reportCompanyName(company: CompanyInfo, fileName: string): string {
  return companyDisplayName(company, fileName.replace(/\.[^.]+$/, "")).trim();
}

export function companyNames(company: CompanyInfo): string[] {
  return [company.name, company.shortName, company.chineseName, company.stockCode, ...company.aliases].filter(
    (name): name is string => typeof name === "string" && name.trim() !== "",
  );
}

/** Known names → the Company cell they belong to. Grows as reports are resolved, so two new reports of one company also meet. */
export class CompanyResolver {
  private readonly byKey = new Map<string, string>();

  constructor(sources: readonly SourceRow[], dataCompanies: readonly string[]) {
    for (const source of sources) this.learn(source.company, [source.company, source.stockCode, ...source.aliases]);
    for (const company of dataCompanies) this.learn(company, [company]);
  }

  /** The workbook's name for this report's company; a new company gets its display name. */
  resolve(company: CompanyInfo, fileName: string): string {
    const names = companyNames(company);
    for (const name of names) {
      const known = this.byKey.get(normalizeKey(name));
      if (known !== undefined) {
        this.learn(known, names);
        return known;
      }
    }
    const display = reportCompanyName(company, fileName);
    this.learn(display, [display, ...names]);
    return display;
  }

  private learn(company: string, names: readonly string[]): void {
    for (const name of names) {
      const key = normalizeKey(name);
      // One-letter keys ("A") would join unrelated companies.
      if (key.length >= 2 && !this.byKey.has(key)) this.byKey.set(key, company);
    }
  }
}
