// Gold answers for test/holdout4, written from the report texts only (blind: the engine's source,
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
const TCE = 8.141, GJ = 1 / 3.6, WAN = 10000, YI = 1e8, MN = 1e6, BN = 1e9;
const nb = (s) => s.replace(/ /g, "\u00a0"); // figures printed with no-break spaces as thousands separators

export const reports = [];

// 01 Bilingual (Simplified Chinese + English label in the same cell), TAB table, years ascending
// 2023 2024 2025; bilingual units; "/" cells; social table with only 2024 2025 ------------------
{
  const E = { col: { 2023: 2, 2024: 3, 2025: 4 } };
  const S = { col: { 2024: 2, 2025: 3 } };
  const y3 = (a, b, c) => ({ 2023: a, 2024: b, 2025: c });
  reports.push({
    id: "h4_01_qingluan_2025", src: "01_qingluan_2025_bilingual.txt", reportYear: 2025,
    company: { name: "Anhui Qingluan Photoelectric Materials Co., Ltd.", match: ["qingluan", "青鸾"] },
    facts: [
      ...row("ghg_scope1", "范围一温室气体排放 Scope 1 GHG emissions", "tCO2e", 1, "tCO2e", y3("8,214.6", "8,530.2", "8,902.7"), E),
      ...row("ghg_scope2", "Scope 2 GHG emissions (location-based)", "tCO2e", 1, "tCO2e", y3("41,327.9", "44,106.5", "46,881.3"), { ...E, note: "Location-based row; a market-based row follows." }),
      ...row("ghg_scope2_market", "Scope 2 GHG emissions (market-based)", "tCO2e", 1, "tCO2e", { 2024: "39,872.0", 2025: "37,415.6" }, { ...E, note: "2023 is '/'." }),
      ...row("ghg_total", "Total GHG emissions (Scope 1 + Scope 2, location-based)", "tCO2e", 1, "tCO2e", y3("49,542.5", "52,636.7", "55,784.0"), E),
      ...row("energy_total", "Total comprehensive energy consumption", "tce (吨标准煤)", TCE, "MWh", y3("15,862.4", "16,940.8", "17,725.3"), E),
      ...row("electricity_consumption", "Total electricity consumption", "MWh", 1, "MWh", y3("67,790.2", "77,830.4", "85,814.9"), E),
      ...row("electricity_purchased", "Of which: purchased electricity", "MWh", 1, "MWh", y3("67,790.2", "72,349.8", "76,902.5"), E),
      ...row("renewable_electricity_generated", "Of which: self-generated PV electricity", "MWh", 1, "MWh", { 2024: "5,480.6", 2025: "8,912.4" }, { ...E, note: "2023 is '/'. The Wuhu base's own 5,206.3 MWh in the prose is one site." }),
      ...row("water_consumption", "Total water consumption", "t (吨)", 1, "m3", y3("412,580", "436,215", "451,903"), E),
      ...row("waste_hazardous", "Hazardous waste generated", "t", 1, "t", y3("612.35", "648.90", "689.12"), E),
      ...row("waste_nonhazardous", "Non-hazardous industrial solid waste generated", "t", 1, "t", y3("5,214.8", "5,506.1", "5,873.4"), E),
      ...row("employees_total", "员工总数 Total employees", "persons", 1, "count", { 2024: "3,348", 2025: "3,597" }, S),
      ...row("employees_male", "男性员工 Male employees", "persons", 1, "count", { 2024: "2,263", 2025: "2,421" }, S),
      ...row("employees_female", "女性员工 Female employees", "persons", 1, "count", { 2024: "1,085", 2025: "1,176" }, S),
      ...row("female_employee_ratio", "Proportion of female employees", "%", 1, "%", { 2024: "32.41", 2025: "32.69" }, S),
      ...row("turnover_rate", "Employee turnover rate", "%", 1, "%", { 2024: "9.1", 2025: "8.6" }, S),
      ...row("revenue", "全年实现营业收入38.62亿元", "亿元 (RMB 100 million)", YI, "CNY", { 2025: "38.62" }, { note: "Chairman's message (Chinese line only)." }),
      ...word("board_size", "第四届董事会由9名董事组成", "9", 9, 2025, "名董事 (directors)"),
      ...word("independent_directors", "其中独立董事3名", "3", 3, 2025, "名独立董事 (independent directors)"),
      ...word("female_directors", "女性董事2名", "2", 2, 2025, "名女性董事 (female directors)"),
    ],
    ignore: [],
  });
}

