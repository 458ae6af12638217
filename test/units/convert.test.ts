import { SCALE_WORDS, UnitError, canonicalUnit, convertValue, unitsForDimension } from "../../src/units";

describe("convertValue: every conversion stated in metrics.json", () => {
  test.each([
    // ghg
    [1, "kgCO2e", "tCO2e", 0.001],
    [1, "ktCO2e", "tCO2e", 1000],
    [1, "MtCO2e", "tCO2e", 1_000_000],
    // energy
    [1, "kWh", "MWh", 0.001],
    [1, "GWh", "MWh", 1000],
    [3.6, "GJ", "MWh", 1],
    [1, "GJ", "MWh", 1 / 3.6],
    [1, "TJ", "MWh", 1000 / 3.6],
    [1, "tce", "MWh", 8.141],
    [1, "吨标准煤", "MWh", 8.141],
    [1, "tce", "GJ", 29.3076],
    [1, "10,000 kWh", "MWh", 10],
    [1, "万千瓦时", "MWh", 10],
    // volume
    [1, "L", "m3", 0.001],
    [1, "ML", "m3", 1000],
    [1, "10,000 m3", "m3", 10_000],
    // mass
    [1, "kg", "t", 0.001],
    [1, "10,000 tonnes", "t", 10_000],
    // currency
    [1, "CNY 10,000", "CNY", 10_000],
    [1, "RMB 10,000", "CNY", 10_000],
    [1, "万元", "CNY", 10_000],
    [1, "RMB 100 million", "CNY", 100_000_000],
    [1, "亿元", "CNY", 100_000_000],
    [1, "RMB'000", "CNY", 1000],
    [1, "million yuan", "CNY", 1_000_000],
    // count
    [1, "10,000 persons", "count", 10_000],
    // time
    [90, "min", "h", 1.5],
  ] as const)("%d %s = %d %s", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toBeCloseTo(expected, 9);
  });
});

describe("convertValue: units users type in ESG.CONVERT / ESG.METRIC", () => {
  test.each([
    [416544, "MWh", "GJ", 1499558.4],
    [1000, "kWh", "MWh", 1],
    [4570, "tce", "MWh", 37204.37],
    [36958.37, "Ton of Standard Coal", "MWh", 300878.09017],
    [1, "MWh", "kWh", 1000],
    [175.55238, "ktCO2e", "tCO2e", 175552.38],
    [1683.68, "万元", "CNY", 16836800],
    [3.21, "亿元", "万元", 32100],
    [1, "CNY 10,000", "万元", 1],
    [5, "t", "tCO2e", 5],
  ] as const)("%d %s → %s", (value, from, to, expected) => {
    expect(convertValue(value, from, to)).toBeCloseTo(expected, 4);
  });
  test("mass ↔ volume only with the water dimension", () => {
    expect(() => convertValue(1, "t", "m3")).toThrow(UnitError);
    expect(convertValue(47.18, "Ten thousand tonnes", "m3", "volume")).toBeCloseTo(471800, 6);
  });
  test("intensities convert when the denominators agree", () => {
    expect(convertValue(0.026, "tCO2e/RMB'000", "tCO2e/CNY10,000")).toBeCloseTo(0.26, 12);
    expect(convertValue(1, "kWh/CNY10,000 revenue", "MWh/万元")).toBeCloseTo(0.001, 12);
    expect(() => convertValue(1, "tCO2e/RMB'000", "tCO2e")).toThrow(UnitError);
    expect(() => convertValue(1, "MWh/ kg output", "MWh/CNY'000")).toThrow(UnitError);
  });
});

describe("convertValue errors", () => {
  test("different dimensions", () => {
    expect(() => convertValue(1, "MWh", "t")).toThrow(new UnitError('Cannot convert "MWh" to "t": "MWh" is energy and "t" is mass.'));
    expect(() => convertValue(1, "GJ", "m3")).toThrow(UnitError);
    expect(() => convertValue(1, "%", "h")).toThrow(UnitError);
  });
  test("unknown unit", () => {
    expect(() => convertValue(1, "furlongs", "MWh")).toThrow(new UnitError('Unknown unit "furlongs".'));
    expect(() => convertValue(1, "MWh", "bogus", "energy")).toThrow(/Unknown unit "bogus"\. Units for energy: MWh, kWh, GWh/);
  });
  test("no exchange rates", () => {
    expect(() => convertValue(1, "USD", "CNY")).toThrow(/exchange rates/);
  });
  test("UnitError is an Error with its own name", () => {
    try {
      convertValue(1, "x", "y");
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe("UnitError");
    }
    expect.assertions(2);
  });
});

describe("canonicalUnit / unitsForDimension / scale words", () => {
  test("canonical units of metrics.json", () => {
    expect(["ghg", "energy", "volume", "mass", "currency", "count", "percent", "hours", "days"].map((d) => canonicalUnit(d as never))).toEqual(["tCO2e", "MWh", "m3", "t", "CNY", "count", "%", "h", "d"]);
  });
  test("units a user can type", () => {
    expect(unitsForDimension("energy")).toEqual(expect.arrayContaining(["MWh", "kWh", "GWh", "GJ", "TJ", "tce", "10,000 kWh", "万千瓦时"]));
    expect(unitsForDimension("currency")).toEqual(expect.arrayContaining(["CNY", "USD", "HKD", "万元", "CNY 10,000"]));
    for (const u of unitsForDimension("energy")) expect(convertValue(1, u, "MWh")).toBeGreaterThan(0);
    for (const u of unitsForDimension("mass")) expect(convertValue(1, u, "t")).toBeGreaterThan(0);
  });
  test("scale words in English and Chinese", () => {
    const factor = (t: string) => SCALE_WORDS.find((s) => s.text === t)?.factor;
    expect([factor("thousand"), factor("'000"), factor("million"), factor("billion"), factor("10,000"), factor("tenthousand"), factor("万"), factor("亿"), factor("千"), factor("百万"), factor("hundredmillion")]).toEqual([1e3, 1e3, 1e6, 1e9, 1e4, 1e4, 1e4, 1e8, 1e3, 1e6, 1e8]);
  });
});
