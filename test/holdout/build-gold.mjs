#!/usr/bin/env node
// Builds test/holdout/gold/*.json from the specs below. Each fact is located by an anchor
// string that must occur on exactly one line of the report (the line number is computed, and
// the reported figure must appear on that line; a leading ^ anchors at the line start). Run from anywhere: node test/holdout/build-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const r6 = (x) => Math.round(x * 1e6) / 1e6;

// f(metric, year, value, unit, reported, anchor, note?)
const f = (metric, year, value, unit, reported, anchor, note) => ({ metric, year, value: r6(value), unit, reported, anchor, note });
// series over a table row: years[i] -> values[i]; scale converts the reported number to canonical
const row = (metric, years, nums, scale, unit, repUnit, anchor, note) =>
  years.map((y, i) => nums[i] == null ? null : f(metric, y, Number(String(nums[i]).replace(/,/g, "")) * scale, unit, `${nums[i]} ${repUnit}`, anchor, note)).filter(Boolean);
const ig = (metric, year, why) => ({ metric, year, why });

const Y3 = [2022, 2023, 2024];
const specs = [];

// ---------------------------------------------------------------- 01 markdown, pipe tables, ascending years
specs.push({
  out: "01_hengtai", file: "test/holdout/reports/01_hengtai.md",
  company: { name: "Sichuan Hengtai New Materials Co., Ltd.", match: ["hengtai"] }, reportYear: 2024,
  facts: [
    ...row("revenue", Y3, ["26.64", "30.71", "33.85"], 1e8, "CNY", "RMB 100 million", "| Operating revenue |"),
    ...row("net_profit", Y3, ["2.13", "2.56", "2.91"], 1e8, "CNY", "RMB 100 million", "| Net profit attributable"),
    ...row("total_assets", Y3, ["41.08", "47.52", "52.36"], 1e8, "CNY", "RMB 100 million", "| Total assets |"),
    ...row("rd_investment", Y3, ["10,652", "12,284", "13,876"], 1e4, "CNY", "RMB 10,000", "| R&D investment |"),
    ...row("taxes_paid", Y3, ["15,320", "17,046", "18,215"], 1e4, "CNY", "RMB 10,000", "| Taxes paid |"),
    f("board_size", 2024, 9, "count", "9 directors", "The Board currently has 9 directors"),
    f("independent_directors", 2024, 3, "count", "3 independent directors", "The Board currently has 9 directors"),
    f("female_directors", 2024, 2, "count", "2 female directors", "The Board currently has 9 directors"),
    ...row("ghg_total", Y3, ["48,215.6", "51,902.3", "53,488.1"], 1, "tCO2e", "tCO2e", "| Total GHG emissions (Scope 1 + Scope 2) |"),
    ...row("ghg_scope1", Y3, ["9,874.2", "10,433.8", "10,962.5"], 1, "tCO2e", "tCO2e", "| Scope 1 GHG emissions |"),
    ...row("ghg_scope2", Y3, ["38,341.4", "41,468.5", "42,525.6"], 1, "tCO2e", "tCO2e", "| Scope 2 GHG emissions |"),
    ...row("energy_total", Y3, ["86,420", "92,135", "95,870"], 1, "MWh", "MWh", "| Total energy consumption |"),
    ...row("electricity_purchased", Y3, ["61,230", "66,018", "68,442"], 1, "MWh", "MWh", "| Purchased electricity |"),
    ...row("natural_gas_consumption", Y3, ["215.4", "228.9", "236.2"], 1e4, "m3", "10,000 m3", "| Natural gas |"),
    ...row("diesel_consumption", Y3, ["42.6", "39.8", "35.1"], 1, "t", "t", "| Diesel |"),
    ...row("water_consumption", Y3, ["412,560", "438,902", "451,377"], 1, "m3", "m3", "| Water consumption |"),
    ...row("wastewater_discharge", Y3, ["301,245", "322,680", "330,914"], 1, "m3", "m3", "| Wastewater discharged |"),
    ...row("waste_hazardous", Y3, ["1,284.6", "1,352.0", "1,401.7"], 1, "t", "t", "| Hazardous waste generated |"),
    ...row("waste_nonhazardous", Y3, ["6,842", "7,105", "7,390"], 1, "t", "t", "| Non-hazardous waste generated |"),
    ...row("env_investment", Y3, ["1,862.5", "2,105.0", "2,388.7"], 1e4, "CNY", "RMB 10,000", "| Environmental protection investment |"),
    ...row("employees_total", Y3, ["2,846", "3,012", "3,158"], 1, "count", "persons", "| Total employees |"),
    ...row("employees_female", Y3, ["712", "768", "821"], 1, "count", "persons", "| Female employees |"),
    ...row("employees_male", Y3, ["2,134", "2,244", "2,337"], 1, "count", "persons", "| Male employees |"),
    ...row("female_employee_ratio", Y3, ["25.0", "25.5", "26.0"], 1, "%", "%", "| Proportion of female employees |"),
    ...row("new_hires", Y3, ["402", "455", "438"], 1, "count", "persons", "| New hires |"),
    ...row("turnover_rate", Y3, ["8.7", "7.9", "7.2"], 1, "%", "%", "| Employee turnover rate |"),
    ...row("rd_employees", Y3, ["356", "391", "428"], 1, "count", "persons", "| R&D personnel |"),
    ...row("training_hours_avg", Y3, ["32.5", "36.8", "41.2"], 1, "h", "hours", "| Average training hours per employee |"),
    ...row("fatalities", Y3, ["0", "0", "0"], 1, "count", "persons", "| Work-related fatalities |"),
    ...row("lost_days_injury", Y3, ["126", "98", "74"], 1, "d", "days", "| Lost days due to work injury |"),
    ...row("safety_investment", Y3, ["1,105.3", "1,236.8", "1,318.4"], 1e4, "CNY", "RMB 10,000", "| Work safety investment |"),
    ...row("patents_total", Y3, ["186", "214", "247"], 1, "count", "items", "| Patents held |"),
    ...row("suppliers_total", Y3, ["612", "648", "671"], 1, "count", "suppliers", "| Number of suppliers |"),
    ...row("community_investment", Y3, ["85.0", "112.6", "136.2"], 1e4, "CNY", "RMB 10,000", "| Community investment |"),
  ],
  ignore: Y3.map((y) => ig("electricity_consumption", y, "Only purchased electricity is given; no self-generation is mentioned, so a record equal to it, or none, is acceptable.")),
});

