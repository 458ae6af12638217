import { extract, rec } from "./helpers";

const YEAR = "This report covers the period from 1 January 2024 to 31 December 2024.\n\n";
const ZH = "本报告时间范围为2024年1月1日至2024年12月31日。\n\n";

describe("lexicon: labels of self-generated electricity, safety spending, attributable profit, general industrial waste", () => {
  test("on-site and self-generated solar electricity rows", () => {
    const t = YEAR + "Energy indicator\tUnit\t2024\t2023\nPurchased electricity\tMWh\t88,410\t85,120\nOn-site solar electricity\tMWh\t3,205\t2,870\n";
    expect(rec(t, "renewable_electricity_generated", 2024)).toMatchObject({ value: 3205, unit: "MWh" });
    expect(rec(t, "renewable_electricity_generated", 2023)).toMatchObject({ value: 2870, unit: "MWh" });
    const u = YEAR + "Indicator\tUnit\t2024\t2023\nSelf-generated photovoltaic power\tMWh\t1,118\t964\nInstalled rooftop solar capacity\tMW\t4.2\t3.1\n";
    expect(rec(u, "renewable_electricity_generated", 2024)?.value).toBe(1118);
    expect(extract(u).records.filter((r) => r.metric === "renewable_electricity_generated" && r.value === 4.2)).toEqual([]);
  });

  test("investment in occupational health and safety, in RMB 10,000", () => {
    const t = YEAR + "Indicator\tUnit\t2024\t2023\nInvestment in occupational health and safety\tRMB 10,000\t1,204.6\t987.0\n";
    expect(rec(t, "safety_investment", 2024)).toMatchObject({ value: 12046000, unit: "CNY" });
    expect(rec(t, "safety_investment", 2023)).toMatchObject({ value: 9870000, unit: "CNY" });
  });

  test("profit/(loss) attributable to shareholders: a bracketed figure is a loss", () => {
    const t = YEAR + "Financial data\tFY2024\tFY2023\nTurnover (US$ million)\t410.5\t398.2\nProfit/(loss) attributable to shareholders of the Company (US$ million)\t(12.3)\t7.9\nProfit attributable to non-controlling interests (US$ million)\t1.1\t0.8\n";
    expect(rec(t, "net_profit", 2024)).toMatchObject({ value: -12300000, unit: "USD" });
    expect(rec(t, "net_profit", 2023)).toMatchObject({ value: 7900000, unit: "USD" });
  });

  test("general industrial solid waste stands for non-hazardous waste only when no broader figure is printed", () => {
    const t = YEAR + "Waste\tUnit\t2024\t2023\nHazardous waste\tt\t86.4\t90.2\nGeneral industrial solid waste generated\tt\t2,310.5\t2,198.7\n";
    expect(rec(t, "waste_nonhazardous", 2024)).toMatchObject({ value: 2310.5, unit: "t" });
    expect(rec(t, "waste_general_industrial", 2023)?.value).toBe(2198.7);
    const both = YEAR + "Waste\tUnit\t2024\t2023\nNon-hazardous waste\tt\t5,020\t4,870\n– general industrial solid waste\tt\t3,110\t2,995\n– domestic waste\tt\t1,910\t1,875\n";
    expect(rec(both, "waste_nonhazardous", 2024)?.value).toBe(5020);
    expect(rec(both, "waste_nonhazardous", 2023)?.value).toBe(4870);
    const rate = YEAR + "Waste\tUnit\t2024\t2023\nUtilisation rate of general industrial solid waste\t%\t97.1\t96.4\n";
    expect(rec(rate, "waste_nonhazardous", 2024)).toBeUndefined();
  });

  test("一般工业固体废物 in 万吨", () => {
    const t = ZH + "指标\t单位\t2024年\t2023年\n危险废物产生量\t吨\t412.6\t398.1\n一般工业固体废物产生量\t万吨\t1.84\t1.72\n";
    expect(rec(t, "waste_nonhazardous", 2024)).toMatchObject({ value: 18400, unit: "t" });
    expect(rec(t, "waste_nonhazardous", 2023)).toMatchObject({ value: 17200, unit: "t" });
  });

  test("general industrial solid waste in a sentence", () => {
    const t = YEAR + "In 2024 the Group generated 9,460 tonnes of general industrial solid waste, mostly slag and scrap.";
    expect(rec(t, "waste_nonhazardous", 2024)).toMatchObject({ value: 9460, unit: "t" });
  });

  test("发电量 after a clause about a solar plant is its generation; a single site's is not", () => {
    const t = ZH + "公司在厂房屋顶建设分布式光伏电站，装机容量3.2兆瓦，2024年发电量318万千瓦时，全部自用。";
    expect(rec(t, "renewable_electricity_generated", 2024)).toMatchObject({ value: 3180, unit: "MWh" });
    const site = ZH + "湖州工厂屋顶光伏电站2024年发电量120万千瓦时。";
    expect(rec(site, "renewable_electricity_generated", 2024)).toBeUndefined();
  });
});

