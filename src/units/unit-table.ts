import type { Dimension } from "./types";

/**
 * Base units as reports print them, in compact form (see `compactUnit`: NFKC, lowercase, no spaces,
 * hyphens or brackets; "tCO ₂ e" → "tco2e", "Kilowatt -hour" → "kilowatthour", "m³" → "m3").
 * Scale words ("10,000", "万", "million") are NOT listed here; `parseUnit` peels them off first.
 * `factor` converts to the canonical unit of the dimension. Factors follow metrics.json exactly.
 */
export interface UnitDefinition {
  readonly dimension: Dimension;
  readonly factor: number;
  /** Canonical unit this factor leads to; for currencies the ISO code (each currency is its own canonical unit). */
  readonly canonical: string;
  /** What a user can type, shown in error suggestions. */
  readonly display: string;
  readonly names: readonly string[];
}

/** 1 tonne of standard coal equivalent = 29.3076 GJ = 8.141 MWh (metrics.json). */
export const MWH_PER_TCE = 8.141;
/** GJ = 1/3.6 MWh. */
export const MWH_PER_GJ = 1 / 3.6;

export const CANONICAL_UNITS: Readonly<Record<Dimension, string>> = {
  ghg: "tCO2e",
  energy: "MWh",
  volume: "m3",
  mass: "t",
  currency: "CNY",
  count: "count",
  percent: "%",
  hours: "h",
  days: "d",
};