// ---------------------------------------------------------------- 02 HTML, thead years, rowspan category cells
const Y21 = [2021, 2022, 2023];
specs.push({
  out: "02_ruifeng", file: "test/holdout/reports/02_ruifeng.html",
  company: { name: "Jiangsu Ruifeng Precision Machinery Co., Ltd.", match: ["ruifeng"] }, reportYear: 2023,
  lineNote: "Line numbers are lines of the raw .html file.",
  facts: [
    f("revenue", 2023, 3486.2e6, "CNY", "RMB 3,486.2 million", "operating revenue of RMB 3,486.2 million"),
    f("net_profit", 2023, 312.7e6, "CNY", "RMB 312.7 million", "operating revenue of RMB 3,486.2 million"),
    f("board_size", 2023, 9, "count", "9 directors", "consists of 9 directors"),
    f("independent_directors", 2023, 3, "count", "3 independent directors", "consists of 9 directors"),
    f("female_directors", 2023, 2, "count", "2 female directors", "consists of 9 directors"),
    ...row("ghg_scope1", Y21, ["6,215.4", "6,532.1", "6,804.9"], 1, "tCO2e", "tCO2e", "<td>Scope 1 GHG emissions</td>", "First row of the rowspan=3 'GHG emissions' category."),
    ...row("ghg_scope2", Y21, ["40,637.2", "43,818.0", "45,690.4"], 1, "tCO2e", "tCO2e", "<td>Scope 2 GHG emissions (location-based)</td>", "Row under a rowspan category cell (5 cells instead of 6)."),
    ...row("ghg_total", Y21, ["46,852.6", "50,350.1", "52,495.3"], 1, "tCO2e", "tCO2e", "<td>Total GHG emissions</td>"),
    ...row("energy_total", Y21, ["312,480", "335,916", "352,044"], 1 / 3.6, "MWh", "GJ", "<td>Total energy consumption</td>"),
    ...row("electricity_consumption", Y21, ["71,254,300", "76,830,500", "80,112,900"], 1e-3, "MWh", "kWh", "<td>Electricity consumption</td>"),
    ...row("natural_gas_consumption", Y21, ["1,245,800", "1,312,600", "1,388,200"], 1, "m3", "m3", "<td>Natural gas consumption</td>"),
    ...row("gasoline_consumption", Y21, ["48,600", "45,200", "41,900"], 1e-3, "m3", "L", "<td>Gasoline consumption</td>"),
    ...row("nox_emissions", Y21, ["3.84", "3.52", "3.17"], 1, "t", "t", "<td>Nitrogen oxides (NOx)</td>"),
    ...row("sox_emissions", Y21, ["0.62", "0.58", "0.51"], 1, "t", "t", "<td>Sulphur dioxide (SO2)</td>"),
    ...row("voc_emissions", Y21, ["12.6", "11.8", "9.4"], 1, "t", "t", "<td>Volatile organic compounds (VOCs)</td>"),
    ...row("water_consumption", Y21, ["268,450", "281,330", "290,115"], 1, "m3", "tonnes", "<td>Total water consumption</td>"),
    ...row("waste_hazardous", Y21, ["312.45", "336.80", "351.26"], 1, "t", "t", "<td>Hazardous waste generated</td>"),
    ...row("waste_nonhazardous", Y21, ["2,846.3", "3,012.7", "3,105.9"], 1, "t", "t", "<td>Non-hazardous waste generated</td>"),
    f("env_investment", 2023, 9.85e6, "CNY", "RMB 9.85 million", "we invested RMB 9.85 million in environmental protection"),
    ...row("employees_total", Y21, ["4,215", "4,386", "4,502"], 1, "count", "persons", "<td>Total number of employees</td>"),
    ...row("employees_female", Y21, ["1,096", "1,158", "1,207"], 1, "count", "persons", "<td>Number of female employees</td>"),
    ...row("turnover_rate", Y21, ["9.8", "9.1", "8.4"], 1, "%", "%", "<td>Employee turnover rate</td>"),
    ...row("employees_trained_ratio", Y21, ["96.5", "97.8", "98.6"], 1, "%", "%", "<td>Percentage of employees trained</td>"),
    ...row("training_hours_total", Y21, ["98,450", "112,380", "126,056"], 1, "h", "hours", "<td>Total training hours</td>"),
    ...row("fatalities", Y21, ["0", "0", "0"], 1, "count", "persons", "<td>Work-related fatalities</td>", "Category cell 'Safety' without rowspan."),
    ...row("customer_complaints", Y21, ["23", "18", "15"], 1, "count", "cases", "<td>Customer complaints</td>"),
    ...row("corruption_cases", Y21, ["0", "0", "0"], 1, "count", "cases", "<td>Concluded corruption cases</td>"),
    f("safety_investment", 2023, 14.2e6, "CNY", "RMB 14.2 million", "invested RMB 14.2 million in work safety"),
    f("community_investment", 2023, 1.86e6, "CNY", "RMB 1.86 million", "community investment totalled RMB 1.86 million"),
  ],
  ignore: [
    ig("renewable_electricity_generated", 2023, "Only the Wuxi Plant's rooftop PV output is given (2,350 MWh), 'one of the Company's three production bases'; other bases have no PV yet, so it may or may not be the company total."),
    ig("electricity_purchased", 2023, "Only 'Electricity consumption' is given; with the Wuxi rooftop PV it is not clear how much was purchased. A record equal to electricity consumption, or none, is acceptable."),
    ig("electricity_purchased", 2022, "Only 'Electricity consumption' is given; a record equal to it, or none, is acceptable."),
    ig("electricity_purchased", 2021, "Only 'Electricity consumption' is given; a record equal to it, or none, is acceptable."),
  ],
});