describe("prose: a change up or down 'to' a figure states the new level; prior-year figures take the prior year", () => {
  test("'rose 6.2% to' across a line break, with the prior year in brackets", () => {
    const t = YEAR + "Demand for our valves stayed strong. Operating revenue rose 6.2% to\nRMB 3.41 billion (2023: RMB 3.21 billion), and exports grew faster than domestic sales.";
    expect(rec(t, "revenue", 2024)).toMatchObject({ value: 3410000000, unit: "CNY" });
    expect(rec(t, "revenue", 2023)).toMatchObject({ value: 3210000000, unit: "CNY" });
  });

  test("the change itself is not a level", () => {
    for (const s of ["Operating revenue rose 6.2% in 2024.", "Operating revenue rose by RMB 200 million in 2024.", "Operating revenue increased 6.2% year on year."]) {
      expect(extract(YEAR + s).records.filter((r) => r.metric === "revenue")).toEqual([]);
    }
  });

  test("'declined to X in <year> from Y in <year>'", () => {
    const t = YEAR + "Our voluntary attrition rate declined to 11.8% in 2024 from 13.5% in 2023, after we raised night-shift pay.";
    expect(rec(t, "turnover_rate", 2024)).toMatchObject({ value: 11.8, unit: "%" });
    expect(rec(t, "turnover_rate", 2023)).toMatchObject({ value: 13.5, unit: "%" });
  });

  test("'compared with N a year earlier' is the previous year's", () => {
    const t = YEAR + "At 31 December 2024 the Group employed 3,412 people, compared with 3,280 a year earlier.";
    expect(rec(t, "employees_total", 2024)?.value).toBe(3412);
    expect(rec(t, "employees_total", 2023)?.value).toBe(3280);
    const nouned = YEAR + "In 2024 we had 958 employees, up from 902 employees in the previous year.";
    expect(rec(nouned, "employees_total", 2024)?.value).toBe(958);
    expect(rec(nouned, "employees_total", 2023)?.value).toBe(902);
  });

  test("targets and single sites stay refused", () => {
    const target = YEAR + "We aim to cut our attrition rate to 10% by 2026.";
    expect(extract(target).records).toEqual([]);
    const site = YEAR + "Water consumption at the Foshan plant fell 4% to 120,500 cubic metres.";
    expect(extract(site).records).toEqual([]);
  });
});

