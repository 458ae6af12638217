/**
 * The label lexicon: how reports name each metric, in English and Chinese, and what vetoes a match.
 * Data only; ./matcher.ts compiles it once at load.
 *
 * Pattern syntax (patterns are normalized with `normalizeLabel` before compiling, so write them plainly):
 * - a phrase matches whole words of the normalized label; English words also match their plural
 *   ("emission" matches "emissions");
 * - "*" is a gap of up to three words (or six Chinese characters): "total * emission";
 * - "re:" prefixes a raw regular expression on the normalized label.
 * Exclusions use the same syntax; "@name" pulls in a shared group from EXCLUSION_GROUPS.
 * The most specific pattern wins (longest literal text), so a general pattern ("ghg emission") can
 * coexist with specific ones ("ghg emission intensity" on the intensity metric).
 */
export interface LexiconEntry {
  readonly metric: string;
  readonly patterns: readonly string[];
  readonly exclude?: readonly string[];
}

export const EXCLUSION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  /** Ratios to revenue, output, area or headcount: never a total. */
  intensity: ["intensity", "re:\\bper\\b", "density", "unit output", "unit of product", "强度", "单位产值", "单位产品", "单位营业收入", "单位营收", "单位面积", "万元产值", "每万元", "每百万元", "每亿元", "万元营业收入", "百万元营业收入", "亿元营业收入", "万元营收", "每吨", "人均", "平均每", "密度"],
  /** Per employee or per person: an intensity on a base no catalogue intensity has (人均… is not per revenue). */
  percapita: ["per capita", "per employee", "per person", "per head", "per staff", "人均", "每名员工", "每位员工", "每人", "员工人均"],
  /** Goals and plans: not achieved figures. */
  target: ["target", "goal", "plan", "planned", "expected", "budget", "目标", "计划", "预计", "预算"],
  /** Changes and savings: not the level itself. */
  change: ["reduction", "reduce", "reduced", "decrease", "increase", "increased", "saved", "saving", "avoided", "growth", "year on year", "yoy", "compared", "change", "减排", "减少", "降低", "节约", "节省", "同比", "增长", "增加", "下降", "提升", "较上年"],
  /** Rates and shares: not a count or amount. */
  rate: ["rate", "ratio", "percentage", "percent", "proportion", "share", "coverage", "%", "占比", "比例", "比率", "率"],
  /** Breakdown headers ("Number of employees by gender"): the total is on another row. */
  breakdown: [
    "re:\\bby (?:gender|sex|age|region|geographical|geographic|geography|location|area|category|categories|type|types|source|sources|business|facility|facilities|site|plant|department|function|rank|level|position|employment|contract|education|nationality|treatment|method|scope|segment|country|province|subsidiar\\w*|entity|product|fuel|energy|grade|title|ethnic\\w*|employee|substance|disposal|destination|unit)\\b",
    "按性别", "按年龄", "按地区", "按地域", "按区域", "按类别", "按类型", "按职级", "按级别", "按雇佣", "按学历", "按来源", "按业务", "按处置", "按员工",
  ],
  gender: ["male", "female", "男", "女"],
  age: ["aged", "age", "years old", "below", "above", "under 30", "over 50", "re:\\b\\d{2} \\d{2}\\b", "岁", "以下", "以上"],
  region: ["mainland", "overseas", "province", "region", "china", "domestic", "foreign", "abroad", "international", "east", "west", "north", "south", "central", "境内", "境外", "海外", "国内", "国外", "省", "地区", "华东", "华南", "华北", "华中", "西南", "西北", "东北"],
  cumulative: ["cumulative", "cumulatively", "accumulated", "since", "in recent", "past three years", "last three years", "historical", "累计", "历年", "近三年"],
  /** A site, plant or project rather than the company. */
  site: ["factory", "plant", "base", "project", "workshop", "subsidiary", "工厂", "基地", "项目", "车间", "子公司"],
  /** Fuel names: "Direct energy (Scope 1) natural gas" is the fuel row, not the direct-energy total. */
  fuel: ["natural gas", "diesel", "gasoline", "petrol", "lpg", "liquefied", "coal", "fuel oil", "heavy oil", "kerosene", "steam", "天然气", "柴油", "汽油", "液化", "煤", "蒸汽", "燃料油"],
  /** Emission or discharge words (for consumption/investment rows) and vice versa. */
  training: ["training", "trained", "培训", "受训"],
  /** Section titles, framework disclosure titles and markup: headings, not data rows. */
  heading: ["re:^(?:section|chapter|part|aspect)\\b", "general disclosure", "description of", "re:\\bstyle\\b", "re:\\bul\\b", "initiatives", "policies", "policy", "re:^第\\S{1,3}[章节部分]"],
  /** A unit printed where a label was expected ("tCO2/CNY10,000 revenue"). */
  unitexpr: ["re:\\b(?:t|kg|kwh|mwh|gwh|gj|tce|tco2e?|m3|l)\\b"],
};

/** Shorthand for the exclusions most totals share. */
const TOTAL = ["@intensity", "@target", "@change", "@breakdown", "@heading"] as const;