// ---------------------------------------------------------------- 03 bilingual Chinese/English labels and units
const Y34 = [2023, 2024];
specs.push({
  out: "03_zhongke_xinyuan", file: "test/holdout/reports/03_zhongke_xinyuan.txt",
  company: { name: "Anhui Zhongke Xinyuan Energy Technology Co., Ltd.", match: ["zhongke xinyuan", "中科新源"] }, reportYear: 2024,
  facts: [
    f("board_size", 2024, 7, "count", "7 directors", "The Board consists of 7 directors"),
    f("independent_directors", 2024, 3, "count", "3 independent directors", "The Board consists of 7 directors"),
    f("female_directors", 2024, 1, "count", "1 female director", "The Board consists of 7 directors"),
    ...row("ghg_total", Y34, ["28,614.52", "31,207.88"], 1, "tCO2e", "吨二氧化碳当量 tCO2e", "温室气体排放总量 Total GHG emissions\t"),
    ...row("ghg_scope1", Y34, ["3,105.27", "3,388.46"], 1, "tCO2e", "吨二氧化碳当量 tCO2e", "范围一排放 Scope 1 emissions\t"),
    ...row("ghg_scope2", Y34, ["25,509.25", "27,819.42"], 1, "tCO2e", "吨二氧化碳当量 tCO2e", "范围二排放 Scope 2 emissions\t"),
    ...row("energy_total", Y34, ["6,215.34", "6,842.17"], 8.141, "MWh", "吨标准煤 tce", "综合能耗 Comprehensive energy consumption\t", "tce x 8.141 MWh."),
    ...row("electricity_purchased", Y34, ["4,386.52", "4,802.17"], 10, "MWh", "万千瓦时 10,000 kWh", "外购电力 Purchased electricity\t"),
    ...row("renewable_electricity_generated", Y34, ["312.40", "586.75"], 10, "MWh", "万千瓦时 10,000 kWh", "光伏发电量 Self-generated PV electricity\t"),
    ...row("natural_gas_consumption", Y34, ["48.62", "52.19"], 1e4, "m3", "万立方米 10,000 m3", "天然气 Natural gas\t"),
    ...row("water_consumption", Y34, ["186,420", "203,117"], 1, "m3", "吨 tonnes", "用水总量 Total water consumption\t"),
    ...row("waste_hazardous", Y34, ["86.42", "95.17"], 1, "t", "吨 tonnes", "危险废物产生量 Hazardous waste generated\t"),
    ...row("waste_nonhazardous", Y34, ["1,236.5", "1,402.8"], 1, "t", "吨 tonnes", "一般固体废物产生量 General solid waste generated\t", "General (non-hazardous) solid waste; the only non-hazardous total."),
    ...row("env_investment", Y34, ["568.30", "712.45"], 1e4, "CNY", "万元 RMB 10,000", "环保投入 Environmental protection investment\t"),
    ...row("employees_total", Y34, ["1,826", "2,104"], 1, "count", "人 persons", "员工总数 Total employees\t", "2024 also in prose (2,104人)."),
    ...row("employees_female", Y34, ["497", "586"], 1, "count", "人 persons", "女性员工 Female employees\t"),
    ...row("rd_employees", Y34, ["412", "487"], 1, "count", "人 persons", "研发人员 R&D personnel\t"),
    ...row("turnover_rate", Y34, ["6.8", "6.1"], 1, "%", "%", "员工流失率 Employee turnover rate\t"),
    ...row("training_hours_avg", Y34, ["28.6", "31.4"], 1, "h", "小时 hours", "人均培训时长 Average training hours per employee\t"),
    ...row("fatalities", Y34, ["0", "0"], 1, "count", "人 persons", "因工死亡人数 Work-related fatalities\t"),
    ...row("safety_investment", Y34, ["385.60", "426.80"], 1e4, "CNY", "万元 RMB 10,000", "安全生产投入 Work safety investment\t"),
    ...row("revenue", Y34, ["18.62", "21.35"], 1e8, "CNY", "亿元 RMB 100 million", "营业收入 Operating revenue\t", "2024 also in prose: 21.35亿元 / RMB 2.135 billion."),
    ...row("rd_investment", Y34, ["11,245.6", "13,108.9"], 1e4, "CNY", "万元 RMB 10,000", "研发投入 R&D investment\t", "2024 prose gives 1.31亿元 (rounded), within tolerance."),
    ...row("patents_total", Y34, ["268", "315"], 1, "count", "项 items", "有效专利数 Valid patents held\t", "Valid patents held at year end. Not the 'more than 400 granted since founding (including expired)' in prose."),
    ...row("community_investment", Y34, ["46.5", "58.2"], 1e4, "CNY", "万元 RMB 10,000", "公益捐赠 Charitable donations\t"),
  ],
  ignore: [],
});

