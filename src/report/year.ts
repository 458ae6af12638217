/**
 * Report-year detection from explicit statements only: the covered period ("from January 1, 2023
 * to December 31, 2023", "2023年1月1日至2023年12月31日") or a report title ("2024 ESG Report").
 * A document that states neither (a policy, a brochure) has no report year: null.
 */
import type { TextLine } from "../lines/normalize";

const PERIOD_EN = /(?:January|Jan\.?)\s+1\s*,?\s*((?:19|20)\d\d)\s*,?\s*(?:to|through|until|-)\s*(?:December|Dec\.?)\s+31\s*,?\s*((?:19|20)\d\d)/i;
const PERIOD_EN_DMY = /1\s+(?:January|Jan\.?)\s*,?\s*((?:19|20)\d\d)\s*(?:to|through|until|-)\s*31\s+(?:December|Dec\.?)\s*,?\s*((?:19|20)\d\d)/i;
const PERIOD_ZH = /((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:至|到|-)\s*((?:19|20)\d\d)\s*年\s*12\s*月\s*31\s*日/;
const TITLE_EN = /\b((?:19|20)\d\d)\s+(?:Annual\s+)?(?:Environmental,?\s+Social\s+(?:and|&)\s+Governance|ESG|Sustainab\w*(?:\s+Development)?|Corporate\s+Social\s+Responsibility|Social\s+Responsibility|CSR)\s*(?:\(ESG\)\s*)?Report/i;
const TITLE_ZH = /((?:19|20)\d\d)\s*年?度?\s*(?:环境、社会及(?:公司)?治理|ESG|可持续发展|社会责任)\s*报告/;
/** Titles are trusted on the cover and in the opening pages only. */
const TITLE_LINES = 200;

export function detectReportYear(lines: readonly TextLine[]): number | null {
  const titleVotes = new Map<number, number>();
  let prev = "";
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text === "") continue;
    const joined = prev ? `${prev} ${text}` : text;
    const p = PERIOD_EN.exec(joined) ?? PERIOD_EN_DMY.exec(joined) ?? PERIOD_ZH.exec(joined);
    if (p && p[1] === p[2]) return Number(p[2]);
    if (i < TITLE_LINES) {
      const t = TITLE_EN.exec(joined) ?? TITLE_ZH.exec(joined);
      if (t) titleVotes.set(Number(t[1]), (titleVotes.get(Number(t[1])) ?? 0) + 1);
    }
    prev = text;
  }
  let year: number | null = null;
  let votes = 0;
  for (const [y, n] of titleVotes) if (n > votes || (n === votes && year !== null && y > year)) [year, votes] = [y, n];
  return year;
}
