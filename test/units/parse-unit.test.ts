import { parseUnit, parseUnitFor } from "../../src/units";

type Row = readonly [printed: string, dimension: string, factor: number, canonical: string];

// Units as printed in the corpus and in Chinese reports. factor: multiply the printed value to get the canonical unit.
const SIMPLE: readonly Row[] = [
  ["tCO2e", "ghg", 1, "tCO2e"],
  ["Nm3", "volume", 1, "m3"],
  ["Nm³", "volume", 1, "m3"],
  ["10,000 Nm3", "volume", 10000, "m3"],
  ["万标准立方米", "volume", 10000, "m3"],
  ["tCO ₂ e", "ghg", 1, "tCO2e"],
  ["tCO²e", "ghg", 1, "tCO2e"],
  ["tCO2", "ghg", 1, "tCO2e"],
  ["tonnes CO2e", "ghg", 1, "tCO2e"],
  ["吨二氧化碳当量", "ghg", 1, "tCO2e"],
  ["kgCO2e", "ghg", 0.001, "tCO2e"],
  ["ktCO2e", "ghg", 1000, "tCO2e"],
  ["MtCO2e", "ghg", 1e6, "tCO2e"],
  ["万吨二氧化碳当量", "ghg", 1e4, "tCO2e"],
  ["ton", "mass", 1, "t"],
  ["tonne", "mass", 1, "t"],
  ["Tonne", "mass", 1, "t"],
  ["tons", "mass", 1, "t"],
  ["吨", "mass", 1, "t"],
  ["kg", "mass", 0.001, "t"],
  ["10,000 tonnes", "mass", 1e4, "t"],
  ["万吨", "mass", 1e4, "t"],
  ["MWh", "energy", 1, "MWh"],
  ["megawatt hour", "energy", 1, "MWh"],
  ["kWh", "energy", 0.001, "MWh"],
  ["Kilowatt -hour", "energy", 0.001, "MWh"],
  ["10,000 KWH", "energy", 10, "MWh"],
  ["(10,000 kWh)", "energy", 10, "MWh"],
  ["万千瓦时", "energy", 10, "MWh"],
  ["千瓦时", "energy", 0.001, "MWh"],
  ["GWh", "energy", 1000, "MWh"],
  ["GJ", "energy", 1 / 3.6, "MWh"],
  ["TJ", "energy", 1000 / 3.6, "MWh"],
  ["Ton of Standard Coal", "energy", 8.141, "MWh"],
  ["tons of standard coal equivalent", "energy", 8.141, "MWh"],
  ["tce", "energy", 8.141, "MWh"],
  ["吨标准煤", "energy", 8.141, "MWh"],
  ["万吨标准煤", "energy", 81410, "MWh"],
  ["m3", "volume", 1, "m3"],
  ["m³", "volume", 1, "m3"],
  ["m ³", "volume", 1, "m3"],
  ["Cubic Meter", "volume", 1, "m3"],
  ["cubic meters", "volume", 1, "m3"],
  ["10 thousands cubic meters", "volume", 1e4, "m3"],
  ["Ten thousand m³", "volume", 1e4, "m3"],
  ["万立方米", "volume", 1e4, "m3"],
  ["10,000 m3", "volume", 1e4, "m3"],
  ["L", "volume", 0.001, "m3"],
  ["Liters", "volume", 0.001, "m3"],
  ["litres", "volume", 0.001, "m3"],
  ["ML", "volume", 1000, "m3"],
  ["mL", "volume", 1e-6, "m3"],
  ["CNY10,000", "currency", 1e4, "CNY"],
  ["(CNY10,000)", "currency", 1e4, "CNY"],
  ["RMB 10,000", "currency", 1e4, "CNY"],
  ["RMB'000", "currency", 1e3, "CNY"],
  ["RMB’000", "currency", 1e3, "CNY"],
  ["RMB 100 million", "currency", 1e8, "CNY"],
  ["100 million yuan", "currency", 1e8, "CNY"],
  ["(100 million yuan)", "currency", 1e8, "CNY"],
  ["million yuan", "currency", 1e6, "CNY"],
  ["RMB million", "currency", 1e6, "CNY"],
  ["万元", "currency", 1e4, "CNY"],
  ["亿元", "currency", 1e8, "CNY"],
  ["yuan", "currency", 1, "CNY"],
  ["元", "currency", 1, "CNY"],
  ["HKD", "currency", 1, "HKD"],
  ["HK$'000", "currency", 1000, "HKD"],
  ["USD", "currency", 1, "USD"],
  ["USD million", "currency", 1e6, "USD"],
  ["EUR", "currency", 1, "EUR"],
  ["persons", "count", 1, "count"],
  ["People", "count", 1, "count"],
  ["Headcount", "count", 1, "count"],
  ["Person-time", "count", 1, "count"],
  ["人", "count", 1, "count"],
  ["人次", "count", 1, "count"],
  ["万人", "count", 1e4, "count"],
  ["10,000 persons", "count", 1e4, "count"],
  ["Pcs", "count", 1, "count"],
  ["Piece", "count", 1, "count"],
  ["Case", "count", 1, "count"],
  ["items", "count", 1, "count"],
  ["Time", "count", 1, "count"],
  ["suppliers", "count", 1, "count"],
  ["Number", "count", 1, "count"],
  ["个", "count", 1, "count"],
  ["%", "percent", 1, "%"],
  ["‰", "percent", 0.1, "%"],
  ["hours", "hours", 1, "h"],
  ["Hour", "hours", 1, "h"],
  ["小时", "hours", 1, "h"],
  ["days", "days", 1, "d"],
  ["Day", "days", 1, "d"],
  ["天", "days", 1, "d"],
  ["Unit: ton", "mass", 1, "t"],
  ["单位：万元", "currency", 1e4, "CNY"],
  ["t/a", "mass", 1, "t"],
];