// ---------------------------------------------------------------- 04 Chinese only, units in table headers
const Y13 = [2021, 2022, 2023];
specs.push({
  out: "04_huasheng", file: "test/holdout/reports/04_huasheng.txt",
  company: { name: "浙江华晟环保科技股份有限公司", match: ["华晟", "huasheng"] }, reportYear: 2023,
  facts: [
    ...row("revenue", Y13, ["156,842.35", "172,305.18", "189,476.02"], 1e4, "CNY", "万元 (table header 单位：万元)", "营业收入\t", "2023 also in prose: 18.95亿元."),
    ...row("net_profit", Y13, ["12,486.20", "14,025.63", "15,318.47"], 1e4, "CNY", "万元 (table header)", "归属于上市公司股东的净利润\t"),
    ...row("total_assets", Y13, ["325,618.44", "358,902.71", "401,225.39"], 1e4, "CNY", "万元 (table header)", "资产总额\t"),
    ...row("rd_investment", Y13, ["7,842.16", "8,915.30", "10,236.88"], 1e4, "CNY", "万元 (table header)", "研发投入\t"),
    ...row("taxes_paid", Y13, ["9,125.40", "10,238.56", "11,402.17"], 1e4, "CNY", "万元 (table header)", "纳税总额\t"),
    f("board_size", 2023, 9, "count", "9名董事", "公司董事会由9名董事组成"),
    f("independent_directors", 2023, 3, "count", "独立董事3名", "公司董事会由9名董事组成"),
    f("female_directors", 2023, 2, "count", "女性董事2名", "公司董事会由9名董事组成"),
    ...row("energy_total", Y13, ["8,326.5", "8,912.4", "9,405.8"], 8.141, "MWh", "吨标准煤", "^综合能耗\t吨标准煤", "tce x 8.141."),
    ...row("electricity_purchased", Y13, ["4,968.2", "5,320.6", "5,616.3"], 10, "MWh", "万千瓦时", "外购电力\t"),
    ...row("natural_gas_consumption", Y13, ["86.4", "91.8", "95.2"], 1e4, "m3", "万立方米", "天然气\t"),
    ...row("water_consumption", Y13, ["152,380", "160,245", "168,930"], 1, "m3", "吨", "用水量\t"),
    f("ghg_total", 2023, 38652.4, "tCO2e", "38,652.4吨二氧化碳当量", "温室气体排放总量为38,652.4"),
    f("ghg_scope1", 2023, 5218.6, "tCO2e", "5,218.6吨二氧化碳当量", "温室气体排放总量为38,652.4"),
    f("ghg_scope2", 2023, 33433.8, "tCO2e", "33,433.8吨二氧化碳当量", "温室气体排放总量为38,652.4", "Same sentence also gives the Huzhou base alone (24,105.7), not the company figure."),
    ...row("cod_discharge", Y13, ["12.36", "11.84", "10.92"], 1, "t", "吨 (table header 单位：吨)", "化学需氧量（COD）排放量\t"),
    ...row("nox_emissions", Y13, ["5.42", "5.08", "4.67"], 1, "t", "吨 (table header)", "氮氧化物排放量\t"),
    ...row("sox_emissions", Y13, ["0.86", "0.79", "0.71"], 1, "t", "吨 (table header)", "二氧化硫排放量\t"),
    ...row("particulate_emissions", Y13, ["2.15", "1.98", "1.84"], 1, "t", "吨 (table header)", "颗粒物排放量\t"),
    ...row("waste_hazardous", Y13, ["426.8", "452.3", "471.5"], 1, "t", "吨 (table header)", "有害废弃物\t"),
    ...row("waste_nonhazardous", Y13, ["3,286.0", "3,412.5", "3,598.2"], 1, "t", "吨 (table header)", "无害废弃物\t"),
    f("env_investment", 2023, 1286.4e4, "CNY", "1,286.4万元", "公司环保投入共计1,286.4万元"),
    ...row("employees_total", Y13, ["1,568", "1,702", "1,845"], 1, "count", "人 (table header 单位：人)", "员工总数\t"),
    ...row("employees_female", Y13, ["486", "531", "577"], 1, "count", "人 (table header)", "其中：女性员工人数\t"),
    ...row("employees_male", Y13, ["1,082", "1,171", "1,268"], 1, "count", "人 (table header)", "男性员工人数\t"),
    ...row("rd_employees", Y13, ["265", "298", "334"], 1, "count", "人 (table header)", "研发人员\t"),
    ...row("new_hires", Y13, ["198", "236", "241"], 1, "count", "人 (table header)", "新进员工人数\t"),
    f("employees_trained_ratio", 2023, 100, "%", "100%", "公司员工培训覆盖率为100%"),
    f("training_hours_avg", 2023, 34.5, "h", "34.5小时", "公司员工培训覆盖率为100%"),
    f("safety_investment", 2023, 568.9e4, "CNY", "568.9万元", "安全生产投入共计568.9万元"),
    f("suppliers_total", 2023, 426, "count", "426家", "合格供应商共计426家", "Qualified suppliers at year end; the only supplier count."),
    f("community_investment", 2023, 126.5e4, "CNY", "126.5万元", "捐赠共计126.5万元", "Not the three-year cumulative 'more than 3 million' in the next sentence."),
  ],
  ignore: [
    ig("fatalities", 2023, "Only '全年未发生因工死亡事故' (no fatal work accident in the year): implies 0 but is qualitative. 0 or no record are both fine."),
    ...Y13.map((y) => ig("electricity_consumption", y, "Only purchased electricity (外购电力) is given; a record equal to it, or none, is acceptable.")),
  ],
});