export const UNIT_TABLE: readonly UnitDefinition[] = [
  // GHG: a plain tonne on a GHG row means tCO2e (handled by parseUnitFor, not here).
  { dimension: "ghg", factor: 1, canonical: "tCO2e", display: "tCO2e", names: ["tco2e", "tco2", "tco2eq", "tco2equivalent", "tco2equiv", "tonco2e", "tonsco2e", "tonneco2e", "tonnesco2e", "tonco2", "tonsco2", "tonnesco2", "tonneco2", "tonsofco2e", "tonnesofco2e", "tonsofco2", "tonnesofco2", "tonnesofco2equivalent", "tonsofco2equivalent", "tonnesofcarbondioxideequivalent", "tonsofcarbondioxideequivalent", "tonnesofcarbondioxide", "tonsofcarbondioxide", "metrictonsofco2e", "metrictonsco2e", "吨二氧化碳当量", "吨二氧化碳", "吨co2e", "吨co2", "吨co2当量"] },
  { dimension: "ghg", factor: 0.001, canonical: "tCO2e", display: "kgCO2e", names: ["kgco2e", "kgco2", "kgco2eq", "kilogramsco2e", "kgofco2e", "千克二氧化碳当量", "千克co2e", "公斤二氧化碳当量"] },
  { dimension: "ghg", factor: 1000, canonical: "tCO2e", display: "ktCO2e", names: ["ktco2e", "ktco2", "ktco2eq", "kilotonnesco2e", "kilotonsco2e", "千吨二氧化碳当量", "千吨co2e"] },
  { dimension: "ghg", factor: 1e6, canonical: "tCO2e", display: "MtCO2e", names: ["mtco2e", "mtco2", "mtco2eq", "milliontonnesco2e", "百万吨二氧化碳当量", "百万吨co2e"] },

  // Energy (canonical MWh).
  { dimension: "energy", factor: 1, canonical: "MWh", display: "MWh", names: ["mwh", "megawatthour", "megawatthours", "兆瓦时", "兆瓦·时"] },
  { dimension: "energy", factor: 0.001, canonical: "MWh", display: "kWh", names: ["kwh", "kilowatthour", "kilowatthours", "kwhr", "千瓦时", "千瓦·时", "度", "度电"] },
  { dimension: "energy", factor: 1000, canonical: "MWh", display: "GWh", names: ["gwh", "gigawatthour", "gigawatthours", "吉瓦时"] },
  { dimension: "energy", factor: 1e6, canonical: "MWh", display: "TWh", names: ["twh", "terawatthour", "terawatthours", "太瓦时"] },
  { dimension: "energy", factor: MWH_PER_GJ, canonical: "MWh", display: "GJ", names: ["gj", "gigajoule", "gigajoules", "吉焦", "吉焦耳"] },
  { dimension: "energy", factor: MWH_PER_GJ / 1000, canonical: "MWh", display: "MJ", names: ["mj", "megajoule", "megajoules", "兆焦", "兆焦耳"] },
  { dimension: "energy", factor: 1000 / 3.6, canonical: "MWh", display: "TJ", names: ["tj", "terajoule", "terajoules", "太焦", "太焦耳"] },
  { dimension: "energy", factor: 1e6 / 3.6, canonical: "MWh", display: "PJ", names: ["pj", "petajoule", "petajoules"] },
  { dimension: "energy", factor: MWH_PER_TCE, canonical: "MWh", display: "tce", names: ["tce", "tec", "tonce", "tonsce", "tonnesce", "tonofstandardcoal", "tonsofstandardcoal", "tonneofstandardcoal", "tonnesofstandardcoal", "tonofstandardcoalequivalent", "tonsofstandardcoalequivalent", "tonneofstandardcoalequivalent", "tonnesofstandardcoalequivalent", "tonofcoalequivalent", "tonsofcoalequivalent", "tonnesofcoalequivalent", "tonnescoalequivalent", "tonsstandardcoal", "tonnesstandardcoal", "standardcoal", "tonstandardcoal", "tonnestandardcoal", "吨标准煤", "吨标煤", "吨标准煤当量", "标准煤", "标煤", "tsce"] },
  { dimension: "energy", factor: MWH_PER_TCE / 1000, canonical: "MWh", display: "kgce", names: ["kgce", "kgofstandardcoal", "kilogramofstandardcoal", "kilogramsofstandardcoal", "千克标准煤", "千克标煤", "公斤标准煤", "公斤标煤"] },

  // Volume (canonical m3).
  { dimension: "volume", factor: 1, canonical: "m3", display: "m3", names: ["m3", "cubicmeter", "cubicmeters", "cubicmetre", "cubicmetres", "cubicm", "cum", "立方米", "立方", "方",
    // Normal cubic metres (gas volume at standard conditions), as gas is reported.
    "nm3", "normalcubicmeters", "normalcubicmetres", "标准立方米", "标方", "kl", "kiloliter", "kiloliters", "kilolitre", "kilolitres", "千升", "tonofwater", "tonsofwater", "tonneofwater", "tonnesofwater", "吨水"] },
  { dimension: "volume", factor: 0.001, canonical: "m3", display: "L", names: ["l", "liter", "liters", "litre", "litres", "ltr", "ltrs", "升", "公升"] },
  { dimension: "volume", factor: 1000, canonical: "m3", display: "ML", names: ["megaliter", "megaliters", "megalitre", "megalitres", "megalitres", "兆升"] },
  { dimension: "volume", factor: 1e-6, canonical: "m3", display: "mL", names: ["milliliter", "milliliters", "millilitre", "millilitres", "毫升"] },
  { dimension: "volume", factor: 0.003785411784, canonical: "m3", display: "gal", names: ["gal", "gallon", "gallons", "usgallon", "usgallons"] },

  // Mass (canonical t).
  { dimension: "mass", factor: 1, canonical: "t", display: "t", names: ["t", "ton", "tons", "tonne", "tonnes", "metricton", "metrictons", "metrictonne", "metrictonnes", "吨", "公吨"] },
  { dimension: "mass", factor: 0.001, canonical: "t", display: "kg", names: ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "千克", "公斤"] },
  { dimension: "mass", factor: 1e-6, canonical: "t", display: "g", names: ["g", "gram", "grams", "克"] },
  { dimension: "mass", factor: 1e-9, canonical: "t", display: "mg", names: ["mg", "milligram", "milligrams", "毫克"] },
  { dimension: "mass", factor: 1000, canonical: "t", display: "kt", names: ["kt", "kiloton", "kilotons", "kilotonne", "kilotonnes", "千吨"] },

  // Currency: whole units of the reported currency; each ISO code is its own canonical unit.
  { dimension: "currency", factor: 1, canonical: "CNY", display: "CNY", names: ["cny", "rmb", "yuan", "rmbyuan", "cnyyuan", "yuanrmb", "元", "人民币", "人民币元", "rmb元", "¥", "cn¥", "renminbi"] },
  { dimension: "currency", factor: 1, canonical: "HKD", display: "HKD", names: ["hkd", "hk$", "hkdollar", "hkdollars", "hongkongdollar", "hongkongdollars", "港元", "港币", "港幣"] },
  { dimension: "currency", factor: 1, canonical: "USD", display: "USD", names: ["usd", "us$", "usdollar", "usdollars", "$", "美元"] },
  { dimension: "currency", factor: 1, canonical: "EUR", display: "EUR", names: ["eur", "€", "euro", "euros", "欧元"] },
  { dimension: "currency", factor: 1, canonical: "GBP", display: "GBP", names: ["gbp", "£", "英镑"] },
  { dimension: "currency", factor: 1, canonical: "JPY", display: "JPY", names: ["jpy", "日元"] },

  // Count: persons, things, events.
  { dimension: "count", factor: 1, canonical: "count", display: "count", names: ["count", "number", "no", "no.", "nos", "persons", "person", "people", "headcount", "headcounts", "heads", "head", "personnel", "employees", "employee", "staff", "members", "member", "participants", "participant", "persontime", "persontimes", "persontimes", "mantime", "mantimes", "人", "人数", "人次", "名", "位", "个", "家", "项", "件", "次", "起", "例", "宗", "座", "台", "套", "份", "篇", "户", "场", "批", "辆", "pcs", "pc", "piece", "pieces", "case", "cases", "item", "items", "time", "times", "supplier", "suppliers", "set", "sets", "unit", "units", "session", "sessions", "patent", "patents", "director", "directors", "complaint", "complaints", "incident", "incidents", "accident", "accidents", "vehicle", "vehicles", "households", "household", "projects", "project", "events", "event", "visits", "sites", "site", "factories", "entries"] },

  // Percent: a number of percent (30.91 means 30.91%).
  { dimension: "percent", factor: 1, canonical: "%", display: "%", names: ["%", "percent", "percentage", "pct", "百分比", "百分比%"] },
  { dimension: "percent", factor: 0.1, canonical: "%", display: "‰", names: ["‰", "permille", "千分比"] },

  { dimension: "hours", factor: 1, canonical: "h", display: "h", names: ["h", "hr", "hrs", "hour", "hours", "personhour", "personhours", "manhour", "manhours", "traininghours", "小时", "时", "学时", "课时", "工时"] },
  { dimension: "hours", factor: 1 / 60, canonical: "h", display: "min", names: ["min", "mins", "minute", "minutes", "分钟"] },
  { dimension: "days", factor: 1, canonical: "d", display: "d", names: ["d", "day", "days", "workday", "workdays", "workingday", "workingdays", "manday", "mandays", "persondays", "personday", "天", "日", "工作日", "个工作日"] },
];