// 02 Row blocks: line 1 = code + indicator + "Unit: ..."; line 2 = "2024:  x   2023:  y   2022:  z";
// apostrophe thousands separators; GJ, litres; "n/a" cells ------------------------------------
{
  const blk = (metric, label, rep, mult, unit, byYear, opts = {}) =>
    row(metric, "", rep, mult, unit, byYear, { from: label, off: 1, col: { 2024: 1, 2023: 3, 2022: 5 }, ...opts });
  const y3 = (a, b, c) => ({ 2024: a, 2023: b, 2022: c });
  reports.push({
    id: "h4_02_luzhen_2024", src: "02_luzhen_2024_rowblocks.txt", reportYear: 2024,
    company: { name: "Shandong Luzhen Biopharmaceutical Co., Ltd.", match: ["luzhen"] },
    facts: [
      ...blk("ghg_scope1", "E-01  Direct GHG emissions (Scope 1)", "tCO2e", 1, "tCO2e", y3("18'406.2", "17'951.8", "17'320.5")),
      ...blk("ghg_scope2", "E-02  Energy indirect GHG emissions (Scope 2)", "tCO2e", 1, "tCO2e", y3("52'118.7", "50'664.3", "49'027.9")),
      ...blk("ghg_total", "E-03  Total GHG emissions (Scope 1 + Scope 2)", "tCO2e", 1, "tCO2e", y3("70'524.9", "68'616.1", "66'348.4")),
      ...blk("ghg_scope3", "E-04  Other indirect GHG emissions (Scope 3)", "tCO2e", 1, "tCO2e", { 2024: "236'480" }, { note: "2023 and 2022 are n/a." }),
      ...blk("energy_total", "E-06  Total energy consumption", "GJ", GJ, "MWh", y3("663'768", "646'819", "623'847")),
      ...blk("energy_direct", "E-07  Direct energy consumption (fuels)", "GJ", GJ, "MWh", y3("334'128", "325'904", "314'370")),
      ...blk("energy_indirect", "E-08  Indirect energy consumption (purchased electricity and steam)", "GJ", GJ, "MWh", y3("329'640", "320'915", "309'477")),
      ...blk("natural_gas_consumption", "E-09  Natural gas", "m3", 1, "m3", y3("8'402'150", "8'196'730", "7'905'480")),
      ...blk("diesel_consumption", "E-10  Diesel (company vehicles", "litres", 0.001, "m3", y3("96'420", "104'385", "112'960")),
      ...blk("water_consumption", "E-12  Total water withdrawal", "m3", 1, "m3", y3("1'642'870", "1'590'214", "1'541'006")),
      ...blk("wastewater_discharge", "E-13  Wastewater discharged", "m3", 1, "m3", y3("1'286'440", "1'242'915", "1'198'302")),
      ...blk("cod_discharge", "E-14  COD in discharged wastewater", "tonnes", 1, "t", y3("41.86", "44.02", "46.75")),
      ...blk("waste_hazardous", "E-16  Hazardous waste generated", "tonnes", 1, "t", { 2024: "14'862.4", 2023: "14'205.7" }, { note: "2022 is n/a (partial coverage, not shown)." }),
      ...blk("employees_total", "S-01  Total employees at year end", "persons", 1, "count", y3("5'218", "4'986", "4'731")),
      ...blk("training_hours_total", "S-04  Total training hours", "hours", 1, "h", { 2024: "214'360", 2023: "196'830" }),
      ...row("rd_investment", "invested RMB 386.4 million in research and development", "RMB million", MN, "CNY", { 2024: "386.4" }, { note: "Board statement; the cumulative 'RMB 1.6 billion since listing' is not a year's figure." }),
      ...row("patents_total", "the Company held 428 valid patents", "valid patents", 1, "count", { 2024: "428" }, { note: "37 is new invention patents obtained in the year, not patents held." }),
      ...word("fatalities", "work-related fatalities in 2024.", "work-related fatalities in 2024", 0, 2024, "", "count", { note: "'There were no' ends the previous line." }),
    ],
    ignore: [],
  });
}