// ---------------------------------------------------------------- 05 HKEX KPI appendix, space-separated, one year
specs.push({
  out: "05_meihua", file: "test/holdout/reports/05_meihua.txt",
  company: { name: "Guangzhou Meihua Cold Chain Logistics Co., Ltd.", match: ["meihua"] }, reportYear: 2024,
  facts: [
    f("revenue", 2024, 4186.5e6, "CNY", "RMB 4,186.5 million", "revenue was RMB 4,186.5 million"),
    f("revenue", 2023, 3902.1e6, "CNY", "RMB 3,902.1 million", "revenue was RMB 4,186.5 million"),
    f("nox_emissions", 2024, 2.8465, "t", "2,846.5 kg", "A1.1    Nitrogen oxides (NOx)"),
    f("sox_emissions", 2024, 0.0482, "t", "48.2 kg", "A1.1    Sulphur oxides (SOx)"),
    f("particulate_emissions", 2024, 0.2157, "t", "215.7 kg", "A1.1    Particulate matter (PM)"),
    f("ghg_total", 2024, 38426.9, "tCO2e", "38,426.9 tCO2e", "A1.2    Total GHG emissions", "Not the Nansha hub's 6,912.4 tCO2e (single site)."),
    f("ghg_scope1", 2024, 14218.3, "tCO2e", "14,218.3 tCO2e", "A1.2    Direct GHG emissions (Scope 1)"),
    f("ghg_scope2", 2024, 24208.6, "tCO2e", "24,208.6 tCO2e", "A1.2    Energy indirect GHG emissions (Scope 2)"),
    f("waste_hazardous", 2024, 18.6, "t", "18.6 tonnes", "A1.3    Total hazardous waste produced"),
    f("waste_nonhazardous", 2024, 1942.0, "t", "1,942.0 tonnes", "A1.4    Total non-hazardous waste produced"),
    f("energy_total", 2024, 72515.4, "MWh", "72,515.4 MWh", "A2.1    Total energy consumption"),
    f("diesel_consumption", 2024, 2862.4, "m3", "2,862,400 litres", "A2.1    Diesel"),
    f("gasoline_consumption", 2024, 212.6, "m3", "212,600 litres", "A2.1    Gasoline"),
    f("electricity_purchased", 2024, 41806.2, "MWh", "41,806.2 MWh", "A2.1    Purchased electricity"),
    f("water_consumption", 2024, 96214, "m3", "96,214 m3", "A2.2    Total water consumption"),
    f("packaging_material", 2024, 1286.4, "t", "1,286.4 tonnes", "A2.5    Total packaging material used"),
    f("employees_total", 2024, 3674, "count", "3,674 persons", "B1.1    Total workforce", "Also in prose (B1 Employment)."),
    f("employees_male", 2024, 2572, "count", "2,572 persons", "B1.1    By gender – Male"),
    f("employees_female", 2024, 1102, "count", "1,102 persons", "B1.1    By gender – Female"),
    f("turnover_rate", 2024, 14.6, "%", "14.6%", "B1.2    Employee turnover rate", "Not the by-gender rows below it."),
    f("fatalities", 2024, 1, "count", "1 person", "B2.1    Number of work-related fatalities"),
    f("lost_days_injury", 2024, 286, "d", "286 days", "B2.2    Lost days due to work injury"),
    f("employees_trained_ratio", 2024, 92.3, "%", "92.3%", "B3.1    Percentage of employees trained"),
    f("training_hours_avg", 2024, 22.4, "h", "22.4 hours", "B3.2    Average training hours per employee"),
    f("suppliers_total", 2024, 826, "count", "826 suppliers", "B5.1    Number of suppliers"),
    f("customer_complaints", 2024, 47, "count", "47 cases", "B6.2    Number of product and service"),
    f("corruption_cases", 2024, 0, "count", "0 cases", "B7.1    Number of concluded legal cases", "Label wraps onto the next line; the figure is on the first line."),
    f("community_investment", 2024, 2350000, "CNY", "RMB 2,350,000", "B8.2    Community investment"),
  ],
  ignore: [
    ig("electricity_consumption", 2024, "Only purchased electricity is given (41,806.2 MWh); no self-generation is mentioned, so a record equal to it, or none, is acceptable."),
  ],
});

