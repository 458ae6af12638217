import { extract, rec } from "./helpers";

const YEAR = "This report covers the period from 1 January 2024 to 31 December 2024.\n\n";

test("quantity verb + figure + 'of' noun names the metric", () => {
  const t = YEAR + "Our boilers burned less coal this year. In 2024 the Group consumed 2.4 million cubic metres of natural gas for heating. Our sites used 1,250 tonnes of packaging materials, mostly cartons.";
  expect(rec(t, "natural_gas_consumption", 2024)).toMatchObject({ value: 2400000, unit: "m3" });
  expect(rec(t, "packaging_material", 2024)).toMatchObject({ value: 1250, unit: "t" });
});

test("money verb + purpose names the investment metric", () => {
  const t = YEAR + "During the year the Group invested RMB 12.5 million in environmental protection projects. It also spent RMB 3 million on work safety, mainly on fire equipment.";
  expect(rec(t, "env_investment", 2024)).toMatchObject({ value: 12500000, unit: "CNY" });
  expect(rec(t, "safety_investment", 2024)).toMatchObject({ value: 3000000, unit: "CNY" });
});

test("donations: the year's giving counts, a gift to one named recipient does not", () => {
  const total = YEAR + "In 2024 the Group donated RMB 2.05 million to rural schools, flood relief and elderly homes.";
  expect(rec(total, "community_investment", 2024)?.value).toBe(2050000);
  const one = YEAR + "In 2024 the Group donated RMB 500,000 to the Riverside Children's Hospital Foundation to build a ward.";
  expect(rec(one, "community_investment", 2024)).toBeUndefined();
});

test("'an average of N hours per person' after a count of training hours", () => {
  const t = YEAR + "Staff completed a total of 48,000 training hours in 2024, an average of 24.5 hours per employee.";
  expect(rec(t, "training_hours_avg", 2024)).toMatchObject({ value: 24.5, unit: "h" });
  expect(rec(t, "training_hours_total", 2024)?.value).toBe(48000);
});

test("a multi-word subject before 'has N members'", () => {
  const t = YEAR + "The Board of Directors has 11 members.";
  expect(rec(t, "board_size", 2024)?.value).toBe(11);
});

test("a bracketed share right after a count of women is the female ratio, in the count's year", () => {
  const t = YEAR + "At 31 December 2024, the Group had 1,200 employees, 540 of whom were women (45.0%), compared with 1,100 employees at the end of 2023.";
  expect(rec(t, "employees_female", 2024)?.value).toBe(540);
  expect(rec(t, "female_employee_ratio", 2024)?.value).toBe(45);
  expect(rec(t, "employees_total", 2023)?.value).toBe(1100);
});

test("a year after 'compared with' dates the compared figure, not the first one", () => {
  const t = YEAR + "Revenue for the year was RMB 820.0 million, compared with RMB 760.0 million in 2023.";
  expect(rec(t, "revenue", 2024)?.value).toBe(820000000);
  expect(rec(t, "revenue", 2023)?.value).toBe(760000000);
});

test("an earlier clause's site words do not make a later clause a site figure", () => {
  const t = YEAR + "Effluent passes through on-site treatment facilities at every factory; in 2024 total wastewater discharged was 80,000 tonnes.";
  expect(rec(t, "wastewater_discharge", 2024)?.value).toBe(80000);
  expect(extract(YEAR + "The Suzhou factory's wastewater discharged was 8,000 tonnes.").records).toEqual([]);
});

test("a label that names its unit takes bare figures; the compared bare figure shares it", () => {
  const t = YEAR + "Working days lost to injury were 96 in 2024, compared with 120 in 2023.";
  expect(rec(t, "lost_days_injury", 2024)).toMatchObject({ value: 96, unit: "d" });
  expect(rec(t, "lost_days_injury", 2023)).toMatchObject({ value: 120, unit: "d" });
  const table = YEAR + "Indicator\t2024\t2023\nLost days due to work-related injury\t45\t62";
  expect(rec(table, "lost_days_injury", 2024)).toMatchObject({ value: 45, unit: "d" });
});

test("'up from N employees at the end of <year>': the counted noun names the compared figure", () => {
  const t = YEAR + "At the end of 2024 we had 3,000 employees, 1,200 of whom were women (40.0%), up from 2,800 employees at the end of 2023.";
  expect(rec(t, "employees_total", 2023)?.value).toBe(2800);
  expect(rec(t, "employees_female", 2023)).toBeUndefined();
});

test("a short bracketed group inside a prose label does not break the label", () => {
  const t = YEAR + "Direct (Scope 1) emissions were 812.5 tCO2e and energy indirect (Scope 2) emissions were 3,400 tCO2e.";
  expect(rec(t, "ghg_scope1", 2024)?.value).toBe(812.5);
  expect(rec(t, "ghg_scope2", 2024)?.value).toBe(3400);
});

