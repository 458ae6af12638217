// Bilingual label cells (Chinese and English standing together) and complaint wording.
import { matchMetricCandidates, matchMetricLabel } from "../../src/catalogue";
import { splitScripts } from "../../src/catalogue/matcher";
import { normalizeLabel } from "../../src/catalogue/normalize-label";

const id = (label: string): string | null => matchMetricLabel(label)?.metricId ?? null;

describe("bilingual labels: halves tried when the whole label matches nothing", () => {
  test.each([
    // The whole fails ("投诉complaints" hides the English words from the matcher); 投訴 alone names nothing
    // and vetoes nothing, "Complaints received" names the metric.
    ["投訴 Complaints received", "customer_complaints"],
    ["Complaints received 投訴", "customer_complaints"],
    ["投訴 Number of complaints", "customer_complaints"],
    ["合計 Total GHG emissions", "ghg_total"],
    ["合计 Total employees", "employees_total"],
    ["外購電力 Purchased electricity", "electricity_purchased"],
    // Matched as a whole already (the Chinese half's pattern): unchanged.
    ["温室气体排放总量 Total GHG emissions", "ghg_total"],
    ["溫室氣體排放總量 Total GHG emissions", "ghg_total"],
    ["范围一 Scope 1 emissions", "ghg_scope1"],
  ] as const)("%s → %s", (label, expected) => {
    expect(id(label)).toBe(expected);
  });

  test("halves naming different metrics give no match", () => {
    // 员工总数 alone is employees_total and "Turnover rate" alone is turnover_rate: no way to tell which the
    // row's figure is, so no match (a missing figure is visible, a wrong metric is not).
    expect(id("员工总数")).toBe("employees_total");
    expect(id("Turnover rate")).toBe("turnover_rate");
    expect(matchMetricCandidates("员工总数 Turnover rate")).toEqual([]);
  });

  test("a half that matches nothing but changes the meaning vetoes the other half's match", () => {
    // 女性 (female) is one of employees_total's exclusions; 目标 (target) one of ghg_total's.
    expect(id("女性 Total employees")).toBeNull();
    expect(id("目标 Total GHG emissions")).toBeNull();
    expect(id("员工总数 Female")).toBeNull();
  });

  test("a half naming nothing in either script stays no match", () => {
    expect(id("投訴 Complaints")).toBeNull();
  });

  test("the match is rescored on the whole label (0.5..1) and keeps its pattern", () => {
    const m = matchMetricLabel("投訴 Complaints received")!;
    expect(m.pattern).toBe("complaints received");
    expect(m.score).toBeGreaterThan(0.5);
    expect(m.score).toBeLessThan(1);
  });

  test("splitScripts: Chinese runs keep their digits, bare numbers follow the run before them", () => {
    expect(splitScripts(normalizeLabel("投訴 Complaints received"))).toEqual({ cjk: "投诉", latin: "complaints received" });
    expect(splitScripts(normalizeLabel("范围一 Scope 1"))).toEqual({ cjk: "范围1", latin: "scope 1" });
    expect(splitScripts(normalizeLabel("Total GHG emissions 温室气体排放总量"))).toEqual({ cjk: "温室气体排放总量", latin: "total ghg emissions" });
  });
});

describe("service complaint wording", () => {
  test.each([
    ["Complaints about services", "customer_complaints"],
    ["Complaints about our services", "customer_complaints"],
    ["Service-related complaints", "customer_complaints"],
    ["Number of service-related complaints received", "customer_complaints"],
    ["Complaints related to services", "customer_complaints"],
    ["Number of products and service related complaints received", "customer_complaints"],
    // The short breakdown form beside "Number of products complaints received" (HKEX B6.2 sub-rows) stays a part.
    ["Number of service complaints received", null],
    ["Service complaints", null],
    ["Complaints about services resolved", null],
    ["Service-related complaint resolution rate", null],
  ] as const)("%s → %s", (label, expected) => {
    expect(id(label)).toBe(expected);
  });
});