// ---------------------------------------------------------------- 06 units in labels, N/A, '-', footnote markers, descending years
const Y6 = [2024, 2023, 2022];
specs.push({
  out: "06_changjiang", file: "test/holdout/reports/06_changjiang.txt",
  company: { name: "Hubei Changjiang Biopharmaceutical Co., Ltd.", match: ["changjiang"] }, reportYear: 2024,
  facts: [
    f("board_size", 2024, 11, "count", "11 members", "The Board has 11 members"),
    f("independent_directors", 2024, 4, "count", "4 are independent directors", "The Board has 11 members"),
    f("female_directors", 2024, 3, "count", "3 are women", "The Board has 11 members"),
    ...row("ghg_total", Y6, ["21,486.3", "20,115.8", null], 1, "tCO2e", "tCO2e (unit in label)", "Total GHG emissions (tCO2e)¹", "2022 is 'N/A': no fact."),
    ...row("ghg_scope1", Y6, ["4,862.1", "4,530.6", null], 1, "tCO2e", "tCO2e", "Scope 1 GHG emissions (tCO2e)"),
    ...row("ghg_scope2", Y6, ["16,624.2", "15,585.2", null], 1, "tCO2e", "tCO2e", "Scope 2 GHG emissions – location-based (tCO2e)", "Location-based, as metrics.json asks where both are given."),
    f("ghg_scope2_market", 2024, 14902.7, "tCO2e", "14,902.7 tCO2e", "Scope 2 GHG emissions – market-based (tCO2e)²"),
    ...row("energy_total", Y6, ["58,204.6", "55,318.9", "51,872.4"], 1, "MWh", "MWh", "Total energy consumption (MWh)"),
    ...row("electricity_consumption", Y6, ["29,146.8", "27,330.5", "25,604.1"], 1, "MWh", "MWh", "Electricity consumption (MWh)"),
    ...row("electricity_purchased", Y6, ["27,265.3", "25,930.5", "25,604.1"], 1, "MWh", "MWh", "of which: purchased electricity (MWh)"),
    ...row("renewable_electricity_generated", Y6, ["1,881.5", "1,400.0", null], 1, "MWh", "MWh", "of which: rooftop PV generation (MWh)", "Both PV bases (Wuhan and Yichang), company-wide."),
    ...row("natural_gas_consumption", Y6, ["238.6", "226.4", "214.9"], 1e4, "m3", "10,000 m3", "Natural gas (10,000 m³)"),
    ...row("water_consumption", Y6, ["42.35", "40.18", "38.76"], 1e4, "m3", "10,000 tonnes", "Water withdrawal (10,000 tonnes)", "The only headline water figure."),
    ...row("wastewater_discharge", Y6, ["31.62", "30.05", "29.14"], 1e4, "m3", "10,000 tonnes", "Wastewater discharged (10,000 tonnes)"),
    ...row("cod_discharge", Y6, ["8.45", "8.12", "7.96"], 1, "t", "t", "COD discharged (t)"),
    ...row("waste_hazardous", Y6, ["612.4", "586.9", "548.3"], 1, "t", "t", "Hazardous waste (t)*"),
    ...row("waste_nonhazardous", Y6, ["2,154.8", "2,046.3", "1,987.5"], 1, "t", "t", "Non-hazardous waste (t)"),
    ...row("env_investment", Y6, ["18.6", "15.2", "12.9"], 1e6, "CNY", "RMB million", "Environmental protection investment (RMB million)"),
    ...row("employees_total", Y6, ["3,286", "3,105", "2,948"], 1, "count", "persons", "Total employees (persons)"),
    ...row("female_employee_ratio", Y6, ["52.4", "51.8", "51.2"], 1, "%", "%", "Female employees (%)", "A percentage, not a headcount."),
    ...row("new_hires", Y6, ["386", "342", null], 1, "count", "persons", "New hires (persons)"),
    ...row("turnover_rate", Y6, ["6.9", "7.4", null], 1, "%", "%", "Employee turnover rate (%)"),
    ...row("training_hours_total", Y6, ["105,152", "93,150", null], 1, "h", "hours", "Total training hours (hours)"),
    ...row("fatalities", Y6, ["0", "0", "0"], 1, "count", "persons", "Work-related fatalities (persons)"),
    ...row("lost_days_injury", Y6, ["45", "62", null], 1, "d", "days", "Lost days due to work-related injury (days)"),
    ...row("safety_investment", Y6, ["9.86", "8.72", "7.95"], 1e6, "CNY", "RMB million", "Occupational health and safety investment (RMB million)"),
    ...row("revenue", Y6, ["6,842.5", "6,215.3", "5,802.7"], 1e6, "CNY", "RMB million", "Operating revenue (RMB million)"),
    ...row("net_profit", Y6, ["712.4", "645.8", "598.1"], 1e6, "CNY", "RMB million", "Net profit attributable to shareholders (RMB million)"),
    ...row("rd_investment", Y6, ["486.2", "432.7", "395.4"], 1e6, "CNY", "RMB million", "R&D investment (RMB million)"),
    ...row("rd_employees", Y6, ["562", "518", "476"], 1, "count", "persons", "R&D personnel (persons)"),
    ...row("customer_complaints", Y6, ["12", "15", "19"], 1, "count", "cases", "Product complaints (cases)"),
  ],
  ignore: [
    ig("renewable_electricity_generated", 2022, "Cell is '-' ('not applicable or zero'); PV started in 2023. 0 or no record are both fine."),
    ig("lost_days_injury", 2022, "Cell is '-' ('not applicable or zero'). 0 or no record are both fine."),
  ],
});

