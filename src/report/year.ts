/**
 * Report-year detection from explicit statements only: the covered period ("from January 1, 2023
 * to December 31, 2023", "2023年1月1日至2023年12月31日") or a report title ("2024 ESG Report").
 * A document that states neither (a policy, a brochure) has no report year: null.
 */
import type { TextLine } from "../lines/normalize";

const PERIOD_EN = /(?:January|Jan\.?)\s+1\s*,?\s*((?:19|20)\d\d)\s*,?\s*(?:to|through|until|-)\s*(?:December|Dec\.?)\s+31\s*,?\s*((?:19|20)\d\d)/i;
const PERIOD_EN_DMY = /1\s+(?:January|Jan\.?)\s*,?\s*((?:19|20)\d\d)\s*(?:to|through|until|-)\s*31\s+(?:December|Dec\.?)\s*,?\s*((?:19|20)\d\d)/i;
const PERIOD_ZH = /((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:至|到|-)\s*((?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日/;
const TITLE_EN = /\b((?:19|20)\d\d)\s+(?:Annual\s+)?(?:Environmental,?\s+Social\s+(?:and|&)\s+Governance|ESG|Sustainab\w*(?:\s+Development)?|Corporate\s+Social\s+Responsibility|Social\s+Responsibility|CSR)\s*(?:\(ESG\)\s*)?(?:(?:and|&)\s+(?:ESG|Sustainab\w*)\s+)?Report/i;
/** "from January 1 to December 31, 2024": a calendar year printed once. */
const PERIOD_EN_ONCE = /(?:January|Jan\.?)\s+1(?:st)?\s*(?:to|through|until|-)\s*(?:December|Dec\.?)\s+31(?:st)?\s*,?\s*((?:19|20)\d\d)/i;
const PERIOD_ZH_ONCE = /((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:至|到|-)\s*12\s*月\s*31\s*日/;
/**
 * A fiscal year: "from 1 September 2023 to 31 August 2024", "for the year ended 31 August 2024",
 * "fiscal year 2024", "財政年度2024". Rule: a fiscal year is the calendar year it ends in (the HKEX
 * "FY2024" for the year to 31 August 2024), so the period gives its end year.
 */
const PERIOD_FISCAL = /\b(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+((?:19|20)\d\d)\s*(?:to|through|until|-)\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+((?:19|20)\d\d)\b/;
const FISCAL_TITLE = /\b(?:for\s+the\s+)?(?:financial\s+|fiscal\s+)?year\s+ended\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+((?:19|20)\d\d)\b|\b(?:fiscal|financial)\s+year\s+((?:19|20)\d\d)\b|(?:财政|財政)年度\s*((?:19|20)\d\d)/i;
const TITLE_ZH = /((?:19|20)\d\d)\s*年?度?\s*(?:环境、社会及(?:公司)?治理|ESG|可持续发展|社会责任)\s*报告/;
/** Titles are trusted on the cover and in the opening pages only. */
const TITLE_LINES = 200;

export function detectReportYear(lines: readonly TextLine[]): number | null {
  const detector = new ReportYearDetector();
  for (let i = 0; i < lines.length && !detector.settled; i++) detector.push(lines[i], i);
  return detector.result();
}

/**
 * detectReportYear one line at a time: `settled` turns true at the statement that decides the year
 * (a covered period, or in the opening lines a period printed once or a fiscal period); otherwise the
 * year is the title votes' winner once all lines are read.
 */
export class ReportYearDetector {
  private readonly titleVotes = new Map<number, number>();
  private prev = "";
  private year: number | null = null;
  settled = false;

  /** `i` is the line's index among the normalized lines. True once the year is settled. */
  push(line: TextLine, i: number): boolean {
    const text = line.text;
    if (this.settled || text === "") return this.settled;
    const joined = this.prev ? `${this.prev} ${text}` : text;
    const p = PERIOD_EN.exec(joined) ?? PERIOD_EN_DMY.exec(joined) ?? PERIOD_ZH.exec(joined);
    if (p && p[1] === p[2]) return this.settle(Number(p[2]));
    if (i < TITLE_LINES) {
      const once = PERIOD_EN_ONCE.exec(joined) ?? PERIOD_ZH_ONCE.exec(joined);
      if (once) return this.settle(Number(once[1]));
      const fiscal = PERIOD_FISCAL.exec(joined);
      if (fiscal && Number(fiscal[2]) === Number(fiscal[1]) + 1) return this.settle(Number(fiscal[2]));
      const votes = this.titleVotes;
      const t = TITLE_EN.exec(joined) ?? TITLE_ZH.exec(joined);
      if (t) votes.set(Number(t[1]), (votes.get(Number(t[1])) ?? 0) + 1);
      else {
        // The first fiscal-year statement names the report's year; later ones ("comparative figures are
        // for the year ended …") only add to a year already named.
        const f = FISCAL_TITLE.exec(joined);
        const y = f ? Number(f[1] ?? f[2] ?? f[3]) : 0;
        if (y && (votes.size === 0 || votes.has(y))) votes.set(y, (votes.get(y) ?? 0) + 1);
      }
    }
    this.prev = text;
    return false;
  }

  private settle(year: number): boolean {
    this.year = year;
    this.settled = true;
    return true;
  }

  /** The settled year, else the title votes' winner (null when nothing names one). */
  result(): number | null {
    if (this.settled) return this.year;
    let year: number | null = null;
    let votes = 0;
    for (const [y, n] of this.titleVotes) if (n > votes || (n === votes && year !== null && y > year)) [year, votes] = [y, n];
    return year;
  }
}