// 03 Markdown "Key ESG data": Paper segment | Packaging segment | Group total side by side, each with
// 2024 2023 (year row under a segment header row); no-break spaces as thousands separators --------
{
  const G = { col: { 2024: 6, 2023: 7 } };
  const g2 = (a, b) => ({ 2024: nb(a), 2023: nb(b) });
  reports.push({
    id: "h4_03_minjiang_2024", src: "03_minjiang_2024_segments.md", reportYear: 2024,
    company: { name: "Fujian Minjiang Hengtai Holdings Co., Ltd.", match: ["minjiang hengtai", "minjiang"] },
    facts: [
      ...row("ghg_scope1", "| Scope 1 GHG emissions |", "tCO2e", 1, "tCO2e", g2("170 694.8", "166 808.9"), { ...G, note: "Group total columns; segment columns are breakdowns." }),
      ...row("ghg_scope2", "| Scope 2 GHG emissions |", "tCO2e", 1, "tCO2e", g2("119 722.5", "115 608.6"), G),
      ...row("ghg_total", "| Total GHG emissions (Scope 1 and 2) |", "tCO2e", 1, "tCO2e", g2("290 417.3", "282 417.5"), G),
      ...row("energy_total", "| Total energy consumption |", "MWh", 1, "MWh", g2("1 185 470", "1 154 617"), G),
      ...row("electricity_purchased", "| Purchased electricity |", "MWh", 1, "MWh", g2("209 921", "202 714"), G),
      ...row("natural_gas_consumption", "| Natural gas |", "thousand m³", 1000, "m3", g2("36 279", "35 413"), G),
      ...row("water_consumption", "| Water withdrawal |", "thousand m³", 1000, "m3", g2("18 718.7", "19 210.8"), G),
      ...row("wastewater_discharge", "| Wastewater discharged |", "thousand m³", 1000, "m3", g2("16 068.7", "16 485.5"), G),
      ...row("cod_discharge", "| COD discharged |", "t", 1, "t", g2("622.4", "664.5"), G),
      ...row("nox_emissions", "| Nitrogen oxides (NOx) |", "t", 1, "t", g2("189.57", "204.39"), G),
      ...row("sox_emissions", "| Sulphur dioxide (SO₂) |", "t", 1, "t", g2("52.84", "59.17"), G),
      ...row("particulate_emissions", "| Particulate matter |", "t", 1, "t", g2("25.91", "28.23"), G),
      ...row("waste_hazardous", "| Hazardous waste |", "t", 1, "t", g2("432.1", "440.1"), G),
      ...row("waste_nonhazardous", "| Non-hazardous waste |", "t", 1, "t", g2("321 502", "314 025"), G),
      ...row("employees_total", "| Employees at year end |", "persons", 1, "count", g2("7 180", "7 001"), G),
      ...row("employees_female", "| of which women |", "persons", 1, "count", g2("2 145", "2 060"), G),
      ...row("fatalities", "| Work-related fatalities |", "persons", 1, "count", g2("1", "0"), G),
      ...row("revenue", "| Operating revenue |", "RMB million", MN, "CNY", g2("12 786.5", "13 041.3"), { ...G, note: "Group total is after inter-segment eliminations; segment revenues do not add up to it." }),
      ...row("net_profit", "| Net profit attributable to shareholders of the parent |", "RMB million", MN, "CNY", g2("486.3", "612.7"), G),
      ...row("community_investment", "donations and community investment totalled RMB 6.82 million", "RMB million", MN, "CNY", { 2024: "6.82" }, { note: "'more than RMB 50 million' since 2015 is cumulative." }),
      ...word("board_size", "The Board consists of 11 directors", "11", 11, 2024, "directors"),
      ...word("independent_directors", "of whom 4 are independent directors", "4", 4, 2024, "independent directors"),
      ...word("female_directors", "and 3 are women", "3", 3, 2024, "women (directors)"),
    ],
    ignore: [
      ...ign("renewable_electricity_generated", [2024], "Only one plant's rooftop PV generation (Fuzhou, 4 860 MWh) is given; no company-wide figure."),
    ],
  });
}