describe("prose: parts of a total, shares, hires, training delivered, patents held", () => {
  test("'of which N was purchased …, and M was generated by rooftop solar' are parts of the electricity total", () => {
    const t = YEAR + "In 2024 our mills consumed 86.2 GWh of electricity, of which 79.9 GWh was purchased from the grid and 6.3 GWh was generated by the solar panels on our warehouse roofs.";
    expect(rec(t, "electricity_consumption", 2024)).toMatchObject({ value: 86200, unit: "MWh" });
    expect(rec(t, "electricity_purchased", 2024)).toMatchObject({ value: 79900, unit: "MWh" });
    expect(rec(t, "renewable_electricity_generated", 2024)).toMatchObject({ value: 6300, unit: "MWh" });
  });

  test("'women made up N% of the workforce' is the share of female employees", () => {
    const t = YEAR + "Women made up 44.1% of our employees in 2024.";
    expect(rec(t, "female_employee_ratio", 2024)).toMatchObject({ value: 44.1, unit: "%" });
    const whole = YEAR + "Female staff represented 27% of the total workforce.";
    expect(rec(whole, "female_employee_ratio", 2024)?.value).toBe(27);
  });

  test("new colleagues and new joiners welcomed are new hires", () => {
    expect(rec(YEAR + "In 2024 the Suzhou factory welcomed 41 new colleagues.", "new_hires", 2024)).toBeUndefined();
    expect(rec(YEAR + "During 2024 we welcomed 362 new colleagues, most of them engineers.", "new_hires", 2024)?.value).toBe(362);
    expect(rec(YEAR + "The Group hired 518 new joiners in 2024.", "new_hires", 2024)?.value).toBe(518);
  });

  test("'delivered N hours of training, an average of M hours per employee'", () => {
    const t = YEAR + "Our academy delivered 61,450 hours of training in 2024, an average of 22.5 hours per employee.";
    expect(rec(t, "training_hours_total", 2024)).toMatchObject({ value: 61450, unit: "h" });
    expect(rec(t, "training_hours_avg", 2024)).toMatchObject({ value: 22.5, unit: "h" });
  });

  test("patents held at year end, a prior-year figure in brackets, and the invention part", () => {
    const t = YEAR + "At the end of 2024 the Company held 815 granted patents (2023: 742), of which 203 were invention patents.";
    expect(rec(t, "patents_total", 2024)?.value).toBe(815);
    expect(rec(t, "patents_total", 2023)?.value).toBe(742);
    expect(rec(t, "invention_patents", 2024)?.value).toBe(203);
  });

  test("one site's and cumulative figures stay refused", () => {
    const site = YEAR + "The Jiaxing plant consumed 12.4 GWh of electricity, of which 11.0 GWh was purchased from the grid.";
    expect(extract(site).records).toEqual([]);
    const cumulative = YEAR + "Since 2019 we have delivered 240,000 hours of training.";
    expect(extract(cumulative).records).toEqual([]);
  });
});

test("money invested in 'health and safety' or spent on 'research and development': the pair is one purpose", () => {
  const t = YEAR + "We invested HK$4.8 million in occupational health and safety, including forklift sensors. We also spent RMB 52.6 million on research and development.";
  expect(rec(t, "safety_investment", 2024)).toMatchObject({ value: 4800000, unit: "HKD" });
  expect(rec(t, "rd_investment", 2024)).toMatchObject({ value: 52600000, unit: "CNY" });
  const plan = YEAR + "We plan to invest RMB 9 million in occupational health and safety next year.";
  expect(extract(plan).records).toEqual([]);
});

describe("Chinese prose: counts after 共/合计, stated zeros", () => {
  test("合格供应商共N家 is the supplier count; a region's part and an approximate count are not", () => {
    const t = ZH + "截至2024年12月31日，公司合格供应商合计1,152家，其中省内供应商604家，占比52.4%。";
    expect(rec(t, "suppliers_total", 2024)).toMatchObject({ value: 1152, unit: "count" });
    const approx = ZH + "截至2024年末，公司合格供应商约1,150家。";
    expect(rec(approx, "suppliers_total", 2024)).toBeUndefined();
    const bad = ZH + "2024年，公司淘汰不合格供应商共37家。";
    expect(rec(bad, "suppliers_total", 2024)).toBeUndefined();
  });
});