/**
 * Spellings whose meaning depends on letter case ("ML" megalitre vs "mL" millilitre, "MtCO2e" vs "mtco2e").
 * Looked up on the trimmed, space-free printed text before lowercasing.
 */
export const CASE_SENSITIVE_UNITS: Readonly<Record<string, { dimension: Dimension; factor: number; canonical: string }>> = {
  ML: { dimension: "volume", factor: 1000, canonical: "m3" },
  Ml: { dimension: "volume", factor: 1000, canonical: "m3" },
  mL: { dimension: "volume", factor: 1e-6, canonical: "m3" },
  ml: { dimension: "volume", factor: 1e-6, canonical: "m3" },
};

/**
 * Denominator-only units for intensities ("per 10,000 m²", "per capita", "kg output"). Dimension-less here:
 * they only need a stable canonical key and a factor.
 */
export interface DenominatorDefinition {
  readonly canonical: string;
  readonly factor: number;
  readonly names: readonly string[];
}

export const DENOMINATOR_TABLE: readonly DenominatorDefinition[] = [
  { canonical: "m2", factor: 1, names: ["m2", "sqm", "squaremeter", "squaremeters", "squaremetre", "squaremetres", "平方米", "平米", "floorarea"] },
  { canonical: "person", factor: 1, names: ["capita", "percapita", "person", "persons", "people", "employee", "employees", "head", "headcount", "人", "人均", "员工", "名员工"] },
];

/** Words that only qualify a denominator ("kg output", "CNY10,000 revenue", "万元产值"): stripped before parsing it. */
export const DENOMINATOR_QUALIFIERS: readonly string[] = [
  "ofoperatingrevenue", "operatingrevenue", "ofoperatingincome", "operatingincome", "ofrevenue", "revenue", "ofsales", "sales", "ofoutput", "output", "ofproducts", "ofproduct", "products", "product", "ofproduction", "production", "roughproduct", "营业收入", "营收", "产值", "收入", "产品", "产量", "ofturnover", "turnover",
];
