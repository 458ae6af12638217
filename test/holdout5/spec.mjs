// Gold answers for test/holdout5, written from the report texts only (blind: the engine's source,
// tests and output were not consulted, and the engine was not run). build.mjs turns this into
// gold/*.json (line numbers located by anchor + printed figure; value = figure x factor, factors
// from metrics.json).
//   row(metric, anchor, reported unit, factor, canonical unit, { year: printed figure }, opts)
//     opts: note, col ({year: cell index}), from/fromNth/exact, off ({year: n}), td ({year: n}),
//     within, nth, plabel (see build.mjs)
//   word(metric, anchor, printed token, value, year, reported unit, canonical unit, opts) for
//     figures written as words or statements ("no ... cases")
const perYear = (v, y) => (v !== null && typeof v === "object" ? v[y] : v);
const row = (metric, anchor, rep, mult, unit, byYear, opts = {}) =>
  Object.entries(byYear).map(([y, token]) => {
    const o = {};
    for (const [k, v] of Object.entries(opts)) if (perYear(v, y) !== undefined) o[k] = perYear(v, y);
    return { metric, year: Number(y), anchor, rep, mult, unit, token, ...o };
  });
const word = (metric, anchor, token, value, year, rep, unit = "count", opts = {}) =>
  [{ metric, year, anchor, token, value, rep, mult: 1, unit, ...opts }];
const ign = (metric, years, why) => years.map((year) => ({ metric, year, why }));
const TCE = 8.141, GJ = 1 / 3.6, WAN = 10000, YI = 1e8, MN = 1e6, BN = 1e9, K = 1000, L = 0.001;

export const reports = [];

// 01 English, prose-heavy HKEX ESG report; most social and governance figures only in sentences;
// one TAB environmental table (Unit column, years 2024 2023) at the end with intensity rows; board
// in words; prior-year comparatives in brackets; single-site and cumulative traps. PDF copy. ------
{
  const T = { col: { 2024: 2, 2023: 3 } };
  const y2 = (a, b) => ({ 2024: a, 2023: b });
  reports.push({
    id: "h5_01_harbourview_2024", src: "01_harbourview_2024_narrative.txt", pdf: true, reportYear: 2024,
    company: { name: "Harbourview Property Services Holdings Limited", match: ["harbourview"] },
    facts: [
      ...row("ghg_scope1", "Direct GHG emissions (Scope 1)\t", "tCO2e", 1, "tCO2e", y2("1,284.6", "1,351.2"), T),
      ...row("ghg_scope2", "Energy indirect GHG emissions (Scope 2)\t", "tCO2e", 1, "tCO2e", y2("18,905.3", "19,662.8"), T),
      ...row("ghg_total", "Total GHG emissions (Scope 1 and Scope 2)\t", "tCO2e", 1, "tCO2e", y2("20,189.9", "21,014.0"),
        { ...T, note: "Prose gives 'approximately 20,190 tCO2e' for 2024 (same value within tolerance)." }),
      ...row("electricity_purchased", "Purchased electricity\t", "MWh", 1, "MWh", y2("33,158.4", "34,487.1"),
        { ...T, note: "Harbourview Plaza's 4,216.3 MWh in the prose is one project." }),
      ...row("diesel_consumption", "Diesel\tlitres", "litres", L, "m3", y2("96,310", "104,870"), T),
      ...row("gasoline_consumption", "Gasoline\tlitres", "litres", L, "m3", y2("142,560", "151,230"), T),
      ...row("natural_gas_consumption", "Natural gas\tm3", "m3", 1, "m3", y2("289,400", "301,250"), T),
      ...row("energy_total", "Total energy consumption\t", "MWh", 1, "MWh", y2("38,457.2", "40,075.1"), T),
      ...row("water_consumption", "Water consumption\tm3", "m3", 1, "m3", y2("1,926,480", "2,013,570"), T),
      ...row("waste_nonhazardous", "Non-hazardous waste\t", "tonnes", 1, "t", y2("8,742.5", "9,105.3"), T),
      ...row("waste_hazardous", "Hazardous waste\ttonnes", "tonnes", 1, "t", y2("3.86", "4.12"), T),
      ...row("renewable_electricity_generated", "generated 842.6 MWh of electricity for self-use in 2024", "MWh", 1, "MWh", { 2024: "842.6" },
        { note: "The 2,915.0 MWh on the same line is cumulative since 2020." }),
      ...row("revenue", "the Group's revenue rose to RMB3,864.2 million", "million (RMB)", MN, "CNY", { 2024: "3,864.2" }, { plabel: "the Group's revenue rose" }),
      ...row("net_profit", "Profit attributable to owners of the Company amounted to RMB401.5 million", "million (RMB)", MN, "CNY", { 2024: "401.5" }, { plabel: "Profit attributable" }),
      ...row("employees_total", "we had a total of 9,842 employees", "employees", 1, "count", { 2024: "9,842" }),
      ...row("employees_male", "of whom 5,316 were men", "men", 1, "count", { 2024: "5,316" }),
      ...row("employees_female", "4,526 were women", "women", 1, "count", { 2024: "4,526" }),
      ...row("female_employee_ratio", "Women accounted for 46.0% of our workforce", "%", 1, "%", { 2024: "46.0" }),
      ...row("new_hires", "We welcomed 2,917 new hires", "new hires", 1, "count", { 2024: "2,917" }),
      ...row("turnover_rate", "The overall employee turnover rate was 27.4%", "%", 1, "%", { 2024: "27.4" }),
      ...row("training_hours_total", "completed 186,400 hours of training in total", "hours", 1, "h", { 2024: "186,400" }),
      ...row("training_hours_avg", "averaging 18.9 hours per employee", "hours per employee", 1, "h", { 2024: "18.9" }),
      ...row("employees_trained_ratio", "96.7% of our employees took part", "%", 1, "%", { 2024: "96.7" }),
      ...row("safety_investment", "We invested RMB6.8 million in occupational health and safety", "million (RMB)", MN, "CNY", { 2024: "6.8" }),
      ...word("fatalities", "No work-related fatalities occurred in 2024", "No work-related fatalities", 0, 2024, "(statement)"),
      ...row("lost_days_injury", "the number of lost days due to work injury was 1,126", "days", 1, "d", { 2024: "1,126" }),
      ...row("suppliers_total", "In 2024 we engaged 1,472 suppliers", "suppliers", 1, "count", { 2024: "1,472" },
        { note: "Followed by the regional split 1,398 / 74." }),
      ...row("customer_complaints", "we received 1,035 complaints concerning our services", "complaints", 1, "count", { 2024: "1,035" }),
      ...word("corruption_cases", "there were no concluded legal cases regarding corrupt practices", "no concluded legal cases", 0, 2024, "(statement)"),
      ...row("community_investment", "Our total community investment in 2024", "million (RMB)", MN, "CNY", { 2024: "2.36" },
        { note: "The RMB500,000 donation to the Shunde Charity Federation on the same line is one item of it." }),
      ...word("board_size", "The Board currently comprises eight Directors", "eight Directors", 8, 2024, "(in words)"),
      ...word("independent_directors", "four independent non-executive Directors", "four independent non-executive Directors", 4, 2024, "(in words)"),
      ...word("female_directors", "Two of our Directors are women", "Two of our Directors are women", 2, 2024, "(in words)"),
    ],
    ignore: [
      ...ign("revenue", [2023], "Prior-year comparative in brackets in the Chairman's message (RMB3,517.9 million)."),
      ...ign("net_profit", [2023], "Prior-year comparative in brackets (RMB372.6 million)."),
      ...ign("turnover_rate", [2023], "Prior-year figure in a comparison ('down from 31.2% in 2023')."),
    ],
  });
}