// 04 Word "Save as Web Page" HTML (CRLF, MsoNormal p/span runs split by script, o:p, spacer <td>
// cells between the year columns), Simplified Chinese, years 2023 2022 2021; social and economic
// figures in prose paragraphs wrapped inside tags --------------------------------------------------
{
  const TD = { td: { 2023: 4, 2022: 6, 2021: 8 } };
  const y3 = (a, b, c) => ({ 2023: a, 2022: b, 2021: c });
  const cellRow = (metric, from, rep, mult, unit, byYear, opts = {}) => row(metric, "", rep, mult, unit, byYear, { from, within: 30, ...TD, ...opts });
  const prose = (metric, from, token, rep, mult, unit, opts = {}) => row(metric, "", rep, mult, unit, { 2023: token }, { from, within: 3, ...opts });
  reports.push({
    id: "h4_04_shuling_2023", src: "04_shuling_2023_word.html", reportYear: 2023,
    company: { name: "Sichuan Shuling Food Co., Ltd.", match: ["shuling", "蜀岭"] },
    facts: [
      ...cellRow("ghg_total", "温室气体排放总量（范围一", "吨二氧化碳当量 (tCO2e)", 1, "tCO2e", y3("48,362.5", "46,918.2", "45,207.9")),
      ...cellRow("ghg_scope1", "其中：范围一直接排放", "吨二氧化碳当量 (tCO2e)", 1, "tCO2e", y3("14,856.3", "14,402.6", "13,950.1")),
      ...cellRow("ghg_scope2", ">范围二间接排放<", "吨二氧化碳当量 (tCO2e)", 1, "tCO2e", y3("33,506.2", "32,515.6", "31,257.8")),
      ...cellRow("energy_total", ">综合能源消耗量<", "吨标准煤 (tce)", TCE, "MWh", y3("13,486.7", "13,052.4", "12,618.9")),
      ...cellRow("electricity_purchased", ">外购电力<", "万千瓦时 (10,000 kWh)", 10, "MWh", y3("5,875.3", "5,701.4", "5,480.9")),
      ...cellRow("natural_gas_consumption", ">天然气消耗量<", "万立方米 (10,000 m3)", WAN, "m3", y3("682.45", "661.08", "640.32")),
      ...cellRow("water_consumption", ">用水总量<", "吨 (t of water)", 1, "m3", y3("1,126,480", "1,093,215", "1,058,640"), { note: "The Meishan base's 52.6万吨 in the prose is one site." }),
      ...cellRow("wastewater_discharge", ">废水排放量<", "万吨 (10,000 t of water)", WAN, "m3", y3("86.42", "84.17", "81.95")),
      ...cellRow("cod_discharge", "化学需氧量（", "吨 (t)", 1, "t", y3("38.26", "40.15", "42.87")),
      ...cellRow("packaging_material", ">包装材料使用量<", "吨 (t)", 1, "t", y3("21,358.6", "20,742.1", "19,965.3")),
      ...prose("revenue", "实现营业收入", "41.27", "亿元", YI, "CNY"),
      ...prose("taxes_paid", "；全年缴纳税费", "3.46", "亿元", YI, "CNY"),
      ...prose("env_investment", "年环保投入", "1,286.5", "万元", WAN, "CNY"),
      ...prose("employees_total", "日，公司共有员工", "4,812", "人", 1, "count"),
      ...prose("employees_female", "人，其中女性员工", "2,367", "人", 1, "count"),
      ...prose("new_hires", "年，公司新招聘员工", "628", "人", 1, "count"),
      ...prose("employees_trained_ratio", "人次，员工培训覆盖率", "98.6", "%", 1, "%", { note: "15,230 人次 is participations, not a ratio." }),
      ...prose("training_hours_avg", "，人均培训时长", "26.4", "小时", 1, "h"),
      ...prose("customer_complaints", "年，公司共受理产品质量投诉", "43", "起", 1, "count"),
      ...prose("community_investment", "公益捐赠及乡村振兴投入合计", "326.8", "万元", WAN, "CNY", { note: "'累计…超过2,000万元' since listing is cumulative." }),
      ...word("corruption_cases", "公司未发生涉及腐败的诉讼", "未发生涉及腐败的诉讼", 0, 2023, "(no litigation involving corruption)"),
    ],
    ignore: [],
  });
}