// ---------------------------------------------------------------- 07 prose only, with distractors
specs.push({
  out: "07_jiahe", file: "test/holdout/reports/07_jiahe.txt",
  company: { name: "Shandong Jiahe Food Industry Co., Ltd.", match: ["jiahe"] }, reportYear: 2023,
  facts: [
    f("revenue", 2023, 8.42e9, "CNY", "RMB 8.42 billion", "Operating revenue reached RMB 8.42 billion"),
    f("net_profit", 2023, 516e6, "CNY", "RMB 516 million", "Operating revenue reached RMB 8.42 billion"),
    f("rd_investment", 2023, 126.8e6, "CNY", "RMB 126.8 million", "R&D investment for the year amounted to RMB 126.8 million"),
    f("board_size", 2023, 9, "count", "9 members", "The Board of Directors has 9 members"),
    f("independent_directors", 2023, 3, "count", "3 of whom are independent directors", "The Board of Directors has 9 members"),
    f("ghg_total", 2023, 18462.7, "tCO2e", "18,462.7 tCO2e", "total greenhouse gas emissions were 18,462.7 tCO2e", "Not the Weifang plant's 7,105.2 tCO2e (single site)."),
    f("ghg_scope1", 2023, 3518.4, "tCO2e", "3,518.4 tCO2e", "total greenhouse gas emissions were 18,462.7 tCO2e", "'of which Scope 1 accounted for ...' clause."),
    f("ghg_scope2", 2023, 14944.3, "tCO2e", "14,944.3 tCO2e", "total greenhouse gas emissions were 18,462.7 tCO2e", "'... and Scope 2 for ...' (elided verb)."),
    f("energy_total", 2023, 36815, "MWh", "36,815 MWh", "total energy consumption reached 36,815 MWh", "Not the Weifang plant's 14,260 MWh."),
    f("energy_total", 2022, 35331, "MWh", "35,331 MWh", "total energy consumption reached 36,815 MWh", "Comparative 'up 4.2% from 35,331 MWh in 2022'."),
    f("natural_gas_consumption", 2023, 1.86e6, "m3", "1.86 million cubic metres", "We consumed 1.86 million cubic metres of natural gas"),
    f("water_consumption", 2023, 628400, "m3", "628,400 tonnes", "total water consumption for the year was 628,400 tonnes"),
    f("wastewater_discharge", 2023, 512600, "m3", "512,600 tonnes", "the total volume of wastewater discharged was 512,600 tonnes"),
    f("waste_hazardous", 2023, 58.3, "t", "58.3 tonnes", "Hazardous waste generated in 2023 totalled 58.3 tonnes"),
    f("waste_nonhazardous", 2023, 4126, "t", "4,126 tonnes", "amounted to 4,126 tonnes"),
    f("packaging_material", 2023, 9870, "t", "9,870 tonnes", "We used 9,870 tonnes of packaging materials"),
    f("env_investment", 2023, 28.6e6, "CNY", "RMB 28.6 million", "invested RMB 28.6 million in environmental protection"),
    f("employees_total", 2023, 5216, "count", "5,216 employees", "Jiahe had 5,216 employees"),
    f("employees_total", 2022, 4987, "count", "4,987 employees", "Jiahe had 5,216 employees", "'up from 4,987 employees at the end of 2022'."),
    f("employees_female", 2023, 2478, "count", "2,478", "Jiahe had 5,216 employees"),
    f("female_employee_ratio", 2023, 47.5, "%", "47.5%", "Jiahe had 5,216 employees"),
    f("new_hires", 2023, 812, "count", "812 new employees", "We hired 812 new employees"),
    f("turnover_rate", 2023, 11.3, "%", "11.3%", "The employee turnover rate was 11.3%"),
    f("training_hours_total", 2023, 187776, "h", "187,776 training hours", "a total of 187,776 training hours"),
    f("training_hours_avg", 2023, 36.0, "h", "36.0 hours per person", "a total of 187,776 training hours"),
    f("safety_investment", 2023, 15.4e6, "CNY", "RMB 15.4 million", "invested RMB 15.4 million in work safety"),
    f("customer_complaints", 2023, 64, "count", "64 product-related complaints", "We received 64 product-related complaints"),
    f("suppliers_total", 2023, 1342, "count", "1,342 suppliers", "We worked with 1,342 suppliers"),
    f("community_investment", 2023, 3.12e6, "CNY", "RMB 3.12 million", "we donated RMB 3.12 million", "Not the three-year cumulative RMB 12 million in the next sentence."),
  ],
  ignore: [
    ig("renewable_electricity_generated", 2023, "Linyi rooftop PV (2,650 MWh since May 2023) is one plant's project; it is described as the first, so it may be the company total. Either way is fine."),
    ig("ghg_reduction", 2023, "'about 1,280 tCO2e' from steam-system and compressor retrofits: approximate and limited to named measures, not a stated company-wide total."),
    ig("fatalities", 2023, "Only 'There were no work-related fatalities in 2023': 0 or no record are both fine."),
    ig("corruption_cases", 2023, "Only 'No corruption lawsuits were filed': 0 or no record are both fine."),
  ],
});

