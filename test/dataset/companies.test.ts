import { Dataset } from "../../src/dataset/dataset";
import { goldTables, JINGSHENG, JINPAN, JLMAG } from "./fixtures/corpus";

const resolver = Dataset.fromTables(goldTables()).companyResolver();
const resolvedName = (query: string) => {
  const match = resolver.resolve(query);
  return match.ok ? match.company.name : match;
};

describe("company resolution", () => {
  test.each([
    ["JL MAG Rare-Earth Co., Ltd.", JLMAG.name],
    ["jl mag rare earth co ltd", JLMAG.name],
    ["JL MAG", JLMAG.name],
    ["jl-mag", JLMAG.name],
    ["JL MAG Rare-Earth", JLMAG.name],
    ["300748.SZ", JLMAG.name],
    ["300748", JLMAG.name],
    ["06680.HK", JLMAG.name],
    ["金力永磁", JLMAG.name],
    ["江西金力永磁科技", JLMAG.name],
    ["Jinpan", JINPAN.name],
    ["JINPAN SMART", JINPAN.name],
    ["688676", JINPAN.name],
    ["金盘", JINPAN.name],
    ["JSG", JINGSHENG.name],
    ["Zhejiang Jingsheng", JINGSHENG.name],
    ["晶盛机电", JINGSHENG.name],
  ])("%s", (query, expected) => {
    expect(resolvedName(query)).toBe(expected);
  });

  test("unknown names suggest the closest companies", () => {
    expect(resolver.resolve("JL MAGG")).toEqual({ ok: false, reason: "unknown", suggestions: [JLMAG.name] });
    expect(resolver.resolve("Jinpon")).toEqual({ ok: false, reason: "unknown", suggestions: [JINPAN.name, JINGSHENG.name] });
    expect(resolver.resolve("Tesla")).toEqual({ ok: false, reason: "unknown", suggestions: [] });
  });

  test("legal words alone match nothing; a name two companies share is ambiguous", () => {
    expect(resolver.resolve("Co., Ltd.")).toEqual({ ok: false, reason: "unknown", suggestions: [] });
    const withTwins = Dataset.fromTables(goldTables());
    withTwins.addCompany("Jinpan Holdings Ltd.");
    withTwins.addCompany("Huaneng Smart Energy Co., Ltd.");
    const twins = withTwins.companyResolver();
    // "Jinpan" is Jinpan Smart's own alias: an exact alias beats a name that only starts the same.
    expect(twins.resolve("Jinpan")).toEqual({ ok: true, company: expect.objectContaining({ name: JINPAN.name }) });
    expect(twins.resolve("Jinpan Holdings")).toEqual({ ok: true, company: expect.objectContaining({ name: "Jinpan Holdings Ltd." }) });
    expect(twins.resolve("Smart")).toEqual({ ok: false, reason: "ambiguous", candidates: [JINPAN.name, "Huaneng Smart Energy Co., Ltd."] });
    expect(twins.resolve("Jinpan Smart")).toEqual({ ok: true, company: expect.objectContaining({ name: JINPAN.name }) });
  });

  test("a partial last word needs three letters", () => {
    expect(resolver.resolve("Zhejiang Jin")).toEqual({ ok: true, company: expect.objectContaining({ name: JINGSHENG.name }) });
    expect(resolver.resolve("Zhejiang J").ok).toBe(false);
  });
});