// 05 pdftotext -layout text: space-aligned columns 2025 2024 2023, running page header and page
// number lines (with form feeds) interrupting the tables, wrapped labels whose qualifier
// ("(location-based)", "(market-based)") is on the line after the figures ------------------------
{
  const L = { col: { 2025: 2, 2024: 3, 2023: 4 } };
  const y3 = (a, b, c) => ({ 2025: a, 2024: b, 2023: c });
  reports.push({
    id: "h4_05_jingchu_2025", src: "05_jingchu_2025_paged.txt", reportYear: 2025,
    company: { name: "Hubei Jingchu Cable Technology Co., Ltd.", match: ["jingchu"] },
    facts: [
      ...row("ghg_scope1", "Scope 1 GHG emissions", "tCO2e", 1, "tCO2e", y3("6,482.7", "6,915.3", "7,204.8"), L),
      ...row("ghg_scope2", "Scope 2 GHG emissions", "tCO2e", 1, "tCO2e", y3("58,906.4", "56,120.8", "53,418.6"), { ...L, note: "Row continued by '(location-based)' on the next line." }),
      ...row("ghg_scope2_market", "Scope 2 GHG emissions", "tCO2e", 1, "tCO2e", { 2025: "41,215.0", 2024: "47,386.2" }, { ...L, note: "Row continued by '(market-based)' on the next line; 2023 is '-'." }),
      ...row("ghg_total", "Total GHG emissions (Scope 1 + 2,", "tCO2e", 1, "tCO2e", y3("65,389.1", "63,036.1", "60,623.4"), L),
      ...row("ghg_scope3", "Scope 3 GHG emissions", "tCO2e", 1, "tCO2e", { 2025: "1,284,560", 2024: "1,196,230" }, L),
      ...row("ghg_reduction", "GHG emissions reduced through", "tCO2e", 1, "tCO2e", { 2025: "4,816.2", 2024: "3,902.5" }, { ...L, note: "First row after a page break; sum over all mitigation projects." }),
      ...row("energy_total", "Total energy consumption", "MWh", 1, "MWh", y3("118,425.6", "113,908.2", "108,776.4"), L),
      ...row("electricity_consumption", "Electricity consumption", "MWh", 1, "MWh", y3("109,316.3", "104,218.7", "98,872.5"), { ...L, note: "The Xiaogan plant's 46,870 MWh in the prose is one site." }),
      ...row("electricity_purchased", "Of which: purchased from the grid", "MWh", 1, "MWh", y3("103,290.1", "98,407.3", "93,668.1"), L),
      ...row("renewable_electricity_generated", "Of which: self-generated solar power", "MWh", 1, "MWh", y3("6,026.2", "5,811.4", "5,204.4"), L),
      ...row("water_consumption", "Total water withdrawal", "m3", 1, "m3", y3("386,240", "372,915", "361,388"), L),
      ...row("voc_emissions", "Volatile organic compounds (VOCs)", "t", 1, "t", y3("12.46", "13.88", "15.21"), L),
      ...row("waste_hazardous", "Hazardous waste generated", "t", 1, "t", y3("184.36", "176.92", "169.05"), L),
      ...row("waste_nonhazardous", "Non-hazardous waste generated", "t", 1, "t", y3("6,842.7", "6,515.3", "6,208.9"), { ...L, note: "First row after a page break." }),
      ...row("employees_total", "Total employees (year end)", "persons", 1, "count", y3("4,026", "3,871", "3,695"), { ...L, note: "'more than 4,000 employees' in the chairman's message is approximate." }),
      ...word("board_size", "comprises seven directors", "seven", 7, 2025, "directors"),
      ...word("independent_directors", "including three", "three", 3, 2025, "independent directors", "count", { note: "'independent directors' continues on the next line." }),
    ],
    ignore: [],
  });
}