// 02 Simplified Chinese A-share ESG report; economic, governance and most social figures in Chinese
// prose (亿元, 万学时, 名/人); TAB key-performance tables with the unit in the label's full-width
// brackets, years 2023年 2022年 followed by a 同比变化 (% change) column; an intensity row; single-
// site, target, cumulative and prior-year traps. -------------------------------------------------
{
  const T = { col: { 2023: 1, 2022: 2 } };
  const y2 = (a, b) => ({ 2023: a, 2022: b });
  reports.push({
    id: "h5_02_xiangyun_2023", src: "02_xiangyun_2023_zh.txt", reportYear: 2023,
    company: { name: "湖南湘韵新材料股份有限公司", match: ["湘韵", "xiangyun"] },
    facts: [
      ...row("ghg_total", "温室气体排放总量（吨二氧化碳当量）", "吨二氧化碳当量", 1, "tCO2e", y2("158,634", "149,207"), T),
      ...row("ghg_scope1", "其中：范围一排放（吨二氧化碳当量）", "吨二氧化碳当量", 1, "tCO2e", y2("62,418", "58,930"), T),
      ...row("ghg_scope2", "范围二排放（吨二氧化碳当量）", "吨二氧化碳当量", 1, "tCO2e", y2("96,216", "90,277"), T),
      ...row("energy_total", "综合能源消耗量（吨标准煤）", "吨标准煤", TCE, "MWh", y2("48,275.6", "45,310.2"),
        { ...T, note: "The 2,318 吨标准煤 in the prose is energy saved, not consumed." }),
      ...row("electricity_purchased", "外购电力（万千瓦时）", "万千瓦时", 10, "MWh", y2("15,872.4", "14,896.3"), T),
      ...row("water_consumption", "取水总量（立方米）", "立方米", 1, "m3", y2("2,143,560", "2,018,730"),
        { ...T, note: "The Zhuzhou base's 1,203,480 立方米 in the prose is one site." }),
      ...row("waste_hazardous", "危险废物产生量（吨）", "吨", 1, "t", y2("3,872.45", "3,615.20"), T),
      ...row("waste_nonhazardous", "一般工业固体废物产生量（吨）", "吨", 1, "t", y2("28,460.3", "27,115.8"), T),
      ...row("env_investment", "环保投入（万元）", "万元", WAN, "CNY", y2("6,842.7", "5,936.1"),
        { ...T, note: "The 2021-2023 cumulative 1.82亿元 in the prose is not a year's figure." }),
      ...row("revenue", "全年实现营业收入42.87亿元", "亿元", YI, "CNY", { 2023: "42.87" }),
      ...row("net_profit", "实现归属于上市公司股东的净利润3.15亿元", "亿元", YI, "CNY", { 2023: "3.15" }),
      ...row("total_assets", "公司总资产为86.54亿元", "亿元", YI, "CNY", { 2023: "86.54" }),
      ...row("rd_investment", "公司研发投入2.36亿元", "亿元", YI, "CNY", { 2023: "2.36" }),
      ...row("rd_employees", "研发人员612人", "人", 1, "count", { 2023: "612" }),
      ...row("patents_total", "公司累计拥有有效专利438项", "项", 1, "count", { 2023: "438" },
        { note: "Of which 127 invention patents; 56 newly granted in the year." }),
      ...row("board_size", "公司董事会现有董事7人", "人", 1, "count", { 2023: "7" }),
      ...row("independent_directors", "独立董事3人", "人", 1, "count", { 2023: "3" }),
      ...row("female_directors", "董事中女性2人", "人", 1, "count", { 2023: "2" }),
      ...word("corruption_cases", "报告期内，公司未发生已审结的贪污诉讼案件", "未发生已审结的贪污诉讼案件", 0, 2023, "(statement)"),
      ...row("employees_total", "公司在册员工共5,286人", "人", 1, "count", { 2023: "5,286" }),
      ...row("employees_total", "员工总数（人）", "人", 1, "count", { 2022: "4,973" }, { col: 2 }),
      ...row("employees_female", "其中女性员工1,427人", "人", 1, "count", { 2023: "1,427" }),
      ...row("female_employee_ratio", "占员工总数的27.0%", "%", 1, "%", { 2023: "27.0" }),
      ...row("new_hires", "公司新招聘员工683人", "人", 1, "count", { 2023: "683" }),
      ...row("new_hires", "新进员工（人）", "人", 1, "count", { 2022: "602" }, { col: 2 }),
      ...row("turnover_rate", "全年员工流失率为7.8%", "%", 1, "%", { 2023: "7.8" }),
      ...row("turnover_rate", "员工流失率（%）", "%", 1, "%", { 2022: "8.4" }, { col: 2, note: "Also in the prose as 较上年的8.4%." }),
      ...row("training_hours_total", "公司累计开展培训12.6万学时", "万学时", WAN, "h", { 2023: "12.6" }),
      ...row("training_hours_avg", "员工人均培训时长23.8小时", "小时", 1, "h", { 2023: "23.8" }),
      ...row("safety_investment", "公司安全生产投入3,856.2万元", "万元", WAN, "CNY", { 2023: "3,856.2" }),
      ...word("fatalities", "全年未发生因工死亡事故", "未发生因工死亡事故", 0, 2023, "(statement)"),
      ...row("lost_days_injury", "因工伤损失工作日为214天", "天", 1, "d", { 2023: "214" }),
      ...row("suppliers_total", "公司共有合格供应商1,126家", "家", 1, "count", { 2023: "1,126" }),
      ...row("customer_complaints", "全年共受理客户投诉31件", "件", 1, "count", { 2023: "31" }),
      ...row("community_investment", "公司对外捐赠合计186.5万元", "万元", WAN, "CNY", { 2023: "186.5" },
        { note: "Followed on the same line by two single donations (80万元, 50万元)." }),
      ...row("community_investment", "对外捐赠（万元）", "万元", WAN, "CNY", { 2022: "162.0" }, { col: 2 }),
    ],
    ignore: [
      ...ign("revenue", [2022], "Prior-year figure in brackets (上年同期为39.12亿元)."),
      ...ign("renewable_electricity_generated", [2023], "The only PV figure (326.5万千瓦时) is the Changsha headquarters' station alone."),
    ],
  });
}

