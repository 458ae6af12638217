import { METRICS, findMetricsByText } from "../../src/catalogue";

/**
 * Typos and partial names: the search still finds the metric (as a loose "text" match, which never
 * resolves a formula on its own), ranked below exact, name, label and prefix matches.
 */
describe("findMetricsByText: typos and partial names", () => {
  const top = (q: string) => findMetricsByText(q)[0]?.metric.id;
  test.each([
    // short typos
    ["watr", "water_consumption"],
    ["wtaer", "water_consumption"],
    ["emplyees", "employees_total"],
    ["electricty", "electricity_consumption"],
    ["revenu", "revenue"],
    ["ghg_scop1", "ghg_scope1"],
    ["ghg scop1", "ghg_scope1"],
    ["ghg scope 1", "ghg_scope1"],
    // token-level: every word finds its best counterpart
    ["scope 2 emisions", "ghg_scope2"],
    ["wter consumption", "water_consumption"],
    ["femal employees", "employees_female"],
    ["hazardous wast", "waste_hazardous"],
    ["natual gas", "natural_gas_consumption"],
    ["indepedent directors", "independent_directors"],
    // id prefixes (loose too: a unique prefix never resolves a formula by itself)
    ["water_c", "water_consumption"],
    ["employees_fem", "employees_female"],
    // Chinese partial names, simplified and traditional
    ["用水", "water_consumption"],
    ["温室气体", "ghg_total"],
    ["溫室氣體", "ghg_total"],
    ["员工", "employees_total"],
    ["废水", "wastewater_discharge"],
    ["有害废弃", "waste_hazardous"],
  ])("%s → %s", (query, id) => {
    expect(top(query)).toBe(id);
  });

  test.each(["xyzzy", "zzqqxx", "qwerty", "asdfgh", "x", "蛋糕"])("nothing for nonsense: %s", (query) => {
    expect(findMetricsByText(query)).toEqual([]);
  });

  test("exact, name and label matches still come first, with their own kind", () => {
    expect(findMetricsByText("water_consumption")[0]).toMatchObject({ metric: { id: "water_consumption" }, matchedOn: "id" });
    expect(findMetricsByText("用水量")[0]).toMatchObject({ metric: { id: "water_consumption" }, matchedOn: "label" });
    expect(findMetricsByText("Scope 1")[0]).toMatchObject({ metric: { id: "ghg_scope1" }, matchedOn: "label" });
  });

  test("typo matches are loose ('text'): never as strong as a name or label match", () => {
    for (const q of ["watr", "emplyees", "ghg scop1", "温室气体"]) {
      const results = findMetricsByText(q);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.matchedOn).toBe("text");
        expect(r.score).toBeLessThan(0.7);
      }
    }
  });

  test("a prefix of an id outranks a typo of another", () => {
    const ids = findMetricsByText("waste_h").map((r) => r.metric.id);
    expect(ids.slice(0, 2).sort()).toEqual(["waste_hazardous", "waste_hazardous_intensity"]);
    expect(ids[0]).toBe("waste_hazardous");
  });

  test("results stay sorted by score and name each metric once", () => {
    for (const q of ["watr", "温室气体", "trainng hours"]) {
      const results = findMetricsByText(q);
      const scores = results.map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(new Set(results.map((r) => r.metric.id)).size).toBe(results.length);
    }
  });

  test("fast: under a millisecond a query over the whole catalogue", () => {
    expect(METRICS.length).toBeGreaterThan(100);
    const queries = ["watr", "emplyees", "ghg scop1", "scope 2 emisions", "用水", "温室气体", "xyzzy", "electricty", "trainng hours", "hazardous wast"];
    for (let i = 0; i < 10; i++) for (const q of queries) findMetricsByText(`${q}${i % 2 ? "" : " "}`); // warm up (JIT)
    const rounds = 20;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const q of queries) findMetricsByText(`${q}${i % 2 ? "" : " "}`);
    const perQuery = (performance.now() - start) / (rounds * queries.length);
    expect(perQuery).toBeLessThan(1);
  });
});