// 06 HKEX social KPIs: TAB table where a count row is followed by an unlabelled "%" row (share of
// workforce, turnover rate, share trained); governance and anti-corruption in prose; HK$ ---------
{
  const T = { col: { 2024: 2, 2023: 3 } };
  const pct = (metric, from, byYear, opts = {}) => row(metric, "\t%\t", "%", 1, "%", byYear, { from, off: 1, ...T, ...opts });
  reports.push({
    id: "h4_06_pinehill_2024", src: "06_pinehill_2024_social.txt", pdf: true, reportYear: 2024,
    company: { name: "Pinehill Medical Services Group Limited", match: ["pinehill", "松嶺"] },
    facts: [
      ...row("ghg_scope1", "Direct GHG emissions (Scope 1)", "tCO2e", 1, "tCO2e", { 2024: "2,186.4", 2023: "2,094.7" }, T),
      ...row("ghg_scope2", "Energy indirect GHG emissions (Scope 2)", "tCO2e", 1, "tCO2e", { 2024: "18,642.9", 2023: "17,915.8" }, T),
      ...row("ghg_total", "Total GHG emissions (Scope 1 and 2)", "tCO2e", 1, "tCO2e", { 2024: "20,829.3", 2023: "20,010.5" }, T),
      ...row("electricity_purchased", "Purchased electricity\tkWh", "kWh", 0.001, "MWh", { 2024: "32,689,420", 2023: "31,415,870" }, T),
      ...row("water_consumption", "Water consumption\tm3", "m3", 1, "m3", { 2024: "286,415" }, T),
      ...row("waste_hazardous", "Hazardous waste (clinical waste)\tkg", "kg", 0.001, "t", { 2024: "412,860", 2023: "389,240" }, T),
      ...row("waste_nonhazardous", "Non-hazardous waste (general waste)", "tonnes", 1, "t", { 2024: "1,864.2", 2023: "1,792.5" }, T),
      ...row("employees_total", "Total workforce\tpersons", "persons", 1, "count", { 2024: "5,862", 2023: "5,417" }, T),
      ...row("employees_female", "Female\tpersons", "persons", 1, "count", { 2024: "4,127", 2023: "3,788" }, T),
      ...pct("female_employee_ratio", "Female\tpersons", { 2024: "70.4", 2023: "69.9" }, { plabel: "Female persons", note: "Unlabelled % row under 'Female' (share of workforce, note 2)." }),
      ...row("employees_male", "Male\tpersons", "persons", 1, "count", { 2024: "1,735", 2023: "1,629" }, T),
      ...row("new_hires", "New hires\tpersons", "persons", 1, "count", { 2024: "1,146", 2023: "1,032" }, T),
      ...pct("turnover_rate", "Employee turnover\tpersons", { 2024: "13.7", 2023: "14.2" }, { plabel: "Employee turnover", note: "Unlabelled % row under 'Employee turnover' (turnover rate, note 2)." }),
      ...pct("employees_trained_ratio", "Employees trained\tpersons", { 2024: "96.2", 2023: "94.2" }, { plabel: "Employees trained", note: "Unlabelled % row under 'Employees trained' (note 2)." }),
      ...row("training_hours_total", "Total training hours\thours", "hours", 1, "h", { 2024: "187,584", 2023: "162,510" }, T),
      ...row("training_hours_avg", "Average training hours per employee\thours", "hours", 1, "h", { 2024: "32.0", 2023: "30.0" }, T),
      ...row("fatalities", "Work-related fatalities\tpersons", "persons", 1, "count", { 2024: "0", 2023: "0" }, T),
      ...row("lost_days_injury", "Lost days due to work injury\tdays", "days", 1, "d", { 2024: "412", 2023: "465" }, T),
      ...row("suppliers_total", "Total\t545", "suppliers", 1, "count", { 2024: "545" }, { note: "Total row after the by-region rows." }),
      ...row("customer_complaints", "received 68 complaints related to its medical services", "complaints", 1, "count", { 2024: "68" }),
      ...word("corruption_cases", "There were no concluded legal cases regarding corrupt practices", "no concluded legal cases", 0, 2024, "", "count", { note: "9 whistleblowing reports / 2 substantiated gift-policy breaches are not legal cases." }),
      ...word("corruption_cases", "(2023: nil)", "(2023: nil)", 0, 2023, ""),
      ...row("community_investment", "amounted to HK$2.35 million", "HK$ million", MN, "HKD", { 2024: "2.35" }),
      ...word("board_size", "the Board comprised eleven directors", "eleven", 11, 2024, "directors"),
      ...word("independent_directors", "and four independent non-executive directors", "four", 4, 2024, "independent non-executive directors"),
      ...word("female_directors", "Three of the eleven directors are women", "Three", 3, 2024, "(of the eleven directors are) women"),
    ],
    ignore: [
      ...ign("water_consumption", [2023], "Note 3: the 2023 figure excludes the Guangzhou clinics added in 2024; taking 271,930 m3 or giving no answer are both acceptable."),
    ],
  });
}