// 03 Bilingual HKEX ESG report (Simplified Chinese paragraph, then its English translation);
// space-aligned KPI tables as text extracted from a PDF, with separate Chinese and English label
// columns and a bilingual unit column (吨二氧化碳当量 tCO2e, 吉焦 GJ, 千瓦时 kWh, 吨 tonnes);
// years 2025 2024; 不适用 N/A cell; breakdown rows by gender and age under the totals; report
// year 2025; revenue/profit in 亿元 in Chinese and in RMB billion in English. --------------------
{
  const T = { col: { 2025: 3, 2024: 4 } };
  const y2 = (a, b) => ({ 2025: a, 2024: b });
  reports.push({
    id: "h5_03_lingnan_2025", src: "03_lingnan_2025_bilingual.txt", reportYear: 2025,
    company: { name: "Lingnan Smart Transport Group Co., Ltd.", match: ["lingnan", "岭南智慧交通"] },
    facts: [
      ...row("ghg_scope1", "Scope 1 GHG emissions  ", "tCO2e", 1, "tCO2e", y2("24,816.3", "26,102.9"), T),
      ...row("ghg_scope2", "Scope 2 GHG emissions  ", "tCO2e", 1, "tCO2e", y2("41,275.8", "40,118.6"), T),
      ...row("ghg_total", "Total GHG emissions (Scope 1 & 2)", "tCO2e", 1, "tCO2e", y2("66,092.1", "66,221.5"), T),
      ...row("energy_total", "Total energy consumption  ", "GJ (吉焦)", GJ, "MWh", y2("512,846", "520,331"), T),
      ...row("electricity_purchased", "Purchased electricity  ", "kWh (千瓦时)", L, "MWh", y2("71,480,250", "69,325,870"),
        { ...T, note: "The Humen service area's 1,286,400 kWh in the prose is one site." }),
      ...row("diesel_consumption", "Diesel  ", "tonnes (吨)", 1, "t", y2("5,216.4", "5,563.0"), T),
      ...row("gasoline_consumption", "Gasoline  ", "tonnes (吨)", 1, "t", y2("712.5", "718.6"), T),
      ...row("water_consumption", "Water consumption  ", "m³ (立方米)", 1, "m3", y2("1,384,620", "1,412,085"), T),
      ...row("waste_hazardous", "Hazardous waste  ", "tonnes (吨)", 1, "t", { 2025: "58.72" }, { ...T, note: "2024 is 不适用 N/A (not collected)." }),
      ...row("waste_nonhazardous", "Non-hazardous waste  ", "tonnes (吨)", 1, "t", y2("9,634.1", "9,881.7"), T),
      ...row("employees_total", "Total number of employees  ", "persons (人)", 1, "count", y2("8,126", "8,342"), T),
      ...row("employees_male", "  Male  ", "persons (人)", 1, "count", y2("6,187", "6,372"), T),
      ...row("employees_female", "  Female  ", "persons (人)", 1, "count", y2("1,939", "1,970"), T),
      ...row("turnover_rate", "Employee turnover rate  ", "%", 1, "%", y2("6.9", "7.4"), { ...T, note: "Gender rows follow." }),
      ...row("employees_trained_ratio", "Percentage of employees trained", "%", 1, "%", y2("98.6", "97.9"), T),
      ...row("training_hours_avg", "Average training hours per employee", "hours (小时)", 1, "h", y2("32.4", "30.8"), T),
      ...row("fatalities", "Number of work-related fatalities", "persons (人)", 1, "count", y2("1", "0"), T),
      ...row("lost_days_injury", "Lost days due to work injury  ", "days (日)", 1, "d", y2("1,652", "1,480"), T),
      ...row("revenue", "The Group recorded revenue of RMB12.46 billion", "billion (RMB)", BN, "CNY", { 2025: "12.46" },
        { note: "Chinese line: 营业收入124.6亿元 (same value)." }),
      ...row("net_profit", "profit attributable to shareholders of the Company of RMB1.83 billion", "billion (RMB)", BN, "CNY", { 2025: "1.83" },
        { note: "Chinese line: 本公司股东应占利润18.3亿元.", plabel: "profit attributable to" }),
      ...word("board_size", "The Board consists of eleven Directors", "eleven Directors", 11, 2025, "(in words; 11名 in Chinese)"),
      ...row("independent_directors", "其中独立非执行董事4名", "名", 1, "count", { 2025: "4" }),
      ...row("female_directors", "女性董事3名", "名", 1, "count", { 2025: "3" }),
      ...row("suppliers_total", "the Group worked with a total of 2,341 suppliers", "suppliers", 1, "count", { 2025: "2,341" }),
      ...row("customer_complaints", "In 2025 we received 3,214 valid complaints", "complaints", 1, "count", { 2025: "3,214" }),
      ...row("community_investment", "the Group's community investment totalled RMB4.82 million", "million (RMB)", MN, "CNY", { 2025: "4.82" },
        { note: "Chinese: 人民币482万元. The RMB23.5 million since 2021 is cumulative.", plabel: "community investment totalled" }),
    ],
    ignore: [],
  });
}

