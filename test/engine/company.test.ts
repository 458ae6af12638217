import { detectCompany } from "../../src/report";
import { linesOf } from "./helpers";

const company = (text: string) => detectCompany(linesOf(text));

test("Chinese name: the run after a sentence opener, verb or particle", () => {
  expect(company("本报告是江西恒远光电科技股份有限公司发布的第二份ESG报告。").chineseName).toBe("江西恒远光电科技股份有限公司");
  expect(company("本公司为湖南鑫达新材料集团有限公司的控股子公司。").chineseName).toBe("湖南鑫达新材料集团有限公司");
  expect(company("我们深圳安和智能装备有限公司始终坚持绿色发展。").chineseName).toBe("深圳安和智能装备有限公司");
});
test("a name holding a particle character stays whole; a described 集团 is not a name", () => {
  expect(company("浙江新和成股份有限公司").chineseName).toBe("浙江新和成股份有限公司");
  expect(company("本集团致力于成为全球领先的制造集团。").name).toBeNull();
  expect(company("本报告由浙江蓝海科技集团编制。").chineseName).toBe("浙江蓝海科技集团");
});
test("Traditional Chinese legal forms", () => {
  expect(company("本報告由香港泰昌控股有限公司編製。").chineseName).toBe("香港泰昌控股有限公司");
  expect(company("本集團為台灣永豐集團有限公司之附屬公司。").chineseName).toBe("台灣永豐集團有限公司");
});
test("English name defining itself as the Company", () => {
  const c = company("This report is issued by Ocean Crest Logistics Holdings Limited (\u201cOcean Crest\u201d or the \u201cCompany\u201d).\nWe thank Harbour Finance Limited for its support.\nHarbour Finance Limited is our bank.");
  expect(c.name).toBe("Ocean Crest Logistics Holdings Limited");
  expect(c.shortName).toBe("Ocean Crest");
});
test("a bundle of reports past the name-scan bound: the reporter is the one named on the first pages", () => {
  const filler = "Our operations continued to improve energy efficiency across all sites this year.\n".repeat(25_000);
  const later = "Harbour Finance Limited supplied the figures below.\n".repeat(2_000);
  const c = company(`Ocean Crest Logistics Holdings Limited\n2024 ESG Report\n${filler}${later}`);
  expect(c.name).toBe("Ocean Crest Logistics Holdings Limited");
  // Within the bound the same later mentions would outnumber the cover's.
  expect(company(`Ocean Crest Logistics Holdings Limited\n2024 ESG Report\n${later}`).name).toBe("Harbour Finance Limited");
});