// 07 Simplified Chinese markdown, transposed tables (years as rows 2023年 2024年 2025年, indicators as
// columns with the unit in the column header), 万吨标准煤 / 万千瓦时 / 万吨 / 万元; bullet list with a
// prior-year value in brackets ------------------------------------------------------------------
{
  const tr = (metric, caption, col, rep, mult, unit, byYear, opts = {}) =>
    Object.entries(byYear).flatMap(([y, token]) => row(metric, `| ${y}年 |`, rep, mult, unit, { [y]: token }, { from: caption, within: 8, col, ...opts }));
  const y3 = (a, b, c) => ({ 2023: a, 2024: b, 2025: c });
  reports.push({
    id: "h4_07_cangshan_2025", src: "07_cangshan_2025_transposed.md", reportYear: 2025,
    company: { name: "云南苍山有色金属股份有限公司", match: ["苍山有色", "cangshan"] },
    facts: [
      ...tr("ghg_scope1", "### 表1 温室气体排放", 1, "吨二氧化碳当量", 1, "tCO2e", y3("386,420", "392,815", "378,546")),
      ...tr("ghg_scope2", "### 表1 温室气体排放", 2, "吨二氧化碳当量", 1, "tCO2e", y3("512,836", "498,207", "471,930")),
      ...tr("ghg_total", "### 表1 温室气体排放", 3, "吨二氧化碳当量", 1, "tCO2e", y3("899,256", "891,022", "850,476")),
      ...tr("energy_total", "### 表2 能源消耗", 1, "万吨标准煤 (10,000 tce)", WAN * TCE, "MWh", y3("41.26", "40.87", "39.54")),
      ...tr("electricity_purchased", "### 表2 能源消耗", 2, "万千瓦时", 10, "MWh", y3("89,920", "87,357", "82,747")),
      ...tr("sox_emissions", "### 表3 主要大气污染物排放", 1, "吨", 1, "t", y3("486.3", "452.1", "418.6"), { note: "Sulphur dioxide column; the Mengzi smelter's own figures in the prose are one site." }),
      ...tr("nox_emissions", "### 表3 主要大气污染物排放", 2, "吨", 1, "t", y3("352.8", "338.5", "321.9")),
      ...tr("particulate_emissions", "### 表3 主要大气污染物排放", 3, "吨", 1, "t", y3("96.4", "88.7", "79.2")),
      ...tr("water_consumption", "### 表4 水资源与固体废物", 1, "万吨 (10,000 t of fresh water)", WAN, "m3", y3("612.4", "598.7", "583.2")),
      ...tr("waste_hazardous", "### 表4 水资源与固体废物", 2, "吨", 1, "t", y3("58,420", "55,960", "53,185")),
      ...tr("waste_nonhazardous", "### 表4 水资源与固体废物", 3, "万吨 (10,000 t)", WAN, "t", y3("126.8", "131.5", "129.4")),
      ...tr("env_investment", "### 表5 环保投入", 1, "万元", WAN, "CNY", y3("18,620", "21,045", "24,380"), { note: "'近五年累计…超过9亿元' is cumulative." }),
      ...row("employees_total", "**员工总数**", "人", 1, "count", { 2025: "6,218", 2024: "6,105" }, { note: "2024 value in brackets on the same line." }),
      ...row("female_employee_ratio", "**女性员工占比**", "%", 1, "%", { 2025: "18.6" }),
      ...row("safety_investment", "**安全生产投入**", "万元", WAN, "CNY", { 2025: "8,642" }),
      ...row("fatalities", "**因工死亡人数**", "人", 1, "count", { 2025: "0" }),
    ],
    ignore: [
      ...ign("renewable_electricity_generated", [2025], "Only one subsidiary's waste-heat power generation (3,860万千瓦时) is given; waste heat is not renewable and it is one site."),
    ],
  });
}