// 04 HTML (.html) sustainability report of an A+H pharmaceutical group, English; semantic, pretty-
// printed tables (one <td> per line, row labels in <th scope="row">, units with <sub>/<sup>), years
// 2024 2023 2022, "&mdash;" cells, footnote markers in labels; "thousand m3" unit cells; a targets
// table (2021 baseline, 2024 progress, 2030 target) before the data table; financial table in RMB
// million given only in its caption; people and R&D figures in <p> prose. ------------------------
{
  const cell = (metric, label, rep, mult, unit, byYear, opts = {}) =>
    row(metric, "", rep, mult, unit, byYear, { from: label, td: { 2024: 2, 2023: 3, 2022: 4 }, ...opts });
  const y3 = (a, b, c) => ({ 2024: a, 2023: b, 2022: c });
  const fin = (metric, label, byYear, opts = {}) =>
    row(metric, "", "RMB million (caption)", MN, "CNY", byYear, { from: label, td: { 2024: 1, 2023: 2 }, ...opts });
  reports.push({
    id: "h5_04_tianmu_2024", src: "04_tianmu_2024_report.html", reportYear: 2024,
    company: { name: "Zhejiang Tianmu Pharmaceutical Group Co., Ltd.", match: ["tianmu", "天目药业"] },
    facts: [
      ...cell("ghg_scope1", "Direct GHG emissions (Scope 1)</th>", "tCO2e", 1, "tCO2e", y3("21,406", "22,118", "22,935")),
      ...cell("ghg_scope2", "(Scope 2, location-based)</th>", "tCO2e", 1, "tCO2e", y3("33,872", "34,510", "35,247")),
      ...cell("ghg_scope2_market", "(Scope 2, market-based)", "tCO2e", 1, "tCO2e", { 2024: "29,115", 2023: "31,960" }, { note: "2022 is &mdash; (first calculated for 2023)." }),
      ...cell("ghg_total", "Total GHG emissions (Scope 1 + Scope 2 location-based)</th>", "tCO2e", 1, "tCO2e", y3("55,278", "56,628", "58,182")),
      ...cell("ghg_scope3", "Other indirect GHG emissions (Scope 3)", "tCO2e", 1, "tCO2e", { 2024: "412,300" }),
      ...cell("energy_total", "Total energy consumption</th>", "MWh", 1, "MWh", y3("118,640", "121,305", "124,872")),
      ...cell("natural_gas_consumption", "Natural gas</th>", "thousand m3", K, "m3", y3("6,812.4", "7,035.9", "7,288.1")),
      ...cell("water_consumption", "Water withdrawal</th>", "thousand m3", K, "m3", y3("1,962.7", "2,013.4", "2,058.6"),
        { fromNth: 2, note: "The Taizhou site's 612.5 thousand m3 in the prose is one site." }),
      ...cell("cod_discharge", "COD in discharged wastewater</th>", "tonnes", 1, "t", y3("61.8", "66.2", "70.5")),
      ...cell("waste_hazardous", "Hazardous waste generated</th>", "tonnes", 1, "t", y3("2,846.5", "2,913.1", "3,027.4"), { fromNth: 2 }),
      ...cell("waste_nonhazardous", "Non-hazardous waste generated</th>", "tonnes", 1, "t", y3("6,418.0", "6,602.3", "6,797.7")),
      ...fin("revenue", "Revenue</th>", { 2024: "9,846.2", 2023: "9,215.7" }),
      ...fin("net_profit", "Net profit attributable to shareholders of the parent company</th>", { 2024: "1,032.6", 2023: "948.1" }),
      ...fin("total_assets", "Total assets</th>", { 2024: "21,574.9", 2023: "20,318.4" }),
      ...fin("taxes_paid", "Taxes paid</th>", { 2024: "812.3", 2023: "776.5" }),
      ...row("employees_total", "At the end of 2024 the Group employed 9,615 people", "people", 1, "count", { 2024: "9,615" }),
      ...row("employees_female", "4,902 of whom were women", "women", 1, "count", { 2024: "4,902" }),
      ...row("female_employee_ratio", "representing 51.0% of the workforce", "%", 1, "%", { 2024: "51.0" }),
      ...word("fatalities", "In 2024 there were no work-related fatalities among our employees", "no work-related fatalities", 0, 2024, "(statement)"),
      ...row("rd_investment", "our R&amp;D expenditure reached RMB 1,126.4 million", "million (RMB)", MN, "CNY", { 2024: "1,126.4" }),
      ...row("rd_employees", "Our R&amp;D team of 1,387 staff", "staff", 1, "count", { 2024: "1,387" }),
      ...row("patents_total", "the Group held 642 authorised patents", "patents", 1, "count", { 2024: "642" }),
    ],
    ignore: [
      ...ign("ghg_total", [2021, 2030], "Targets table: 2021 baseline and 2030 target, not reported-year figures."),
      ...ign("water_consumption", [2021, 2030], "Targets table: 2021 baseline and 2030 target."),
      ...ign("waste_hazardous", [2021, 2030], "Targets table: 2021 baseline and 2030 target."),
    ],
  });
}