// ---------------------------------------------------------------- 08 breakdowns before totals, intensities next to totals
const Y8 = [2024, 2023];
specs.push({
  out: "08_minxing", file: "test/holdout/reports/08_minxing.txt",
  company: { name: "Fujian Minxing Textile Technology Co., Ltd.", match: ["minxing"] }, reportYear: 2024,
  facts: [
    f("revenue", 2024, 6889.0e6, "CNY", "RMB 6,889.0 million", "operating revenue was RMB 6,889.0 million"),
    f("revenue", 2023, 6316.6e6, "CNY", "RMB 6,316.6 million", "operating revenue was RMB 6,889.0 million"),
    ...row("ghg_scope1", Y8, ["15,608.2", "14,972.6"], 1, "tCO2e", "tCO2e", "Scope 1\ttCO2e"),
    ...row("ghg_scope2", Y8, ["52,317.5", "50,846.1"], 1, "tCO2e", "tCO2e", "Scope 2\ttCO2e"),
    ...row("ghg_total", Y8, ["67,925.7", "65,818.7"], 1, "tCO2e", "tCO2e", "Total GHG emissions (Scope 1+2)\t"),
    ...row("electricity_purchased", Y8, ["91,246.0", "88,630.5"], 1, "MWh", "MWh", "Purchased electricity\tMWh"),
    ...row("natural_gas_consumption", Y8, ["562.4", "548.7"], 1e4, "m3", "10,000 m3", "Natural gas\t10,000"),
    ...row("energy_total", Y8, ["285,412.6", "277,036.8"], 1, "MWh", "MWh", "Total energy consumption\tMWh"),
    ...row("water_consumption", Y8, ["2,238,700", "2,173,500"], 1, "m3", "m3", "Total water withdrawal\t", "Total after the source breakdown (municipal + surface)."),
    ...row("wastewater_discharge", Y8, ["1,905,600", "1,862,300"], 1, "m3", "m3", "Wastewater discharged\t"),
    ...row("cod_discharge", Y8, ["79.8", "77.3"], 1, "t", "t", "Total COD discharged\t", "Not the Fuzhou or Jinjiang plant rows above it."),
    ...row("waste_hazardous", Y8, ["1,317.4", "1,289.6"], 1, "t", "t", "Total hazardous waste\t"),
    ...row("waste_nonhazardous", Y8, ["5,986.5", "5,813.9"], 1, "t", "t", "Total non-hazardous waste\t"),
    ...row("employees_male", Y8, ["2,314", "2,208"], 1, "count", "persons", "Male\tpersons"),
    ...row("employees_female", Y8, ["3,482", "3,356"], 1, "count", "persons", "Female\tpersons"),
    ...row("employees_total", Y8, ["5,796", "5,564"], 1, "count", "persons", "Total number of employees\t", "Total row comes after gender/age/region/employment-type breakdowns."),
    ...row("turnover_rate", Y8, ["10.8", "11.5"], 1, "%", "%", "Overall employee turnover rate\t"),
    ...row("training_hours_avg", Y8, ["28.1", "26.5"], 1, "h", "hours", "Average training hours per employee\t"),
    f("lost_days_injury", 2024, 132, "d", "132", "Lost days due to work injury were 132 in 2024"),
    f("lost_days_injury", 2023, 158, "d", "158", "Lost days due to work injury were 132 in 2024"),
    f("board_size", 2024, 9, "count", "9 members", "The Board of Directors has 9 members"),
    f("independent_directors", 2024, 3, "count", "3 independent directors", "The Board of Directors has 9 members"),
  ],
  ignore: [
    ig("fatalities", 2024, "Only 'No work-related fatalities occurred in 2024 or 2023': 0 or no record are both fine."),
    ig("fatalities", 2023, "Only 'No work-related fatalities occurred in 2024 or 2023': 0 or no record are both fine."),
    ig("electricity_consumption", 2024, "Only purchased electricity is given; a record equal to it, or none, is acceptable."),
    ig("electricity_consumption", 2023, "Only purchased electricity is given; a record equal to it, or none, is acceptable."),
  ],
});

// ---------------------------------------------------------------- build
let problems = 0;
for (const s of specs) {
  const lines = readFileSync(join(root, s.file), "utf8").split(/\r\n|\r|\n/);
  const facts = s.facts.map((x) => {
    const has = (l) => (x.anchor.startsWith("^") ? l.startsWith(x.anchor.slice(1)) : l.includes(x.anchor));
    const hits = lines.map((l, i) => (has(l) ? i + 1 : 0)).filter(Boolean);
    if (hits.length !== 1) { problems++; console.error(`${s.out}: anchor ${JSON.stringify(x.anchor)} on ${hits.length} lines`); }
    const line = hits[0] ?? 0;
    const num = (x.reported.match(/[\d][\d,.]*/) || [""])[0].replace(/[.,]$/, "");
    if (line && !lines[line - 1].includes(num)) { problems++; console.error(`${s.out}: ${x.metric}@${x.year}: '${num}' not on line ${line}`); }
    const o = { metric: x.metric, year: x.year, value: x.value, unit: x.unit, reported: x.reported, line };
    if (x.note) o.note = x.note;
    return o;
  });
  const keys = new Set();
  for (const x of facts) { const k = `${x.metric}@${x.year}`; if (keys.has(k)) { problems++; console.error(`${s.out}: duplicate ${k}`); } keys.add(k); }
  for (const x of s.ignore) if (keys.has(`${x.metric}@${x.year}`)) { problems++; console.error(`${s.out}: ignore overlaps fact ${x.metric}@${x.year}`); }
  const gold = { file: s.file, company: s.company, reportYear: s.reportYear, facts, ignore: s.ignore };
  if (s.lineNote) gold.note = s.lineNote;
  writeFileSync(join(root, "test/holdout/gold", s.out + ".json"), JSON.stringify(gold, null, 2) + "\n");
  console.log(`${s.out}: ${facts.length} facts, ${s.ignore.length} ignored, ${lines.length} lines`);
}
if (problems) { console.error(`${problems} problem(s)`); process.exit(1); }