// 08 Table flattened to one cell per line (label, unit, 2023, 2022, 2021 each on its own line; some
// labels wrapped over two lines); financial and innovation figures in prose ----------------------
{
  const flat = (metric, label, first, rep, mult, unit, byYear, opts = {}) => {
    const years = Object.keys(byYear).map(Number).sort((a, b) => b - a);
    const off = {};
    for (const y of years) off[y] = first + (2023 - y);
    return row(metric, "", rep, mult, unit, byYear, { from: label, exact: true, off, ...opts });
  };
  const y3 = (a, b, c) => ({ 2023: a, 2022: b, 2021: c });
  reports.push({
    id: "h4_08_ruitong_2023", src: "08_ruitong_2023_flattened.txt", reportYear: 2023,
    company: { name: "Tianjin Haihe Ruitong Port Logistics Co., Ltd.", match: ["ruitong"] },
    facts: [
      ...flat("ghg_total", "Total GHG emissions", 2, "tCO2e", 1, "tCO2e", y3("124,806", "118,352", "112,917")),
      ...flat("ghg_scope1", "Scope 1 GHG emissions", 2, "tCO2e", 1, "tCO2e", y3("86,412", "81,905", "78,264")),
      ...flat("ghg_scope2", "Scope 2 GHG emissions", 2, "tCO2e", 1, "tCO2e", y3("38,394", "36,447", "34,653")),
      ...flat("energy_total", "Total energy", 3, "GJ", GJ, "MWh", y3("1,492,630", "1,418,275", "1,352,840"), { note: "Label wrapped: 'Total energy' / 'consumption'." }),
      ...flat("diesel_consumption", "Diesel", 2, "t", 1, "t", y3("24,186.5", "22,940.8", "21,872.3")),
      ...flat("gasoline_consumption", "Gasoline", 2, "litres", 0.001, "m3", y3("1,286,400", "1,342,900", "1,405,200")),
      ...flat("natural_gas_consumption", "Liquefied natural gas", 3, "t (LNG)", 1, "t", y3("3,215.6", "2,846.3", "2,402.7"), { note: "LNG in tonnes: natural gas compared in the mass dimension." }),
      ...flat("electricity_purchased", "Purchased", 3, "kWh", 0.001, "MWh", y3("67,322,500", "63,908,100", "60,762,300"), { note: "Label wrapped: 'Purchased' / 'electricity'. Shore power to vessels is a separate row and, per note 3, included." }),
      ...flat("water_consumption", "Water consumption", 2, "m3", 1, "m3", y3("412,680", "398,115", "386,904")),
      ...flat("employees_total", "Total number of", 3, "persons", 1, "count", y3("3,968", "3,842", "3,705"), { note: "Label wrapped: 'Total number of' / 'employees'." }),
      ...flat("fatalities", "Work-related fatalities", 2, "persons", 1, "count", y3("1", "0", "0")),
      ...flat("lost_days_injury", "Lost days due to", 3, "days", 1, "d", y3("286", "312", "265")),
      ...flat("safety_investment", "Investment in work", 3, "RMB 10,000", WAN, "CNY", y3("2,865.4", "2,610.8", "2,432.1")),
      ...row("revenue", "operating revenue of RMB 7.86 billion", "RMB billion", BN, "CNY", { 2023: "7.86" }),
      ...row("net_profit", "listed company of RMB 612.4 million", "RMB million", MN, "CNY", { 2023: "612.4" }),
      ...row("total_assets", "total assets stood at RMB 18.93 billion", "RMB billion", BN, "CNY", { 2023: "18.93" }),
      ...row("rd_investment", "invested RMB 86.5 million in research and development", "RMB million", MN, "CNY", { 2023: "86.5" }),
      ...row("rd_employees", "it had 238 R&D staff", "R&D staff", 1, "count", { 2023: "238" }),
      ...row("patents_total", "the Company held 146 patents", "patents", 1, "count", { 2023: "146" }),
    ],
    ignore: [],
  });
}