// 05 English sustainability report of a Shenzhen-listed (A-share) battery materials company,
// prose-heavy: all environmental and financial figures only in sentences, several per sentence
// (GJ, GWh, "million m3", "thousand tonnes", RMB billion/million); one space-aligned appendix table
// (PDF-extracted text) with years ascending 2021 2022 2023, the unit in the label, footnote
// markers on labels, breakdown rows and a label wrapped onto the line after its figures. --------
{
  const T = { col: { 2021: 1, 2022: 2, 2023: 3 } };
  const y3 = (a, b, c) => ({ 2021: a, 2022: b, 2023: c });
  const one = (metric, anchor, rep, mult, unit, token, opts = {}) => row(metric, anchor, rep, mult, unit, { 2023: token }, opts);
  reports.push({
    id: "h5_05_pengcheng_2023", src: "05_pengcheng_2023_prose.txt", reportYear: 2023,
    company: { name: "Shenzhen Pengcheng Lithium Materials Co., Ltd.", match: ["pengcheng"] },
    facts: [
      ...one("ghg_total", "our operations emitted 312,540 tCO2e of Scope 1 and Scope 2", "tCO2e", 1, "tCO2e", "312,540"),
      ...one("ghg_scope1", "direct emissions (Scope 1) were 98,214 tCO2e", "tCO2e", 1, "tCO2e", "98,214"),
      ...one("ghg_scope2", "(Scope 2, location-based) were 214,326 tCO2e", "tCO2e", 1, "tCO2e", "214,326"),
      ...one("ghg_scope3", "We estimate our Scope 3 emissions at approximately 2.41 million tCO2e", "million tCO2e", MN, "tCO2e", "2.41"),
      ...one("ghg_reduction", "avoided a total of 18,620 tCO2e in 2023", "tCO2e", 1, "tCO2e", "18,620",
        { note: "The Huizhou project's 7,450 tCO2e on the same line is one project." }),
      ...one("energy_total", "Total energy consumption amounted to 2,846,300 GJ", "GJ", GJ, "MWh", "2,846,300"),
      ...one("electricity_consumption", "Electricity accounted for the largest share at 612.4 GWh", "GWh", 1000, "MWh", "612.4"),
      ...one("natural_gas_consumption", "of which we used 16.38 million m3", "million m3", MN, "m3", "16.38"),
      ...one("renewable_electricity_generated", "Rooftop solar installations across our plants generated 21.8 GWh", "GWh", 1000, "MWh", "21.8"),
      ...one("water_consumption", "We withdrew 4.62 million m3 of water", "million m3", MN, "m3", "4.62"),
      ...one("wastewater_discharge", "discharged 3.15 million m3 of treated wastewater", "million m3", MN, "m3", "3.15"),
      ...one("waste_hazardous", "We generated 12,846 tonnes of hazardous waste", "tonnes", 1, "t", "12,846"),
      ...one("waste_nonhazardous", "General industrial solid waste amounted to 36.4 thousand tonnes", "thousand tonnes", K, "t", "36.4"),
      ...one("env_investment", "Our environmental protection investment totalled RMB 186 million", "million (RMB)", MN, "CNY", "186"),
      ...one("revenue", "recorded operating revenue of RMB 18.72 billion", "billion (RMB)", BN, "CNY", "18.72"),
      ...one("net_profit", "Net profit attributable to shareholders of the listed company was RMB 1.06 billion", "billion (RMB)", BN, "CNY", "1.06"),
      ...one("rd_investment", "We invested RMB 824 million in research and development", "million (RMB)", MN, "CNY", "824"),
      ...one("patents_total", "we held 1,036 patents", "patents", 1, "count", "1,036", { note: "Also in the highlights list ('1,036 patents held at year end')." }),
      ...row("employees_total", "Total employees (persons)¹", "persons", 1, "count", y3("8,412", "10,236", "12,058"), T),
      ...row("employees_female", "  Female (persons)", "persons", 1, "count", y3("2,187", "2,764", "3,376"), T),
      ...row("employees_male", "  Male (persons)", "persons", 1, "count", y3("6,225", "7,472", "8,682"), T),
      ...row("new_hires", "New hires (persons)", "persons", 1, "count", y3("2,905", "3,817", "3,944"), T),
      ...row("turnover_rate", "Employee turnover rate (%)²", "%", 1, "%", y3("14.2", "16.8", "15.3"), T),
      ...row("training_hours_avg", "Average training hours per employee (hours)", "hours", 1, "h", y3("28.6", "31.2", "34.7"), T),
      ...row("fatalities", "Work-related fatalities (persons)", "persons", 1, "count", y3("0", "1", "0"), T),
      ...row("lost_days_injury", "Lost days due to work injury (days)", "days", 1, "d", y3("412", "538", "467"), T),
      ...row("safety_investment", "Occupational health and safety  ", "RMB million (label wrapped to the next line)", MN, "CNY", y3("62.4", "78.9", "95.1"), T),
    ],
    ignore: [
      ...ign("ghg_total", [2022], "Prior-year figure in a comparison sentence ('Compared with 2022 (287,915 tCO2e)')."),
      ...ign("energy_total", [2022], "Prior-year comparative in brackets (2022: 2,517,800 GJ)."),
    ],
  });
}