describe("parseUnit: simple units", () => {
  test.each(SIMPLE)("%s → %s ×%d %s", (printed, dimension, factor, canonical) => {
    const u = parseUnit(printed);
    expect(u).not.toBeNull();
    expect({ dimension: u!.dimension, canonical: u!.canonical, intensity: u!.intensity }).toEqual({ dimension, canonical, intensity: false });
    expect(u!.factor).toBeCloseTo(factor, 12);
  });
});

const INTENSITIES: readonly Row[] = [
  ["tCO2e/RMB'000", "ghg", 0.001, "tCO2e/CNY"],
  ["tCO ₂ e/ RMB'000", "ghg", 0.001, "tCO2e/CNY"],
  ["tCO2/CNY10,000 revenue", "ghg", 1e-4, "tCO2e/CNY"],
  ["MWh/ kg output", "energy", 1000, "MWh/t"],
  ["ton/10 thousands square meters", "mass", 1e-4, "t/m2"],
  ["tons of standard coal equivalent/10 thousands square meters", "energy", 8.141e-4, "MWh/m2"],
  ["Ton of Standard Coal/ Million Revenue", "energy", 8.141e-6, "MWh/CNY"],
  ["kWh/CNY10,000 revenue", "energy", 1e-7, "MWh/CNY"],
  ["MWh/10,000 m ²", "energy", 1e-4, "MWh/m2"],
  ["Tonnes/ tonne output", "mass", 1, "t/t"],
  ["t/CNY10,000 revenue", "mass", 1e-4, "t/CNY"],
  ["hours per capita", "hours", 1, "h/person"],
  ["小时/人", "hours", 1, "h/person"],
  ["人均小时", "hours", 1, "h/person"],
  ["per capita", "count", 1, "count/person"],
  ["/人", "count", 1, "count/person"],
  ["吨/万元", "mass", 1e-4, "t/CNY"],
];

describe("parseUnit: intensities", () => {
  test.each(INTENSITIES)("%s → %s ×%d %s", (printed, dimension, factor, canonical) => {
    const u = parseUnit(printed);
    expect(u).not.toBeNull();
    expect({ dimension: u!.dimension, canonical: u!.canonical, intensity: u!.intensity }).toEqual({ dimension, canonical, intensity: true });
    expect(u!.factor).toBeCloseTo(factor, 12);
  });
  test("an unknown denominator is kept but marked unknown", () => {
    const u = parseUnit("tCO2e/unit of widgets")!;
    expect(u.intensity).toBe(true);
    expect(u.denominator?.known).toBe(false);
  });
});

describe("parseUnit: not units", () => {
  test.each(["", "   ", "foo", "Point", "10,000 shares", "2024", "Indicator"])("%s → null", (printed) => {
    expect(parseUnit(printed)).toBeNull();
  });
});

describe("parseUnitFor: the metric's dimension settles mass/volume/GHG", () => {
  test("tonnes of water are m3", () => {
    expect(parseUnitFor("Tonne", "volume")).toEqual({ dimension: "volume", factor: 1, canonical: "m3", intensity: false });
    expect(parseUnitFor("Ten thousand tonnes", "volume")).toEqual({ dimension: "volume", factor: 1e4, canonical: "m3", intensity: false });
    expect(parseUnitFor("吨", "volume")).toEqual({ dimension: "volume", factor: 1, canonical: "m3", intensity: false });
  });
  test("a plain ton on a GHG row is tCO2e", () => {
    expect(parseUnitFor("ton", "ghg")).toEqual({ dimension: "ghg", factor: 1, canonical: "tCO2e", intensity: false });
    expect(parseUnitFor("kg", "ghg")).toEqual({ dimension: "ghg", factor: 0.001, canonical: "tCO2e", intensity: false });
  });
  test("a water intensity in tonnes becomes m3 per unit", () => {
    expect(parseUnitFor("Ton of Water /Ten Thousand Yuan", "volume")?.canonical).toBe("m3/CNY");
    expect(parseUnitFor("Thousand tonnes/ tonne output", "volume")).toMatchObject({ dimension: "volume", factor: 1000, canonical: "m3/t", intensity: true });
  });
  test("never overrides a unit of a clearly different dimension", () => {
    expect(parseUnitFor("MWh", "volume")?.dimension).toBe("energy");
    expect(parseUnitFor("m3", "ghg")?.dimension).toBe("volume");
  });
  test("by_report keeps what was printed", () => {
    expect(parseUnitFor("10 thousands cubic meters", "by_report")).toEqual({ dimension: "volume", factor: 1e4, canonical: "m3", intensity: false });
    expect(parseUnitFor("ton", "by_report")?.dimension).toBe("mass");
  });
});

test("Traditional Chinese units fold to their Simplified forms", () => {
  expect(parseUnit("噸二氧化碳當量")).toMatchObject({ dimension: "ghg", canonical: "tCO2e" });
  expect(parseUnit("千瓦時")).toMatchObject({ dimension: "energy", factor: 0.001 });
  expect(parseUnit("噸")).toMatchObject({ dimension: "mass", canonical: "t" });
  expect(parseUnit("宗")).toMatchObject({ dimension: "count" });
});