test("the second item of a quantity-verb list takes the list's verb", () => {
  const site = YEAR + "The Wuxi plant produced 12.5 tonnes of hazardous waste and 640 tonnes of non-hazardous waste.";
  expect(extract(site).records).toEqual([]);
  const g = YEAR + "The Group produced 12.5 tonnes of hazardous waste and 640 tonnes of non-hazardous waste.";
  expect(rec(g, "waste_hazardous", 2024)?.value).toBe(12.5);
  expect(rec(g, "waste_nonhazardous", 2024)?.value).toBe(640);
});

test("Chinese: a share right after a count (占比) is the percentage sibling", () => {
  const t = "本报告时间范围为2024年1月1日至2024年12月31日。\n\n截至2024年末，公司共有员工2,000人，其中女性员工800人，占比40.0%。";
  expect(rec(t, "employees_female", 2024)?.value).toBe(800);
  expect(rec(t, "female_employee_ratio", 2024)?.value).toBe(40);
});

test("a donation with no recipient list after it is one gift, not the year's total", () => {
  const t = YEAR + "We joined the county's library project and donated RMB 300,000 in total.";
  expect(rec(t, "community_investment", 2024)).toBeUndefined();
  const one = YEAR + "In 2024 the Group donated RMB 80,000 to a local school.";
  expect(rec(one, "community_investment", 2024)).toBeUndefined();
});

test("suppliers counted after a buying verb and 'from'; a change 'from … to' is still no level", () => {
  expect(rec(YEAR + "Last year the Group sourced components from 2,310 suppliers across nine provinces.", "suppliers_total", 2024)?.value).toBe(2310);
  expect(rec(YEAR + "In 2024 we bought from 96 suppliers in Anhui.", "suppliers_total", 2024)?.value).toBe(96);
  expect(rec(YEAR + "The number of suppliers grew from 410 to 455.", "suppliers_total", 2024)?.value).not.toBe(410);
});

test("a count in the passive is taken when the participle names the metric, not when the noun alone does", () => {
  expect(rec(YEAR + "Work injuries meant that 57 working days were lost in 2024.", "lost_days_injury", 2024)?.value).toBe(57);
  // "patents" names a metric by itself: "were filed" counts actions, not the patents held.
  expect(rec(YEAR + "In 2024, 14 patents were filed with the national office.", "patents_total", 2024)).toBeUndefined();
});

test("a percentage of a group followed by what the group did", () => {
  expect(rec(YEAR + "In 2024, 87.5% of our employees attended training, up from last year.", "employees_trained_ratio", 2024)).toMatchObject({ value: 87.5, unit: "%" });
  // "… were women": the share of the group that is of that kind.
  expect(rec(YEAR + "At the end of 2024, 36.4% of our staff were women and 63.6% were men.", "female_employee_ratio", 2024)?.value).toBe(36.4);
  expect(rec(YEAR + "In 2024, 25% of the directors were female.", "female_directors_ratio", 2024)?.value).toBe(25);
  // One kind of training is not the share trained overall.
  expect(rec(YEAR + "In 2024, 64% of employees took part in safety training.", "employees_trained_ratio", 2024)).toBeUndefined();
});

test("a year after 'than' is the compared year, not the figure's", () => {
  expect(rec(YEAR + "Total revenue reached RMB 6.4 billion, higher than in 2023 thanks to exports.", "revenue", 2024)?.value).toBe(6400000000);
  expect(rec(YEAR + "Total revenue reached RMB 6.4 billion, higher than in 2023 thanks to exports.", "revenue", 2023)).toBeUndefined();
});

test("non-independent directors are not independent ones; '董事中女性' and '员工中女性' count women", () => {
  expect(rec(YEAR + "The Board comprises 11 directors: 7 non-independent directors and 4 independent directors.", "independent_directors", 2024)?.value).toBe(4);
  const zh = YEAR + "董事会由9名董事组成，其中非独立董事6名、独立董事3名；董事中女性3人。截至报告期末，公司员工2,406人，员工中女性912人。";
  expect(rec(zh, "independent_directors", 2024)?.value).toBe(3);
  expect(rec(zh, "female_directors", 2024)?.value).toBe(3);
  expect(rec(zh, "employees_female", 2024)?.value).toBe(912);
});

test("what was generated is not what the bare noun names; 'since <year>' does not date a figure", () => {
  // Generated electricity is no consumption (and the start year of a cumulative total is no second year).
  expect(rec(YEAR + "Our wind turbines generated 1,920 MWh of electricity in 2024, and 6,400 MWh since they started in 2019.", "electricity_consumption", 2024)).toBeUndefined();
  expect(rec(YEAR + "Our kilns produced 310 tonnes of hazardous waste in 2024.", "waste_hazardous", 2024)?.value).toBe(310);
  expect(rec(YEAR + "Our sites used 9,310 MWh of electricity in 2024, the most since 2019.", "electricity_consumption", 2024)?.value).toBe(9310);
});

test("an aside opened by 'including' between a label and its verb; 'averaging N hours per employee'", () => {
  expect(rec(YEAR + "Total donations in 2024, including cash and in-kind gifts, amounted to RMB 1.8 million.", "community_investment", 2024)?.value).toBe(1800000);
  expect(rec(YEAR + "Staff completed 52,000 hours of training, averaging 21.5 hours per employee.", "training_hours_avg", 2024)?.value).toBe(21.5);
});