// 06 HKEX ESG KPI appendix of a Hong Kong restaurant group: short prose, then TAB tables with a
// KPI-code column filled only on each aspect's first row, units in their own column with '000
// scales ('000 kWh, HK$'000), footnote markers on labels and on a N/A cell, "-" cells, intensity
// rows under the totals, breakdowns by gender, age and region under workforce, turnover and
// suppliers; currency HK$. ---------------------------------------------------------------------
{
  const T = { col: { 2024: 3, 2023: 4 } };
  const y2 = (a, b) => ({ 2024: a, 2023: b });
  reports.push({
    id: "h5_06_goldenbay_2024", src: "06_goldenbay_2024_kpi.txt", reportYear: 2024,
    company: { name: "Golden Bay Catering Group Holdings Limited", match: ["golden bay", "金湾饮食"] },
    facts: [
      ...row("nox_emissions", "Nitrogen oxides (NOx)¹", "kg", L, "t", y2("1,824.6", "1,905.3"), T),
      ...row("ghg_scope1", "Direct GHG emissions (Scope 1)²", "tCO2e", 1, "tCO2e", y2("6,215.8", "6,480.2"), T),
      ...row("ghg_scope2", "Energy indirect GHG emissions (Scope 2)²", "tCO2e", 1, "tCO2e", y2("9,874.1", "10,236.7"), T),
      ...row("ghg_total", "Total GHG emissions (Scope 1 and 2)", "tCO2e", 1, "tCO2e", y2("16,089.9", "16,716.9"), T),
      ...row("waste_hazardous", "A1.3\tHazardous waste\t", "tonnes", 1, "t", { 2024: "0.86" }, T),
      ...row("waste_nonhazardous", "Total non-hazardous waste", "tonnes", 1, "t", y2("4,318.2", "4,506.9"),
        { ...T, note: "Food waste and general waste rows follow; the Tsuen Wan kitchen's 486.2 t of food waste in the prose is one site." }),
      ...row("electricity_purchased", "Purchased electricity\t'000 kWh", "'000 kWh", 1, "MWh", y2("17,964.3", "18,612.0"), T),
      ...row("diesel_consumption", "Diesel\tlitres", "litres", L, "m3", y2("12,480", "13,105"), T),
      ...row("energy_total", "Total energy consumption³", "'000 kWh", 1, "MWh", y2("32,649.2", "33,994.1"), T),
      ...row("water_consumption", "Water consumption\tm³", "m³", 1, "m3", y2("486,203", "501,884"), T),
      ...row("packaging_material", "Packaging material used", "tonnes", 1, "t", { 2024: "214.6" }, { ...T, note: "2023 is N/A⁴ (first collected in 2024)." }),
      ...row("employees_total", "Total workforce\tpersons", "persons", 1, "count", y2("7,412", "7,886"), T),
      ...row("employees_male", "  Male\tpersons", "persons", 1, "count", y2("3,498", "3,702"), T),
      ...row("employees_female", "  Female\tpersons", "persons", 1, "count", y2("3,914", "4,184"), T),
      ...row("turnover_rate", "Overall employee turnover rate⁵", "%", 1, "%", y2("48.6", "52.3"), T),
      ...row("fatalities", "Number of work-related fatalities", "persons", 1, "count", y2("0", "0"), T),
      ...row("lost_days_injury", "Lost days due to work injury", "days", 1, "d", y2("1,863", "2,014"), T),
      ...row("employees_trained_ratio", "Percentage of employees trained", "%", 1, "%", y2("88.2", "85.7"), T),
      ...row("training_hours_avg", "Average training hours per employee", "hours", 1, "h", y2("14.5", "13.1"), T),
      ...row("suppliers_total", "Total number of suppliers", "number", 1, "count", y2("612", "587"), T),
      ...row("customer_complaints", "Number of products and service related complaints", "cases", 1, "count", y2("356", "412"), T),
      ...row("corruption_cases", "Concluded legal cases regarding corrupt practices", "cases", 1, "count", y2("0", "0"), T),
      ...row("community_investment", "Community investment (cash donations and in-kind)", "HK$'000", K, "HKD", y2("1,286.4", "1,052.0"), T),
      ...row("revenue", "the Group recorded revenue of HK$3,512.6 million", "HK$ million", MN, "HKD", { 2024: "3,512.6" }, { plabel: "the Group recorded revenue" }),
    ],
    ignore: [
      ...ign("waste_hazardous", [2023], "Cell is '-' (nil or not reported; no footnote says which)."),
    ],
  });
}