export const LABEL_LEXICON: readonly LexiconEntry[] = [
  // ---------------- GHG ----------------
  {
    metric: "ghg_total",
    patterns: ["total ghg emission", "total ghg", "ghg emission", "total * ghg emission", "ghg emission total", "ghg emission in total", "total carbon emission", "carbon emission", "total co2 emission", "co2 emission", "total emission", "scope 1 and 2", "温室气体排放总量", "温室气体总排放量", "温室气体排放量", "温室气体排放", "碳排放总量", "碳排放量", "二氧化碳排放总量", "二氧化碳排放量", "范围1和范围2", "范围1 2"],
    exclude: [...TOTAL, "re:\\bscope 1\\b(?! and 2)", "re:(?<!1 and )\\bscope 2\\b", "scope 3", "direct", "indirect", "exhaust", "re:范围1(?!和范围2| 2)", "re:(?<!1和)范围2", "范围3", "直接", "间接", "@site", "@gender", "@cumulative", "peak", "neutral", "neutrality", "达峰", "中和", "strategy", "战略"],
  },
  {
    metric: "ghg_scope1",
    patterns: ["scope 1", "scope 1 emission", "scope 1 ghg emission", "ghg emission scope 1", "direct ghg emission", "direct emission", "direct ghg", "范围1", "范围1排放", "范围1温室气体排放", "直接温室气体排放", "直接排放"],
    exclude: [...TOTAL, "scope 1 and 2", "energy", "范围1和范围2", "范围1 2", "能源", "能耗", "@site"],
  },
  {
    metric: "ghg_scope2",
    patterns: ["scope 2", "scope 2 emission", "scope 2 ghg emission", "ghg emission scope 2", "indirect ghg emission", "energy indirect emission", "energy indirect ghg emission", "indirect emission", "范围2", "范围2排放", "范围2温室气体排放", "间接温室气体排放", "能源间接排放", "间接排放"],
    exclude: [...TOTAL, "scope 1 and 2", "market based", "market", "energy consumption", "indirect energy", "范围1和范围2", "范围1 2", "基于市场", "能源消耗", "能耗", "@site", "other indirect", "其他间接"],
  },
  {
    metric: "ghg_scope2_market",
    patterns: ["scope 2 * market based", "market based scope 2", "market based * scope 2", "market based * emission", "范围2 * 基于市场", "基于市场的范围2"],
    exclude: [...TOTAL, "location based"],
  },
  {
    metric: "ghg_scope2_location",
    patterns: ["scope 2 * location based", "location based scope 2", "location based * scope 2", "location based * emission", "范围2 * 基于位置", "基于位置的范围2"],
    exclude: [...TOTAL, "market based"],
  },
  {
    metric: "ghg_scope3",
    patterns: ["scope 3", "scope 3 emission", "scope 3 ghg emission", "other indirect ghg emission", "other indirect emission", "value chain emission", "范围3", "范围3排放", "范围3温室气体排放", "其他间接温室气体排放", "其他间接排放"],
    exclude: [...TOTAL, "category", "类别", "purchased goods", "business travel", "commuting", "transportation", "@site"],
  },
  { metric: "ghg_scope3_cat1", patterns: ["purchased goods and services", "scope 3 category 1", "category 1 purchased goods", "外购商品和服务", "购买的商品和服务", "类别1 外购"], exclude: ["@intensity", "@target", "@change", "category 10", "category 11", "category 12", "category 13", "category 14", "category 15"] },
  { metric: "ghg_scope3_cat4", patterns: ["upstream transportation and distribution", "upstream transportation", "upstream transport", "scope 3 category 4", "category 4 upstream", "上游运输和配送", "上游运输"], exclude: ["@intensity", "@target", "@change"] },
  { metric: "ghg_scope3_cat6", patterns: ["business travel", "scope 3 category 6", "category 6 business travel", "商务差旅", "商务旅行", "差旅"], exclude: ["@intensity", "@target", "@change", "expense", "cost", "费用"] },
  { metric: "ghg_scope3_cat7", patterns: ["employee commuting", "commuting", "scope 3 category 7", "category 7 employee", "员工通勤", "通勤"], exclude: ["@intensity", "@target", "@change"] },
  {
    metric: "ghg_reduction",
    patterns: ["ghg emission reduction", "reduction of ghg emission", "ghg emission reduced", "ghg reduction", "emission reduction achieved", "reduction * achieved through mitigation", "total emission reduction", "carbon emission reduction", "co2 emission reduction", "reduced ghg emission", "reduced carbon emission", "reduced emission", "avoided emission", "avoided ghg emission", "avoided carbon emission", "cut emission", "cut carbon emission", "温室气体减排量", "温室气体减排", "碳减排量", "减少温室气体排放", "减少碳排放", "减排量", "减少二氧化碳排放"],
    exclude: ["@intensity", "@target", "@breakdown", "re:\\bscope [123]\\b", "re:范围[123]", "rate", "率", "@site", "@cumulative", "year on year", "yoy", "compared", "同比", "较上年", "比上年", "较去年"],
  },
  {
    metric: "ghg_intensity_revenue",
    patterns: ["ghg emission intensity", "ghg intensity", "carbon intensity", "carbon emission intensity", "co2 emission intensity", "emission intensity per * revenue", "ghg emission per * revenue", "ghg emission per * income", "温室气体排放强度", "碳排放强度", "单位营业收入温室气体排放", "单位营收碳排放", "单位营收温室气体排放", "万元产值碳排放", "万元营业收入温室气体排放", "万元营业收入碳排放", "intensity of ghg emission", "intensity of carbon emission"],
    exclude: ["@target", "@change", "@percapita", "product", "output", "area", "square", "产品", "产量", "面积", "re:\\bscope [123]\\b(?! and 2)"],
  },
  {
    metric: "ghg_intensity_product",
    patterns: ["ghg emission intensity per unit of product", "ghg emission intensity per * product", "ghg emission intensity per * output", "ghg emission per unit of product", "ghg emission per * output", "carbon emission per * product", "emission intensity per * square", "单位产品温室气体排放", "单位产品碳排放", "单位产品碳排放强度"],
    exclude: ["@target", "@change", "@percapita", "revenue", "income", "营业收入", "营收"],
  },

  // ---------------- Air and water pollutants ----------------
  { metric: "nox_emissions", patterns: ["nox", "nox emission", "nox emitted", "nitrogen oxide emission", "氮氧化物", "氮氧化物排放量"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "permitted", "approved", "浓度", "限值", "标准", "许可", "核定"] },
  { metric: "sox_emissions", patterns: ["sox", "sox emission", "sulfur dioxide", "so2", "so2 emission", "sulfur oxide", "re:\\bsulfur \\w*ide\\b", "硫氧化物", "二氧化硫", "二氧化硫排放量"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "permitted", "approved", "浓度", "限值", "标准", "许可", "核定"] },
  { metric: "particulate_emissions", patterns: ["particulate matter", "particulate matter emission", "particulate emission", "particulates", "particulate", "pm", "dust emission", "smoke and dust", "soot", "颗粒物", "颗粒物排放量", "烟尘", "粉尘"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "permitted", "approved", "浓度", "限值", "标准", "许可", "核定", "pm2", "pm10"] },
  { metric: "voc_emissions", patterns: ["voc", "voc emission", "volatile organic compound", "volatile organic compound emission", "挥发性有机物", "挥发性有机物排放量", "vocs排放"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "permitted", "approved", "浓度", "限值", "标准", "许可", "核定"] },
  { metric: "cod_discharge", patterns: ["cod", "chemical oxygen demand", "cod discharge", "cod emission", "化学需氧量", "化学需氧量排放量", "cod排放量"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "permitted", "approved", "浓度", "限值", "标准", "许可", "核定"] },
  { metric: "ammonia_nitrogen_discharge", patterns: ["ammonia nitrogen", "ammonia nitrogen emission", "ammonia nitrogen discharge", "nh3 n", "氨氮", "氨氮排放量"], exclude: ["@intensity", "@target", "@change", "concentration", "limit", "standard", "浓度", "限值", "标准"] },
  { metric: "exhaust_gas_volume", patterns: ["total exhaust emission", "exhaust gas emission", "exhaust gas emitted", "exhaust emission", "waste gas emission", "废气排放量", "废气排放总量"], exclude: ["@intensity", "@target", "@change", "@breakdown", "concentration", "浓度"] },

  // ---------------- Energy ----------------
  {
    metric: "energy_total",
    patterns: ["total energy consumption", "energy consumption", "total energy consumed", "energy consumed", "energy use", "total energy use", "comprehensive energy consumption", "total comprehensive energy consumption", "energy consumption in total", "综合能耗", "综合能源消耗", "综合能源消耗量", "综合能源消耗总量", "能源消耗总量", "能源消耗量", "能源消耗", "能耗总量", "总能耗", "综合能源消费量", "能源消费总量", "能源消费量"],
    exclude: [...TOTAL, "direct", "indirect", "renewable", "non renewable", "@fuel", "electricity", "直接", "间接", "可再生", "电力", "@site", "@rate", "management system", "outside", "efficiency", "效率"],
  },
  {
    metric: "energy_direct",
    patterns: ["direct energy consumption", "total direct energy consumption", "direct energy", "direct energy use", "直接能源消耗", "直接能源消耗量", "直接能耗"],
    exclude: [...TOTAL, "indirect", "间接", "@fuel", "@site"],
  },
  {
    metric: "energy_indirect",
    patterns: ["indirect energy consumption", "total indirect energy consumption", "indirect energy", "indirect energy use", "间接能源消耗", "间接能源消耗量", "间接能耗"],
    exclude: [...TOTAL, "@site", "natural gas", "天然气"],
  },
  {
    metric: "energy_intensity",
    patterns: ["energy intensity", "energy consumption intensity", "energy consumption per", "comprehensive energy consumption per", "energy intensity per unit of product", "energy consumed per", "能耗强度", "能源消耗强度", "综合能耗强度", "单位产值综合能耗", "单位产品综合能耗", "单位营业收入能耗", "万元产值综合能耗", "万元产值能耗", "单位产值能耗", "单位营业收入综合能耗", "万元营业收入综合能耗", "万元营业收入能耗", "单位营收综合能耗", "单位营收能耗"],
    exclude: ["@target", "@change", "@percapita", "electricity", "电"],
  },
  {
    metric: "electricity_consumption",
    patterns: ["electricity", "electricity consumption", "total electricity consumption", "electricity consumed", "electricity use", "power consumption", "electric power consumption", "用电量", "耗电量", "电力消耗", "电力消耗量", "总用电量", "电力"],
    exclude: [...TOTAL, "purchased", "outsourced", "bought", "grid", "generated", "generation", "self generated", "renewable", "green", "saved", "cost", "expense", "外购", "购入", "发电", "绿电", "绿色电力", "可再生", "节约", "费", "@site", "@rate"],
  },
  {
    metric: "electricity_purchased",
    patterns: ["purchased electricity", "purchased electricity consumption", "electricity purchased", "outsourced electricity", "purchased power", "grid electricity", "electricity from the grid", "外购电力", "外购电量", "外购电", "购入电力", "购电量", "电网电力"],
    // "Purchased electricity and steam", "外购电力及热力": a figure for electricity and heat together is not electricity's.
    exclude: [...TOTAL, "green", "renewable", "绿电", "绿色电力", "可再生", "steam", "heat", "heating", "蒸汽", "热力", "@site", "@rate"],
  },
  {
    metric: "renewable_electricity_generated",
    patterns: ["photovoltaic power generation", "photovoltaic generation", "photovoltaic electricity generated", "solar power generation", "solar electricity generated", "renewable electricity generated", "self generated renewable electricity", "self generated electricity", "self generated solar", "self generated photovoltaic", "self generated renewable", "on site renewable", "on site solar", "on site photovoltaic", "solar * generated on site", "renewable electricity * generated on site", "rooftop photovoltaic", "rooftop solar", "electricity generated by * solar", "electricity generated by * photovoltaic", "electricity generated from * solar", "光伏发电量", "光伏 * 发电量", "太阳能 * 发电量", "自发光伏电量", "光伏发电", "自发电量", "自发自用", "可再生能源发电量", "太阳能发电量", "屋顶光伏"],
    exclude: ["@intensity", "@target", "@change", "@rate", "capacity", "installed", "装机", "容量", "@cumulative", "project", "项目"],
  },
  { metric: "green_electricity_purchased", patterns: ["green electricity purchased", "purchased green electricity", "green power purchased", "green electricity", "green power", "purchased renewable electricity", "绿电", "绿色电力", "外购绿电", "绿电交易"], exclude: ["@intensity", "@target", "@change", "@rate", "certificate", "证书"] },
  { metric: "renewable_energy_ratio", patterns: ["renewable energy ratio", "share of renewable energy", "proportion of renewable energy", "percentage of renewable energy", "renewable energy * share", "renewable energy * proportion", "renewable energy * percentage", "可再生能源使用比例", "可再生能源占比", "可再生能源比例", "清洁能源占比", "清洁能源使用比例"], exclude: ["@target", "electricity", "电"] },
  { metric: "renewable_electricity_ratio", patterns: ["share of renewable electricity", "proportion of renewable electricity", "percentage of renewable electricity", "renewable electricity * share", "renewable electricity * proportion", "proportion of green electricity", "share of green electricity", "percentage of green electricity", "green electricity * proportion", "green electricity * share", "可再生电力占比", "绿电占比", "绿电使用比例", "绿色电力占比", "绿色电力使用比例"], exclude: ["@target"] },
  { metric: "solar_electricity_share", patterns: ["share of solar", "proportion of solar", "percentage of solar", "solar * share of electricity", "solar power * proportion", "photovoltaic * proportion", "photovoltaic * share", "光伏发电占比", "光伏电力占比", "光伏占比"], exclude: ["@target"] },
  { metric: "hydro_electricity_share", patterns: ["share of hydro", "proportion of hydro", "percentage of hydro", "hydropower * proportion", "hydropower * share", "hydro electricity share", "水电占比", "水电比例"], exclude: ["@target"] },
  { metric: "electricity_intensity", patterns: ["electricity consumption intensity", "electricity intensity", "purchased electricity consumption intensity", "electricity consumption per", "power consumption intensity", "用电强度", "电力消耗强度", "单位产值用电量", "单位产品用电量", "单位产品耗电量", "万元产值用电量", "单位营业收入用电量", "单位营业收入耗电量", "万元营业收入用电量"], exclude: ["@target", "@change", "@percapita"] },
  { metric: "natural_gas_consumption", patterns: ["natural gas", "natural gas consumption", "natural gas consumed", "natural gas use", "天然气", "天然气消耗量", "天然气用量", "天然气使用量"], exclude: ["@intensity", "@target", "@change", "@rate", "@site", "emission", "排放", "liquefied natural gas", "lng"] },
  { metric: "diesel_consumption", patterns: ["diesel", "diesel consumption", "diesel consumed", "diesel oil", "柴油", "柴油消耗量", "柴油用量", "柴油使用量"], exclude: ["@intensity", "@target", "@change", "@rate", "@site", "emission", "排放", "forklift", "generator set"] },
  { metric: "gasoline_consumption", patterns: ["gasoline", "gasoline consumption", "gasoline consumed", "petrol", "petrol consumption", "汽油", "汽油消耗量", "汽油用量", "汽油使用量"], exclude: ["@intensity", "@target", "@change", "@rate", "@site", "emission", "排放"] },
  { metric: "lpg_consumption", patterns: ["lpg", "liquefied petroleum gas", "tanked lpg", "液化石油气", "液化气"], exclude: ["@intensity", "@target", "@change", "@rate", "emission", "排放"] },
  { metric: "coal_consumption", patterns: ["coal consumption", "raw coal", "coal consumed", "原煤", "煤炭消耗量", "煤炭", "燃煤"], exclude: ["@intensity", "@target", "@change", "@rate", "standard coal", "标准煤", "标煤", "emission", "排放"] },
  { metric: "steam_purchased", patterns: ["purchased steam", "steam consumption", "purchased heat", "purchased heating", "steam", "外购蒸汽", "外购热力", "蒸汽", "热力"], exclude: ["@intensity", "@target", "@change", "@rate", "emission", "排放"] },

  // ---------------- Water ----------------
  {
    metric: "water_consumption",
    patterns: ["re:^water$", "re:^水$", "water consumption", "total water consumption", "total water withdrawal", "water withdrawn", "water consumption in total", "water consumed", "water use", "total water use", "water withdrawal", "total water withdrawal", "fresh water consumption", "freshwater consumption", "purchased municipal water", "municipal water consumption", "tap water consumption", "用水量", "总用水量", "用水总量", "耗水量", "新鲜水用量", "新鲜水消耗量", "新鲜水取用量", "取水量", "取水总量", "总取水量", "水资源消耗量", "自来水用量", "水资源使用量"],
    exclude: [...TOTAL, "recycled", "recycling", "reused", "reuse", "circulating", "saved", "循环", "回用", "再生", "节约", "节水", "@site", "@rate", "cost", "expense", "fee", "费"],
  },
  { metric: "water_intensity", patterns: ["water consumption intensity", "water intensity", "water consumption per", "water use intensity", "intensity of water", "consumption intensity of water", "water consumption * per unit", "用水强度", "耗水强度", "单位产值用水量", "单位产品用水量", "单位产品耗水量", "万元产值用水量", "单位营业收入用水量", "水资源消耗强度", "单位产品取水量", "万元营业收入用水量", "单位营收用水量"], exclude: ["@target", "@change", "@percapita", "wastewater", "废水", "discharge", "排放"] },
  {
    metric: "wastewater_discharge",
    patterns: ["wastewater discharge", "wastewater discharged", "water discharge", "total water discharge", "water discharged", "effluent discharge", "effluent discharged", "total wastewater discharge", "total wastewater discharged", "discharge of wastewater", "sewage discharge", "total sewage discharge", "sewage discharged", "wastewater emission", "total volume of wastewater", "volume of wastewater treatment", "wastewater treated and discharged", "废水排放量", "废水排放总量", "污水排放量", "污水排放总量", "外排废水量", "废水排放"],
    exclude: [...TOTAL, "recycled", "reused", "reuse", "循环", "回用", "concentration", "浓度", "standard", "quality", "limit", "标准", "限值", "cod", "ammonia", "nitrogen", "phosphorus", "化学需氧量", "氨氮", "总磷", "总氮", "@site", "@rate", "by substance", "amount by substance"],
  },
  { metric: "wastewater_intensity", patterns: ["wastewater intensity", "wastewater discharge intensity", "wastewater treatment intensity", "wastewater * per unit", "sewage discharge intensity", "sewage * per unit", "废水排放强度", "单位产品废水排放量", "单位产值废水排放量"], exclude: ["@target", "@change", "@percapita"] },
  { metric: "water_recycled", patterns: ["recycled water", "water recycled", "reused water", "water reused", "recycled waste water", "recycled wastewater", "volume of recycled", "circulating water", "reclaimed water", "循环水利用量", "循环用水量", "回用水量", "中水回用量", "再生水利用量", "循环水"], exclude: ["@intensity", "@target", "@change", "@rate"] },
  { metric: "water_recycling_rate", patterns: ["water recycling rate", "water reuse rate", "recycled water rate", "water recycling ratio", "proportion of recycled water", "percentage of recycled water", "water * reuse rate", "水资源循环利用率", "水重复利用率", "水循环利用率", "中水回用率", "循环水利用率", "废水回用率"], exclude: ["@target"] },

  // ---------------- Waste ----------------
  {
    metric: "waste_hazardous",
    patterns: ["hazardous waste", "total hazardous waste", "total hazardous waste produced", "hazardous waste produced", "hazardous waste generated", "hazardous waste treated", "hazardous waste disposed", "hazardous waste generation", "total amount of hazardous waste", "有害废弃物", "有害废弃物总量", "有害废弃物产生量", "危险废物", "危险废物产生量", "危险废弃物", "危废", "危废产生量", "危险废物处置量"],
    exclude: [...TOTAL, "non hazardous", "无害", "非危险", "一般", "@rate", "@site", "landfill", "incinerat*", "填埋", "焚烧", "recycled", "回收"],
  },
  { metric: "waste_hazardous_intensity", patterns: ["hazardous waste intensity", "hazardous waste * intensity", "hazardous waste * per unit", "hazardous waste generated per", "有害废弃物排放强度", "有害废弃物强度", "危险废物强度", "危险废物产生强度", "单位产品危险废物", "有害废弃物*强度", "危险废物*强度"], exclude: ["non hazardous", "无害", "一般", "@target", "@change", "@percapita"] },
  { metric: "waste_nonhazardous_intensity", patterns: ["non hazardous waste intensity", "non hazardous waste * intensity", "non hazardous * per unit", "non hazardous * intensity", "general waste intensity", "无害废弃物排放强度", "无害废弃物强度", "一般固体废物强度", "一般固废强度", "一般固体废物*强度", "无害废弃物*强度"], exclude: ["@target", "@change", "@percapita"] },
  {
    metric: "waste_nonhazardous",
    patterns: ["non hazardous waste", "total non hazardous waste", "total non hazardous waste produced", "non hazardous waste produced", "non hazardous waste generated", "general waste", "total general waste", "generation amount of general waste", "general solid waste", "total general solid waste", "无害废弃物", "无害废弃物总量", "无害废弃物产生量", "一般固体废物", "一般固体废物产生量", "一般固废", "一般废弃物", "非危险废物"],
    exclude: [...TOTAL, "@rate", "@site", "landfill", "incinerat*", "填埋", "焚烧", "recycled", "recyclable", "回收", "disposal amount", "处置量", "industrial", "domestic", "kitchen", "工业", "生活", "餐厨"],
  },
  {
    metric: "waste_general_industrial",
    patterns: ["general industrial solid waste", "general industrial waste", "general industrial solid waste generated", "general industrial solid waste produced", "non hazardous industrial solid waste", "non hazardous industrial waste", "一般工业固体废物", "一般工业固体废物产生量", "一般工业固废", "一般工业固废产生量", "一般工业废物"],
    exclude: [...TOTAL, "@rate", "@site", "recycled", "recyclable", "recovered", "utilization", "utilisation", "utilized", "utilised", "disposed", "disposal", "landfill", "incinerat*", "storage", "stored", "回收", "利用", "处置", "填埋", "焚烧", "贮存"],
  },
  { metric: "waste_total", patterns: ["total waste", "total waste generated", "total waste produced", "waste generated", "total amount of waste", "废弃物总量", "废弃物产生总量", "固体废物产生总量", "固体废弃物总量"], exclude: [...TOTAL, "hazardous", "general", "recycled", "recyclable", "有害", "危险", "无害", "一般", "回收", "@rate", "wastewater", "废水"] },
  { metric: "waste_recycled", patterns: ["waste recycled", "recycled waste", "waste recovered", "total recyclable waste", "recyclable waste", "waste reused", "废弃物回收量", "废弃物回收利用量", "固废综合利用量", "综合利用量"], exclude: ["@intensity", "@target", "@change", "@rate", "water", "水"] },
  { metric: "waste_recycling_rate", patterns: ["waste recycling rate", "recovery rate of * waste", "waste recovery rate", "waste utilization rate", "comprehensive utilization rate", "recycling rate of * waste", "waste * recycling rate", "废弃物回收率", "固废综合利用率", "综合利用率", "固体废物综合利用率", "废弃物回收利用率"], exclude: ["@target", "water", "水", "packaging", "包装"] },
  {
    metric: "packaging_material",
    patterns: ["packaging material", "total packaging material used", "packaging material used", "packaging materials consumed", "total packaging material", "packaging used", "包装材料", "包装材料使用量", "包装材料总量", "包装材料消耗量", "包装物使用量"],
    exclude: [...TOTAL, "@rate", "recycled", "recycling", "reclaimed", "回收"],
  },
  { metric: "packaging_intensity", patterns: ["packaging material intensity", "total packaging material intensity", "packaging * per unit", "packaging material per", "包装材料使用强度", "单位产品包装材料", "包装材料强度"], exclude: ["@target", "@change", "@percapita"] },
  {
    metric: "env_investment",
    patterns: ["environmental protection investment", "investment in environmental protection", "investment in * environmental protection", "environmental investment", "amount of environmental protection investment", "environmental protection expenditure", "environmental protection input", "environmental expenditure", "environmental protection fund", "invested in environmental protection", "环保投入", "环保投资", "环境保护投入", "环境保护投资", "环保资金投入", "环保支出", "环保投入总额"],
    exclude: ["@intensity", "@target", "@change", "@rate", "@cumulative", "@breakdown"],
  },

  // ---------------- Workforce ----------------
  {
    metric: "employees_total",
    patterns: ["total number of employees", "number of employees", "total employees", "employees total", "total headcount", "total workforce", "number of staff", "number of employees at year end", "employees at year end", "headcount", "employees headcount", "headcount at year end", "employees in total", "all employees total", "员工总数", "员工总人数", "员工人数", "在职员工", "在职员工总数", "在职员工人数", "员工数量", "从业人员", "职工总数", "职工人数"],
    exclude: [...TOTAL, "@gender", "@age", "@region", "@rate", "@training", "@cumulative", "new", "newly", "hired", "recruit*", "left", "leaving", "turnover", "departure", "resign*", "representative", "trained", "training", "with", "full time", "part time", "disabilit*", "minorit*", "ethnic*", "senior", "middle", "junior", "management", "manager", "executive", "rnd", "poverty", "volunteer", "union", "injur*", "fatalit*", "insurance", "contract", "benefit", "satisfaction", "covered", "participat*", "award", "incentiv*", "equity", "share", "collective", "average", "新进", "新入职", "新招", "招聘", "离职", "流失", "代表", "培训", "残疾", "少数民族", "管理", "研发", "志愿", "工会", "工伤", "死亡", "保险", "合同", "满意", "覆盖", "平均", "正式", "劳务派遣", "实习", "per", "educational", "degree", "学历", "博士", "硕士", "本科", "专科", "safety committee", "委员会", "not employees", "diversity", "security", "technical", "system"],
  },
  { metric: "employees_female", patterns: ["female employees", "number of female employees", "total number of female employees", "female staff", "女性员工", "女性员工人数", "女性员工数量", "女员工", "女员工人数", "员工中女性"], exclude: [...TOTAL, "@rate", "@age", "@region", "@training", "new", "hired", "turnover", "left", "leaving", "executive", "manager", "management", "senior", "director", "board", "rnd", "special rights", "protection", "average", "新进", "新入职", "流失", "离职", "管理", "高管", "董事", "研发", "平均", "权益"] },
  { metric: "employees_male", patterns: ["male employees", "number of male employees", "total number of male employees", "male staff", "男性员工", "男性员工人数", "男性员工数量", "男员工", "男员工人数"], exclude: [...TOTAL, "@rate", "@age", "@region", "@training", "female", "女", "new", "hired", "turnover", "left", "leaving", "executive", "manager", "management", "senior", "director", "board", "rnd", "average", "新进", "新入职", "流失", "离职", "管理", "高管", "董事", "研发", "平均"] },
  { metric: "female_employee_ratio", patterns: ["percentage of female employee", "proportion of female employee", "share of female employee", "female employee ratio", "ratio of female employee", "female employee * percentage", "female employee * proportion", "female employee * total workforce", "female ratio", "female share", "share of women", "percentage of female", "re:^female (?:in|of) (?:the )?(?:total )?employees(?: %)?$", "proportion of female", "女性员工占比", "女性员工比例", "女性员工比率", "女员工占比", "女员工比例", "女性占比"], exclude: ["@target", "@change", "@breakdown", "senior", "middle", "junior", "management", "manager", "executive", "department", "technical", "rnd", "director", "board", "new", "turnover", "trained", "管理", "高管", "董事", "研发", "新进", "流失", "受训"] },
  { metric: "female_managers_ratio", patterns: ["percentage of female * management", "proportion of female * management", "female * in management", "female managers ratio", "proportion of female managers", "percentage of female managers", "share of female managers", "female in management", "proportion of female executives", "percentage of female executives", "女性管理者占比", "女性管理人员占比", "女性管理层占比", "女性高管占比", "女性管理人员比例", "女性中高层管理人员占比"], exclude: ["@target", "@change", "@breakdown", "non management", "director", "board", "董事"] },
  { metric: "female_managers", patterns: ["number of female managers", "female managers", "number of female executives", "female executives", "女性管理人员", "女性管理者人数", "女性高管人数", "女性高管"], exclude: ["@target", "@change", "@rate", "@breakdown", "director", "board", "董事"] },
  { metric: "employees_under_30", patterns: ["employees under 30", "employees aged under 30", "employees aged 30 and under", "employees aged 30 or below", "employees 30 and below", "employees under 30 years old", "employees below 30", "number of employees under 30", "30岁以下员工", "30岁及以下员工", "30岁以下员工人数", "30岁及以下员工人数"], exclude: ["@rate", "@target", "@change", "new", "turnover", "left", "新进", "流失", "离职"] },
  { metric: "employees_30_50", patterns: ["employees between 30 and 50", "employees aged 30 50", "employees aged 31 50", "employees aged 30 to 50", "employees between 30 and 50 years old", "number of employees between 30 and 50", "30 50岁员工", "31 50岁员工", "30至50岁员工", "30 50岁员工人数"], exclude: ["@rate", "@target", "@change", "new", "turnover", "left", "新进", "流失", "离职"] },
  { metric: "employees_over_50", patterns: ["employees over 50", "employees aged over 50", "employees aged 50 and above", "employees aged 51 and above", "employees above 50", "employees over 50 years old", "number of employees over 50", "50岁以上员工", "50岁及以上员工", "50岁以上员工人数", "51岁及以上员工"], exclude: ["@rate", "@target", "@change", "new", "turnover", "left", "新进", "流失", "离职"] },
  { metric: "employees_fulltime", patterns: ["full time employees", "number of full time employees", "full time", "全职员工", "全职员工人数", "正式员工"], exclude: ["@rate", "@target", "@change", "@gender", "@age"] },
  { metric: "employees_parttime", patterns: ["part time employees", "number of part time employees", "part time", "兼职员工", "兼职员工人数"], exclude: ["@rate", "@target", "@change", "@gender", "@age"] },
  { metric: "new_hires", patterns: ["new employees hired", "new hires", "new employee hires", "employee hires", "number of new employees", "new employees", "newly hired employees", "newly hired", "new recruits", "new joiners", "new starters", "employees recruited", "number of new hires", "新进员工", "新进员工人数", "新入职员工", "新入职员工人数", "新招聘员工", "新招聘员工人数", "新增员工", "新增员工人数", "招聘人数", "新员工人数"], exclude: [...TOTAL, "@rate", "@gender", "@age", "@region", "training", "trained", "培训", "senior", "middle", "management", "管理"] },
  { metric: "turnover_rate", patterns: ["employee turnover rate", "turnover rate", "staff turnover rate", "attrition rate", "overall turnover rate", "total turnover rate", "employee attrition rate", "resignation rate", "员工流失率", "员工离职率", "流失率", "离职率", "员工流动率"], exclude: [...TOTAL, "@gender", "@age", "@region", "senior", "middle", "management", "new employee", "管理", "新员工"] },
  { metric: "turnover_rate_male", patterns: ["male employee turnover rate", "turnover rate * male", "male turnover rate", "男性员工流失率", "男性员工离职率"], exclude: ["female", "女", "@target"] },
  { metric: "turnover_rate_female", patterns: ["female employee turnover rate", "turnover rate * female", "female turnover rate", "女性员工流失率", "女性员工离职率"], exclude: ["@target"] },
  { metric: "employee_departures", patterns: ["employee turnover", "number of employee turnover", "number of employees who left", "employees who left", "number of employees leaving", "employees leaving", "number of departures", "number of resignations", "离职员工人数", "离职人数", "流失员工人数", "员工流失人数", "离职员工"], exclude: [...TOTAL, "@rate", "@gender", "@age", "@region"] },

  // ---------------- Training ----------------
  { metric: "training_hours_total", patterns: ["total training hours", "training hours", "total hours of training", "hours of training", "total hours of training for employees", "total training duration", "training duration", "total number of training hours", "培训总时长", "培训总学时", "培训总时数", "培训时长", "培训学时", "员工培训总时长", "培训总课时"], exclude: [...TOTAL, "@gender", "@age", "average", "avg", "平均", "per capita", "senior", "middle", "junior", "non management", "management", "anti corruption", "corruption", "business ethics", "ethics", "safety", "反腐", "廉洁", "商业道德", "安全", "管理", "@rate", "@cumulative", "volunteer", "志愿"] },
  { metric: "training_hours_avg", patterns: ["average training hours", "average training hours per employee", "平均受训时数", "每名员工平均受训时数", "人均受训时数", "average hours of training", "average training hours of employees", "hours of training per capita", "training hours per employee", "training hours per capita", "average training duration", "人均培训时长", "人均培训学时", "人均培训时数", "员工人均培训时长", "平均培训时长", "平均培训学时", "人均受训时长", "人均培训小时"], exclude: ["@target", "@change", "@breakdown", "@gender", "senior", "middle", "junior", "non management", "management", "管理", "anti corruption", "反腐", "safety", "安全"] },
  { metric: "training_hours_avg_male", patterns: ["male employees average hours of training", "average training hours * male", "male * average training hours", "average hours of training * male", "男性员工人均培训时长", "男性员工平均培训时长"], exclude: ["female", "女", "@target"] },
  { metric: "training_hours_avg_female", patterns: ["female employees average hours of training", "average training hours * female", "female * average training hours", "average hours of training * female", "女性员工人均培训时长", "女性员工平均培训时长"], exclude: ["@target"] },
  { metric: "employees_trained", patterns: ["number of employees trained", "number of employee trained", "total number of employees trained", "employees trained", "employees receiving training", "number of employees receiving training", "employees received training", "employees took part in training", "employees took part in * training", "employees participated in training", "employees attended training", "employees completed training", "employees underwent training", "employees were trained", "trainees", "participants in training", "受训员工人数", "受训员工", "培训人数", "参训人数", "培训人次", "受训人次", "参训人次"], exclude: [...TOTAL, "@rate", "@gender", "senior", "middle", "junior", "non management", "management", "管理", "anti corruption", "corruption", "反腐", "safety", "安全", "new employee"] },
  { metric: "employees_trained_ratio", patterns: ["percentage of employees trained", "受训员工百分比", "受训员工比例", "percentage of employee trained", "proportion of employees trained", "share of employees trained", "employees trained ratio", "training coverage", "training coverage rate", "percentage of employees * trained", "employee training coverage", "员工受训比例", "员工培训覆盖率", "培训覆盖率", "受训员工比例", "受训员工占比", "员工受训率", "员工培训率"], exclude: ["@target", "@change", "@breakdown", "@gender", "senior", "middle", "junior", "non management", "management", "管理", "anti corruption", "corruption", "反腐", "廉洁", "safety", "安全", "ethics", "商业道德"] },
  { metric: "employees_trained_ratio_male", patterns: ["percentage of male employees trained", "proportion of male employees trained", "male employees trained * percentage", "男性员工受训比例", "男性员工培训覆盖率"], exclude: ["female", "女"] },
  { metric: "employees_trained_ratio_female", patterns: ["percentage of female employees trained", "proportion of female employees trained", "female employees trained * percentage", "女性员工受训比例", "女性员工培训覆盖率"], exclude: [] },
  { metric: "training_investment", patterns: ["training investment", "total training investment", "investment in training", "training expenditure", "training expense", "training cost", "training budget spent", "培训投入", "培训投入总额", "培训费用", "培训经费", "培训支出"], exclude: ["@intensity", "@target", "@change", "@rate", "safety", "安全"] },

  // ---------------- Health and safety ----------------
  { metric: "fatalities", patterns: ["number of work related fatalities", "work related fatalities", "fatalities", "work related deaths", "number of fatalities", "fatal accidents", "number of deaths", "因工死亡人数", "因工亡故人数", "工亡人数", "死亡人数", "因工死亡", "工亡", "亡人事故", "死亡事故", "fatal accident"], exclude: ["@rate", "@target", "@change", "@cumulative", "major", "serious", "重大", "较大", "特大", "last three years", "past three years", "近三年", "re:\\bin the (?:last|past) \\w+ years?\\b", "contractor", "承包商"] },
  { metric: "fatality_rate", patterns: ["rate of work related fatalities", "percentage of work related fatalities", "fatality rate", "work related fatality rate", "因工亡故比率", "因工死亡率", "工亡率", "死亡率"], exclude: ["@target"] },
  { metric: "lost_days_injury", patterns: ["lost days due to work injury", "days lost due to work injury", "lost days", "time lost due to work injuries", "working days lost", "lost working days", "days lost", "lost workdays", "因工伤损失工作日数", "因工伤损失工作日", "工伤损失工作日", "损失工作日", "损失工作日数", "误工天数"], exclude: ["@rate", "@target", "@change", "rate", "率"] },
  { metric: "work_injuries", patterns: ["work related injuries", "number of work related injuries", "work injuries", "number of injuries", "recordable injuries", "injured employees", "number of work related loss events", "工伤人数", "工伤事故", "工伤数量", "受伤人数", "工伤事故数"], exclude: ["@rate", "@target", "@change", "lost days", "days lost", "损失工作日", "rate", "率", "insurance", "保险"] },
  { metric: "ltifr", patterns: ["ltifr", "lost time injury frequency rate", "lost time injury rate", "lost time incident rate", "lti frequency rate", "损失工时工伤率", "损失工时事故率", "损工事件率", "百万工时损工率"], exclude: ["@target"] },
  { metric: "safety_investment", patterns: ["safety investment", "investment in health and safety", "investment in work safety", "investment in safety", "safety production investment", "occupational health and safety investment", "health and safety investment", "safety expenditure", "work safety expenditure", "safety input", "investment in health and safety projects", "investment in occupational health and safety", "occupational health and safety expenditure", "spending on occupational health and safety", "expenditure on occupational health and safety", "职业健康与安全投入", "职业健康安全投入总额", "安全生产投入", "安全投入", "安全生产费用", "安全生产费用投入", "职业健康投入", "职业健康安全投入", "安全生产经费"], exclude: ["@intensity", "@target", "@change", "@rate", "@breakdown", "protection facilities", "emergency", "inspection", "equipment", "publicity", "应急", "设备", "检测", "宣传"] },
  { metric: "safety_training_sessions", patterns: ["safety training sessions", "safety and health training sessions", "number of safety training", "health and safety training sessions", "安全培训次数", "安全培训场次", "安全教育培训次数"], exclude: ["@rate", "@target", "coverage", "覆盖"] },

  // ---------------- Supply chain, customers, community ----------------
  { metric: "suppliers_total", patterns: ["number of suppliers", "total number of suppliers", "total suppliers", "supplier number", "供应商总数", "合格供应商总数", "合格供应商数量", "供应商数量", "供应商总量", "供应商数目", "合作供应商数量"], exclude: [...TOTAL, "@rate", "@region", "local", "new", "review", "reviewed", "audit", "audited", "assessment", "evaluation", "assessed", "evaluated", "screened", "certified", "inspected", "visited", "training", "trained", "terminated", "eliminated", "qualified", "questionnaire", "signed", "quality", "delivery", "satisfaction", "本地", "新增", "审核", "评估", "审查", "认证", "培训", "淘汰", "不合格", "合格率", "签署", "质量", "问卷", "满意"] },
  { metric: "local_supplier_ratio", patterns: ["percentage of local suppliers", "proportion of local suppliers", "share of local suppliers", "local supplier ratio", "local suppliers ratio", "local procurement ratio", "proportion of local procurement", "percentage of local procurement", "local procurement", "本地供应商占比", "本地供应商比例", "本地采购比例", "本地采购占比", "本土供应商占比"], exclude: ["@target", "@change", "number of", "数量"] },
  { metric: "suppliers_assessed", patterns: ["number of suppliers reviewed", "suppliers reviewed", "suppliers audited", "suppliers assessed", "suppliers evaluated", "number of suppliers audited", "number of suppliers assessed", "social responsibility audits", "supplier audits", "接受审核的供应商", "审核供应商数量", "评估供应商数量", "供应商审核数量", "供应商现场审核"], exclude: ["@rate", "@target", "@change"] },
  { metric: "customer_complaints", patterns: ["number of products and service related complaints received", "products and service related complaints", "service related complaints", "service complaints", "complaints about * service", "complaints related to * service", "服务相关投诉", "与服务相关的投诉", "product and service complaints", "product * complaints", "complaints about * products", "complaints * product and service", "产品投诉", "产品相关投诉", "产品及服务投诉", "产品和服务投诉", "投诉总数", "投诉数量", "投诉宗数", "customer complaints", "number of customer complaints", "complaints received", "number of complaints", "total complaints", "客户投诉", "客户投诉数量", "客户投诉次数", "投诉数量", "投诉次数", "产品及服务相关投诉", "有效投诉"], exclude: ["@rate", "@target", "@change", "@breakdown", "resolution", "resolved", "handling", "satisfaction", "response", "re:(?<!and )\\bservices? complaints?\\b", "re:^服务投诉", "解决", "处理", "满意", "响应", "privacy", "隐私"] },
  { metric: "customer_satisfaction", patterns: ["customer satisfaction", "customer satisfaction rate", "customer satisfaction score", "客户满意度", "客户满意率"], exclude: ["@target", "@change", "survey coverage"] },
  { metric: "product_recalls_ratio", patterns: ["percentage of recalled products", "recalled products", "product recall", "products recalled", "产品召回", "召回比例", "召回产品"], exclude: ["@target"] },
  { metric: "community_investment", patterns: ["community investment", "amount of community investment", "total community investment", "charitable donations", "donations", "total donations", "public welfare investment", "public welfare donations", "charity donation", "investment in public welfare", "公益投入", "公益捐赠", "公益*捐赠", "公益*捐款", "公益慈善捐赠", "对外捐赠", "捐赠总额", "慈善捐赠", "社区投资", "社会公益投入", "公益慈善投入", "捐款"], exclude: ["@intensity", "@target", "@change", "@rate", "@cumulative", "@heading", "number of", "hours", "volunteer", "scholarship", "数量", "志愿", "奖学金"] },
  { metric: "volunteer_hours", patterns: ["volunteer hours", "volunteering hours", "volunteer service hours", "hours of volunteer", "志愿服务时长", "志愿者服务时长", "志愿服务时数"], exclude: ["@target", "@change", "@rate", "per capita", "人均"] },

  // ---------------- Governance, finance, innovation ----------------
  { metric: "corruption_cases", patterns: ["concluded legal cases regarding corrupt practices", "concluded legal cases regarding corrupt*", "concluded legal case regarding corrupt*", "legal case regarding corrupt*", "number of concluded corruption lawsuits", "concluded corruption lawsuits", "concluded corruption lawsuit", "corruption lawsuit", "concluded corruption litigation", "corruption litigation", "corruption cases", "number of corruption cases", "corruption lawsuits", "legal cases regarding corrupt practices", "cases of corruption", "confirmed incidents of corruption", "corruption incidents", "贪污诉讼案件", "贪污诉讼", "腐败诉讼案件", "腐败案件", "贪污腐败诉讼案件", "已审结的贪污诉讼案件", "贪腐案件", "贪污案件"], exclude: ["@rate", "@target", "@change", "training", "培训"] },
  { metric: "anticorruption_training_hours", patterns: ["anti corruption training hours", "hours of anti corruption training", "length of anti corruption training", "duration of anti corruption training", "duration of business ethics training", "business ethics training hours", "anti corruption training duration", "反腐败培训时长", "反腐培训时长", "廉洁培训时长", "反贪腐培训时长", "商业道德培训时长"], exclude: ["@rate", "@target", "@change", "per capita", "average", "人均", "平均"] },
  { metric: "anticorruption_trained", patterns: ["employees participating in anti corruption training", "number of employees participating in anti corruption training", "participants in anti corruption training", "anti corruption training participants", "employees trained on anti corruption", "参加反腐败培训人数", "反腐败培训人数", "反腐败培训人次", "廉洁培训人次", "反腐培训人次", "反腐培训人数"], exclude: ["@rate", "@target", "@change"] },
  { metric: "anticorruption_training_coverage", patterns: ["anti corruption training coverage", "business ethics training coverage", "coverage * anti corruption training", "coverage * business ethics training", "anti corruption training rate", "反腐败培训覆盖率", "反腐培训覆盖率", "廉洁培训覆盖率", "商业道德培训覆盖率"], exclude: ["@target"] },
  { metric: "revenue", patterns: ["operating revenue", "revenue", "total revenue", "operating income", "total operating revenue", "total operating income", "sales revenue", "turnover", "营业收入", "营业总收入", "营收", "销售收入", "主营业务收入", "营业额"], exclude: ["@intensity", "@target", "@change", "@rate", "@breakdown", "@cumulative", "employee turnover", "staff turnover", "turnover rate", "percentage of revenue", "of revenue", "per", "sustainable", "green", "overseas", "domestic", "境外", "境内", "海外", "可持续", "绿色", "占营业收入", "占营收", "sustainability", "@unitexpr", "@heading"] },
  { metric: "net_profit", patterns: ["net profit", "profit for the year", "net profit attributable to parent company", "net profit attributable to shareholders", "net income", "profit attributable to owners", "profit attributable to * owners", "profit attributable to * shareholders", "profit attributable to * equity holders", "profit loss attributable to * owners", "profit loss attributable to * shareholders", "profit loss attributable to * equity holders", "profit loss for the year", "净利润", "归属于母公司股东的净利润", "归母净利润", "归属于上市公司股东的净利润"], exclude: ["before tax", "pre tax", "税前", "@intensity", "@target", "@change", "@rate", "margin", "excluding non recurring", "deducting", "扣除非经常性损益", "扣非", "率", "non controlling", "minority", "少数股东"] },
  { metric: "total_assets", patterns: ["total assets", "total asset", "assets total", "资产总额", "总资产", "资产总计"], exclude: ["@intensity", "@target", "@change", "@rate", "net", "净", "return on", "收益率", "报酬率"] },
  { metric: "taxes_paid", patterns: ["taxes paid", "paid taxes", "total taxes paid", "tax paid", "tax payment", "tax payment amount", "total tax", "tax contribution", "tax payments", "纳税总额", "纳税额", "纳税金额", "缴纳税费", "缴纳税款", "上缴税费", "税费总额"], exclude: ["@intensity", "@target", "@change", "@rate", "@breakdown", "@cumulative", "income tax expense", "deferred", "before tax", "after tax", "pre tax", "税前", "税后", "递延"] },
  { metric: "rd_investment", patterns: ["rnd investment", "total rnd investment", "rnd expenditure", "rnd expense", "rnd spending", "investment in rnd", "investing in rnd", "amount of investing in rnd", "amount of rnd investment", "rnd input", "rnd fund", "研发投入", "研发投入总额", "研发费用", "研发支出", "研发经费", "研发投入金额"], exclude: ["@intensity", "@target", "@change", "@rate", "@cumulative", "of revenue", "营业收入", "营收", "占"] },
  { metric: "rd_intensity", patterns: ["rnd investment as a percentage of revenue", "rnd investment * percentage of revenue", "rnd intensity", "rnd investment intensity", "rnd investment ratio", "rnd expense ratio", "proportion of rnd investment", "percentage of rnd investment", "研发投入占营业收入比例", "研发投入占营业收入的比例", "研发投入占比", "研发投入强度", "研发费用率", "研发投入占营收比例"], exclude: ["@target"] },
  { metric: "rd_employees", patterns: ["rnd personnel", "number of rnd personnel", "total number of rnd personnel", "rnd employees", "rnd staff", "number of rnd employees", "rnd team", "rnd members", "研发人员", "研发人员数量", "研发人员人数", "研发人员总数", "研发人员数"], exclude: ["@rate", "@target", "@change", "@breakdown", "female", "女", "@training", "investment", "投入"] },
  { metric: "rd_employees_ratio", patterns: ["proportion of rnd personnel", "proportion of number of rnd personnel", "percentage of rnd personnel", "share of rnd personnel", "rnd personnel ratio", "rnd personnel * proportion", "rnd employees * percentage", "研发人员占比", "研发人员比例", "研发人员占员工总数比例", "研发人员占员工总数的比例"], exclude: ["@target", "female", "女"] },
  { metric: "patents_total", patterns: ["cumulative number of patents", "number of patents", "patents held", "total patents", "total number of patents", "patents granted", "granted patents", "authorized patents", "authorised patents", "valid patents", "patents", "累计专利", "累计拥有专利", "专利总数", "拥有专利", "授权专利", "有效专利", "专利数量", "累计获得专利", "专利授权数"], exclude: ["@rate", "@target", "@change", "new", "newly", "this year", "applied", "application", "pending", "invention", "utility", "design", "overseas", "foreign", "新增", "当年", "申请", "发明", "实用新型", "外观", "境外", "海外"] },
  { metric: "invention_patents", patterns: ["cumulative number of invention patents", "invention patents", "number of invention patents", "invention patents held", "累计发明专利", "发明专利", "发明专利数量", "拥有发明专利"], exclude: ["@rate", "@target", "@change", "new", "this year", "applied", "application", "新增", "当年", "申请"] },
  { metric: "new_patents", patterns: ["number of new patents", "new patents", "new patents this year", "patents granted this year", "newly granted patents", "新增专利", "新增授权专利", "当年获得专利", "本年新增专利"], exclude: ["@rate", "@target", "invention", "发明"] },
  { metric: "board_size", patterns: ["re:^(?:the )?directors?$", "re:^董事$", "board size", "number of board directors", "board directors", "number of directors", "number of board members", "board members", "total number of directors", "members of the board", "directors on the board", "董事会成员人数", "董事会人数", "董事人数", "董事会成员", "董事总数"], exclude: ["@rate", "@target", "@change", "independent", "female", "non executive", "executive director", "独立", "女性", "meeting", "会议", "training", "培训"] },
  { metric: "independent_directors", patterns: ["independent directors", "number of independent directors", "independent non executive directors", "independent board members", "独立董事", "独立董事人数", "独立非执行董事"], exclude: ["@rate", "@target", "@change", "female", "女性", "meeting", "会议", "non independent", "非独立"] },
  { metric: "independent_directors_ratio", patterns: ["proportion of independent directors", "percentage of independent directors", "share of independent directors", "independent directors ratio", "独立董事占比", "独立董事比例"], exclude: ["@target"] },
  { metric: "female_directors", patterns: ["female director", "women director", "woman director", "female directors", "number of female directors", "female board members", "number of female board members", "女性董事", "女性董事人数", "女性董事数量", "董事中女性", "董事会中女性", "董事会成员中女性"], exclude: ["@rate", "@target", "@change"] },
  { metric: "female_directors_ratio", patterns: ["proportion of female directors", "percentage of female directors", "share of female directors", "female directors ratio", "board gender diversity", "女性董事占比", "女性董事比例"], exclude: ["@target"] },
  { metric: "board_meetings", patterns: ["board meetings", "number of board meetings", "board meetings held", "董事会会议", "董事会会议次数", "召开董事会"], exclude: ["@rate", "@target", "attendance", "出席"] },
];