test("Chinese: a share written '占…的N%' after a count; '累计' sums only its own clause", () => {
  const t = YEAR + "截至2024年末，公司员工3,120人，其中女性员工1,092人，占员工总数的35.0%。2024年，公司累计开展安全培训8,600学时，员工人均培训时长19.5小时。";
  expect(rec(t, "female_employee_ratio", 2024)?.value).toBe(35);
  expect(rec(t, "training_hours_avg", 2024)?.value).toBe(19.5);
});

test("parts of a head count stated through 'of whom' and lists, after a label-verb-figure sentence", () => {
  const t = YEAR + "Total headcount reached 6,012 at the end of 2024, 2,150 of whom were women (35.8% of staff).";
  expect(rec(t, "employees_total", 2024)?.value).toBe(6012);
  expect(rec(t, "employees_female", 2024)?.value).toBe(2150);
  expect(rec(t, "female_employee_ratio", 2024)?.value).toBe(35.8);
  const board = YEAR + "Our eleven-member Board comprises four independent non-executive directors and three women.";
  expect(rec(board, "board_size", 2024)?.value).toBe(11);
  expect(rec(board, "female_directors", 2024)?.value).toBe(3);
  expect(rec(YEAR + "At year end the Group had 1,640 employees, including 702 women and 938 men.", "employees_male", 2024)?.value).toBe(938);
});

test("people taken on are new hires; a short count label with a percentage is its share; money 'in donations'", () => {
  expect(rec(YEAR + "During 2024 we hired 340 people, most of them engineers.", "new_hires", 2024)?.value).toBe(340);
  expect(rec(YEAR + "Employee turnover was 9.4% in 2024.", "turnover_rate", 2024)?.value).toBe(9.4);
  expect(rec(YEAR + "The Group employed 2,210 people at year end. Female staff accounted for 44.1%.", "female_employee_ratio", 2024)?.value).toBe(44.1);
  expect(rec(YEAR + "In 2024 we contributed HK$1.2 million in charitable donations to local groups.", "community_investment", 2024)).toMatchObject({ value: 1200000, unit: "HKD" });
  expect(rec(YEAR + "Engineers logged a combined 8,450 hours of training in 2024.", "training_hours_total", 2024)?.value).toBe(8450);
});

test("Chinese: a bullet 'label：figure' takes the text before the colon as its label", () => {
  const t = YEAR + "- **研发人员数量**：412人\n- **新进员工人数**：1,035人（2023年：980人）\n- 能源消费总量：12.6万吨标准煤";
  expect(rec(t, "rd_employees", 2024)?.value).toBe(412);
  expect(rec(t, "new_hires", 2024)?.value).toBe(1035);
  expect(rec(t, "new_hires", 2023)?.value).toBe(980);
  expect(rec(t, "energy_total", 2024)?.unit).toBe("MWh");
});

test("'(2023: nil)' after a stated none dates the comparison, not the sentence; 'the Board comprised N directors'", () => {
  const t = YEAR + "No work-related fatalities occurred among our staff during the year (2023: one).";
  expect(rec(t, "fatalities", 2024)?.value).toBe(0);
  expect(rec(t, "fatalities", 2023)).toBeUndefined();
  expect(rec(YEAR + "At year end the Board comprised seven directors.", "board_size", 2024)?.value).toBe(7);
});

test("Chinese: '不及预期' is no plan; 的 inside a stated none is no part of its label", () => {
  const t = YEAR + "受市场需求不及预期影响，公司全年实现营业收入18.6亿元。报告期内，公司未发生涉及贪污的诉讼案件。";
  expect(rec(t, "revenue", 2024)?.value).toBe(1860000000);
  expect(rec(t, "corruption_cases", 2024)?.value).toBe(0);
  expect(rec(YEAR + "公司预期2025年营业收入达到25亿元。", "revenue", 2025)).toBeUndefined();
});

test("a named facility's figure is one site's; a long 'took part in … training' clause still gives the share trained", () => {
  expect(rec(YEAR + "In 2024 the Qianhai terminal consumed 8,200 MWh of electricity.", "electricity_consumption", 2024)).toBeUndefined();
  expect(rec(YEAR + "In 2024 the Group consumed 8,200 MWh of electricity.", "electricity_consumption", 2024)?.value).toBe(8200);
  expect(rec(YEAR + "Last year 91.5% of employees took part in one or more training programmes.", "employees_trained_ratio", 2024)?.value).toBe(91.5);
});

test("'emitted N tCO2e of Scope 1 and Scope 2 …' is the total; a bracketed '(Scope 2, location-based)' stays in the label", () => {
  const t = YEAR + "In 2024 the Group emitted 41,800 tCO2e of Scope 1 and Scope 2 emissions, of which direct emissions (Scope 1) were 9,950 tCO2e and indirect emissions (Scope 2, location-based) were 31,850 tCO2e.";
  expect(rec(t, "ghg_total", 2024)?.value).toBe(41800);
  expect(rec(t, "ghg_scope1", 2024)?.value).toBe(9950);
  expect(rec(t, "ghg_scope2", 2024)?.value).toBe(31850);
});