// 07 English translation of an A-share (SZSE) ESG report in markdown: pipe tables with right-aligned
// columns; the economic table's unit is only in a "Unit: RMB 10,000" line above it; environmental
// table with a Unit column (tce, "10,000 kWh", "10,000 m³", tonnes of water); both tables end with a
// YoY change (%) column; governance, people and patents in prose; prior-year in brackets; single-
// site, target and cumulative traps. -------------------------------------------------------------
{
  const E = { col: { 2024: 1, 2023: 2 } };
  const V = { col: { 2024: 2, 2023: 3 } };
  const y2 = (a, b) => ({ 2024: a, 2023: b });
  const econ = (metric, label, byYear, opts = {}) => row(metric, `| ${label} |`, "RMB 10,000 (line above the table)", WAN, "CNY", byYear, { ...E, ...opts });
  reports.push({
    id: "h5_07_yuzhou_2024", src: "07_yuzhou_2024_yoy.md", reportYear: 2024,
    company: { name: "Chongqing Yuzhou Auto Parts Co., Ltd.", match: ["yuzhou"] },
    facts: [
      ...econ("revenue", "Operating revenue", y2("1,286,540.32", "1,154,872.16")),
      ...econ("net_profit", "Net profit attributable to shareholders of the listed company", y2("84,216.57", "76,905.33")),
      ...econ("total_assets", "Total assets", y2("2,415,873.90", "2,208,114.65")),
      ...econ("taxes_paid", "Total taxes paid", y2("62,374.18", "57,830.42")),
      ...econ("rd_investment", "R&D investment", y2("58,912.40", "51,236.75"), { note: "The 2022-2024 cumulative 'exceeded RMB 1.5 billion' is not a year's figure." }),
      ...econ("env_investment", "Environmental protection investment", y2("4,862.15", "4,105.88")),
      ...econ("safety_investment", "Work safety investment", y2("3,218.60", "2,946.37")),
      ...econ("community_investment", "Public welfare donations", y2("426.50", "318.00")),
      ...row("energy_total", "| Total comprehensive energy consumption | tce |", "tce", TCE, "MWh", y2("96,482.7", "91,305.2"),
        { ...V, note: "The Liangjiang plant's 18,406.2 tce in the prose is one site." }),
      ...row("electricity_purchased", "| Purchased electricity | 10,000 kWh |", "10,000 kWh", 10, "MWh", y2("61,208.5", "57,964.1"), V),
      ...row("natural_gas_consumption", "| Natural gas | 10,000 m³ |", "10,000 m³", WAN, "m3", y2("1,652.3", "1,588.9"), V),
      ...row("ghg_scope1", "| Scope 1 GHG emissions |", "tCO₂e", 1, "tCO2e", y2("35,946.8", "34,570.2"), V),
      ...row("ghg_scope2", "| Scope 2 GHG emissions |", "tCO₂e", 1, "tCO2e", y2("349,040.9", "330,539.3"), V),
      ...row("ghg_total", "| Total GHG emissions |", "tCO₂e", 1, "tCO2e", y2("384,987.7", "365,109.5"), V),
      ...row("water_consumption", "| Water consumption | tonnes |", "tonnes", 1, "m3", y2("1,874,206", "1,802,593"), V),
      ...row("voc_emissions", "| VOCs emissions |", "tonnes", 1, "t", y2("214.36", "236.82"), V),
      ...row("waste_hazardous", "| Hazardous waste |", "tonnes", 1, "t", y2("9,864.2", "9,215.7"), V),
      ...row("waste_nonhazardous", "| General industrial solid waste |", "tonnes", 1, "t", y2("52,318.0", "49,760.5"), V),
      ...row("board_size", "is composed of 9 directors", "directors", 1, "count", { 2024: "9" }),
      ...row("independent_directors", "of whom 3 are independent directors", "independent directors", 1, "count", { 2024: "3" }),
      ...row("rd_employees", "the Company had 1,874 R&D personnel", "persons", 1, "count", { 2024: "1,874" }),
      ...row("patents_total", "the Company held 1,562 valid patents", "patents", 1, "count", { 2024: "1,562" }, { note: "318 applications filed in the year; 287 invention patents." }),
      ...row("employees_total", "At the end of 2024 the Company had 12,327 employees", "employees", 1, "count", { 2024: "12,327" }),
      ...row("female_employee_ratio", "Female employees accounted for 22.6%", "%", 1, "%", { 2024: "22.6" }),
      ...row("employees_trained_ratio", "In 2024, 100% of employees participated in training", "%", 1, "%", { 2024: "100" }),
      ...word("fatalities", "In 2024 there were no work-related fatalities", "no work-related fatalities", 0, 2024, "(statement)"),
    ],
    ignore: [
      ...ign("employees_total", [2023], "Prior-year figure in brackets ((2023: 10,624))."),
    ],
  });
}