describe("Chinese prose: no fatal accidents is zero fatalities", () => {
  test("未发生员工亡人事故 / 未发生生产安全死亡事故 are stated zeros; a major-accident statement is not", () => {
    expect(rec(ZH + "报告期内，本公司未发生员工亡人事故，轻伤2人。", "fatalities", 2024)).toMatchObject({ value: 0, unit: "count" });
    expect(rec(ZH + "本年度集团未发生生产安全死亡事故。", "fatalities", 2024)?.value).toBe(0);
    expect(rec(ZH + "本年度集团未发生较大及以上死亡事故。", "fatalities", 2024)).toBeUndefined();
    expect(rec(ZH + "公司力争未来三年不发生亡人事故。", "fatalities", 2024)).toBeUndefined();
  });
});

describe("board counts in words", () => {
  test("N directors, including M independent non-executive directors; K directors are women", () => {
    const t = YEAR + "At the end of 2024 our Board consisted of eleven directors, including four independent non-executive directors; three directors are women.";
    expect(rec(t, "board_size", 2024)?.value).toBe(11);
    expect(rec(t, "independent_directors", 2024)?.value).toBe(4);
    expect(rec(t, "female_directors", 2024)?.value).toBe(3);
  });

  test("an N-member board, in words or digits", () => {
    expect(rec(YEAR + "Pinecrest is overseen by a twelve-member board, chaired by its founder.", "board_size", 2024)?.value).toBe(12);
    expect(rec(YEAR + "The Company has a 6-member Board of Directors.", "board_size", 2024)?.value).toBe(6);
  });

  test("'among the directors, one is a woman'; 'two of the eight directors are women' names the two only", () => {
    const among = YEAR + "The Board has six members. Among the directors, one is a woman.";
    expect(rec(among, "board_size", 2024)?.value).toBe(6);
    expect(rec(among, "female_directors", 2024)?.value).toBe(1);
    const partitive = extract(YEAR + "Two of the eight directors are women.").records;
    expect(partitive.map((r) => [r.metric, r.value])).toEqual([["female_directors", 2]]);
  });

  test("a heading run into the sentence does not hide an owner's board", () => {
    const t = YEAR + "3. Governance and Ethics\nMaple Tree's Board of Directors has seven members, two of whom are independent directors.";
    expect(rec(t, "board_size", 2024)?.value).toBe(7);
    expect(rec(t, "independent_directors", 2024)?.value).toBe(2);
  });

  test("board targets stay refused", () => {
    expect(extract(YEAR + "Our goal is that three directors are women by 2027.").records).toEqual([]);
  });
});

describe("a reduction achieved names the reduction metric, and only it", () => {
  test("'reduced emissions by N tCO2e'; a percentage or a year-on-year change is not", () => {
    const t = YEAR + "Heat-pump retrofits saved 820 tonnes of standard coal and reduced emissions by 2,140 tCO2e during the year.";
    expect(rec(t, "ghg_reduction", 2024)).toMatchObject({ value: 2140, unit: "tCO2e" });
    expect(extract(YEAR + "Our projects reduced emissions by 7.5% in 2024.").records).toEqual([]);
    expect(extract(YEAR + "We reduced our carbon emissions by 1,300 tCO2e compared with 2023.").records).toEqual([]);
    expect(extract(YEAR + "The Xuzhou plant reduced emissions by 600 tCO2e.").records).toEqual([]);
  });

  test("减少二氧化碳排放N吨 is the reduction; 约 and a year-on-year decrease are not", () => {
    const t = ZH + "2024年，公司实施余热回收项目，减少二氧化碳排放2,360吨。";
    expect(rec(t, "ghg_reduction", 2024)).toMatchObject({ value: 2360, unit: "tCO2e" });
    expect(extract(ZH + "2024年，公司实施余热回收项目，减少二氧化碳排放约2,360吨。").records).toEqual([]);
    expect(extract(ZH + "2024年，公司温室气体排放量较上年减少1,200吨。").records).toEqual([]);
    expect(extract(ZH + "2024年，公司温室气体排放量同比减少1,200吨二氧化碳当量。").records).toEqual([]);
  });
});