// 08 HKEX sustainability report of a water utility as text extracted from a PDF: prose wrapped at
// ~92 characters (some statements split over two lines), a data summary with dot leaders between
// label and figures, the unit after a comma in the label, years 2023 2022 in right-aligned
// columns, "n.a." cells, sub-headings inside the table, market-based Scope 2 and Scope 3 for 2023
// only; social, governance and financial figures in prose; prior-year comparisons, cumulative,
// single-plant, removed-versus-discharged and target traps. --------------------------------------
{
  const y2 = (a, b) => ({ 2023: a, 2022: b });
  const one = (metric, anchor, rep, mult, unit, token, opts = {}) => row(metric, anchor, rep, mult, unit, { 2023: token }, opts);
  reports.push({
    id: "h5_08_dongting_2023", src: "08_dongting_2023_leaders.txt", reportYear: 2023,
    company: { name: "Dongting Water Environment Holdings Limited", match: ["dongting", "洞庭水务"] },
    facts: [
      ...row("ghg_scope1", "  Direct (Scope 1), tCO2e ...", "tCO2e", 1, "tCO2e", y2("48,615", "47,902")),
      ...row("ghg_scope2", "  Energy indirect (Scope 2, location-based), tCO2e", "tCO2e", 1, "tCO2e", y2("186,274", "179,518")),
      ...one("ghg_scope2_market", "  Energy indirect (Scope 2, market-based), tCO2e", "tCO2e", 1, "tCO2e", "171,930", { note: "2022 is n.a." }),
      ...row("ghg_total", "  Total Scope 1 and 2 (location-based), tCO2e", "tCO2e", 1, "tCO2e", y2("234,889", "227,420")),
      ...one("ghg_scope3", "  Value chain (Scope 3), tCO2e", "tCO2e", 1, "tCO2e", "95,400", { note: "2022 is n.a." }),
      ...row("energy_total", "  Total energy consumption, MWh", "MWh", 1, "MWh", y2("352,806", "340,115")),
      ...row("electricity_purchased", "  Purchased electricity, MWh", "MWh", 1, "MWh", y2("326,618", "314,790")),
      ...row("renewable_electricity_generated", "  Self-generated solar electricity, MWh", "MWh", 1, "MWh", y2("9,842", "6,315"),
        { note: "The 27,640 MWh 'since 2019' in the prose is cumulative." }),
      ...row("diesel_consumption", "  Diesel, tonnes", "tonnes", 1, "t", y2("412.6", "398.1")),
      ...row("water_consumption", "  Fresh water used in own operations, m3", "m3", 1, "m3", y2("1,206,480", "1,185,320"),
        { note: "The utility's own water use; the wastewater it treats is a separate row." }),
      ...row("wastewater_discharge", "  Treated wastewater discharged, million m3", "million m3", MN, "m3", y2("612.84", "589.37"),
        { note: "The Yuelu plant's 96.5 million m3 in the prose is one plant." }),
      ...row("cod_discharge", "  COD discharged, tonnes", "tonnes", 1, "t", y2("10,418.6", "10,245.2"),
        { note: "'COD removed' (158,730.4 / 151,862.9) on the next row is not discharge." }),
      ...row("waste_nonhazardous", "  Non-hazardous waste (mainly dewatered sludge), tonnes", "tonnes", 1, "t", y2("386,520", "372,140")),
      ...row("waste_hazardous", "  Hazardous waste (laboratory waste, waste oil), tonnes", "tonnes", 1, "t", y2("42.8", "39.5")),
      ...one("revenue", "Revenue for 2023 reached RMB 5,218.6 million", "million (RMB)", MN, "CNY", "5,218.6"),
      ...one("net_profit", "attributable to equity holders of the Company was RMB 742.9 million", "million (RMB)", MN, "CNY", "742.9",
        { note: "'Profit' is at the end of the previous (wrapped) line.", plabel: "attributable to equity" }),
      ...word("board_size", "Our nine-member Board includes", "nine-member Board", 9, 2023, "(in words)"),
      ...word("independent_directors", "Our nine-member Board includes three independent", "three independent", 3, 2023, "(in words)",
        "count", { note: "'non-executive directors' is on the next (wrapped) line." }),
      ...word("female_directors", "non-executive directors and two women", "two women", 2, 2023, "(in words)", "count",
        { note: "Continuation of the Board sentence from the previous line." }),
      ...one("employees_total", "Our headcount stood at 4,287 at the end of 2023", "persons", 1, "count", "4,287"),
      ...one("employees_female", "1,346 of whom were women", "women", 1, "count", "1,346"),
      ...one("female_employee_ratio", "(31.4% of staff)", "%", 1, "%", "31.4"),
      ...one("new_hires", "We recruited 526 people in 2023", "people", 1, "count", "526"),
      ...one("turnover_rate", "Staff turnover was 6.2% for the", "%", 1, "%", "6.2"),
      ...one("training_hours_total", "a combined 152,300 hours of training", "hours", 1, "h", "152,300"),
      ...one("training_hours_avg", "or 35.5 hours per person on", "hours per person", 1, "h", "35.5"),
      ...one("safety_investment", "We spent RMB 21.4 million on occupational", "million (RMB)", MN, "CNY", "21.4"),
      ...word("fatalities", "recorded zero work-related fatalities", "zero work-related fatalities", 0, 2023, "(statement)"),
      ...one("suppliers_total", "We worked with 893 suppliers in 2023", "suppliers", 1, "count", "893"),
      ...one("customer_complaints", "complaints fell to 1,248 in 2023", "complaints", 1, "count", "1,248"),
      ...word("corruption_cases", "We did not have any concluded legal case regarding corrupt practices", "did not have any concluded legal case", 0, 2023, "(statement)"),
      ...one("community_investment", "We gave RMB 3.6 million in donations and sponsorships in 2023", "million (RMB)", MN, "CNY", "3.6"),
    ],
    ignore: [
      ...ign("turnover_rate", [2022], "Prior-year figure in a comparison ('compared with 7.1% in 2022')."),
      ...ign("customer_complaints", [2022], "Prior-year figure in a comparison ('from 1,503 a year earlier')."),
    ],
  });
}
