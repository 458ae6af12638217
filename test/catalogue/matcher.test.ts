import { matchMetricCandidates, matchMetricLabel, normalizeLabel } from "../../src/catalogue";

// Row labels as printed in /work/shared/corpus (000 Jinpan, 001 Jingsheng, 002 JL MAG, 004 Jetion) and common
// Chinese labels. null: the label alone must not name a metric (breakdown rows, bare "Male", rates vs counts...).
const CORPUS_LABELS: ReadonlyArray<readonly [string, string | null]> = [
["Total GHG emissions","ghg_total"],["GHG emissions (Scope 1 and Scope 2)","ghg_total"],["GHG emission (Scope 1)","ghg_scope1"],["GHG emission (Scope 2)","ghg_scope2"],
["Direct GHG emissions (Scope 1)","ghg_scope1"],["Indirect GHG emissions (Scope 2)","ghg_scope2"],["Indirect GHGs Emissions (Scope 2)","ghg_scope2"],["Total GHGs Emissions","ghg_total"],["Direct GHGs Emissions (Scope 1)","ghg_scope1"],
["GHG emission intensity per RMB 1,000 of revenue","ghg_intensity_revenue"],["GHG emission intensity","ghg_intensity_revenue"],["Greenhouse gas emission intensity","ghg_intensity_revenue"],["Total greenhouse gas emissions","ghg_total"],
["Total Greenhouse Gas Emissions by Business Unit/ Facility",null],["JL Ganzhou Factory",null],["Greenhouse Gas Emission Reductions Achieved Through Mitigation Measures","ghg_reduction"],["Scope 1 GHG Emission Reductions",null],["Scope 2 GHG Emission Reductions",null],
["Energy consumption","energy_total"],["Total energy consumption","energy_total"],["Energy intensity per unit of product","energy_intensity"],["Total energy consumption intensity","energy_intensity"],["Total direct energy consumption","energy_direct"],["Natural gas consumption","natural_gas_consumption"],["Diesel consumption","diesel_consumption"],["Gas consumption",null],
["Total indirect energy consumption (Purchased Electricity)","energy_indirect"],["Indirect energy consumption","energy_indirect"],["Electricity","electricity_consumption"],["Gasoline","gasoline_consumption"],["Diesel","diesel_consumption"],["Natural gas","natural_gas_consumption"],["Tanked LPG","lpg_consumption"],["Purchased electricity","electricity_purchased"],
["Water consumption","water_consumption"],["Water consumption in total","water_consumption"],["Water consumption intensity","water_intensity"],["Water consumption per unit of product","water_intensity"],["Total exhaust emission","exhaust_gas_volume"],
["Nitrogen oxide emissions (NO _x)","nox_emissions"],["Sulfur axide emissions (SO _x)","sox_emissions"],["Particulate matter emissions","particulate_emissions"],["Volatile Organic compound emissions (VOC)","voc_emissions"],["Total volume of wastewater treatment","wastewater_discharge"],["Chemical oxygen demand (COD)","cod_discharge"],["Ammonia nitrogen emissions from wastewater","ammonia_nitrogen_discharge"],["Wastewater treatment intensity per unit of product","wastewater_intensity"],
["Hazardous waste treated","waste_hazardous"],["Hazardous waste by treatment method",null],["Hazardous waste treatment intensity per unit of product","waste_hazardous_intensity"],["Compliant treatment rate of hazardous waste",null],["Non-hazardous waste","waste_nonhazardous"],["Non-hazardous waste by type",null],["General industrial solid waste","waste_general_industrial"],["Recovery rate of general industrial solid waste","waste_recycling_rate"],["Non-hazardous treatment intensity per unit of product","waste_nonhazardous_intensity"],["Amount of environmental protection investment","env_investment"],
["Cumulative investment of R&D in recent three years",null],["Amount of investing in R&D","rd_investment"],["R&D investment as a percentage of revenue","rd_intensity"],["Number of suppliers","suppliers_total"],["Number of suppliers by region",null],["Number of suppliers in East China",null],["Percentage of local suppliers","local_supplier_ratio"],["Customer complaint resolution rate",null],
["Number of employees","employees_total"],["Number of employees by gender",null],["Male",null],["Female",null],["30 or below",null],["Jiangxi province",null],["Percentage of female employee","female_employee_ratio"],["Percentage of female employee in senior management","female_managers_ratio"],["Employee turnover","employee_departures"],["Employee turnover by gender",null],["Employee turnover rate ²³","turnover_rate"],["Employee turnover rate by gender",null],["New employees hired","new_hires"],["Number of new employees by gender",null],
["Hours of training per capita","training_hours_avg"],["Male employees average hours of training","training_hours_avg_male"],["Total hours of training for employees","training_hours_total"],["Total hours of training for employees by gender",null],["Year-over-year increase rate of training hours for employees",null],["Number of employee trained","employees_trained"],["Percentage of employee trained","employees_trained_ratio"],["Percentage of employee trained by gender",null],["Proportion of senior management trained",null],
["Investment in health and safety projects","safety_investment"],["Year-on-year increase of investment in health and safety projects",null],["Number of work-related fatalities","fatalities"],["Percentage of work-related fatalities","fatality_rate"],["Time lost due to work injuries","lost_days_injury"],["Amount of community investment","community_investment"],["Number of concluded corruption lawsuits filed against the Company or its employees","corruption_cases"],["Cumulative duration of business ethics training","anticorruption_training_hours"],
["Total number of employees","employees_total"],["Full-time staff","employees_fulltime"],["Aged 30 and under",null],["Employee turnover rate","turnover_rate"],["Rate of work-related fatalities","fatality_rate"],["Lost days due to work injury","lost_days_injury"],["Total number of employees trained","employees_trained"],["Percentage of employees trained in the total employees","employees_trained_ratio"],["Total training hours","training_hours_total"],["Average training hours of employees","training_hours_avg"],
["Number of suppliers","suppliers_total"],["Number of suppliers reviewed in accordance with the practices relating to engaging suppliers in 2021","suppliers_assessed"],["Number of products and service related complaints received","customer_complaints"],["Number of products complaints received","customer_complaints"],["Number of service complaints received",null],["Number of corruption cases filed or concluded","corruption_cases"],["Number of employees participating in anti-corruption training","anticorruption_trained"],["Length of anti-corruption training provided to directors and employees","anticorruption_training_hours"],
["Total packaging material used","packaging_material"],["Total packaging material intensity","packaging_intensity"],["Total hazardous waste produced","waste_hazardous"],["Hazardous waste intensity","waste_hazardous_intensity"],["Total non-hazardous waste produced","waste_nonhazardous"],["Total non-hazardous waste intensity","waste_nonhazardous_intensity"],["Particulate matter","particulate_emissions"],
["Operating income","revenue"],["Net profit attributable to parent company","net_profit"],["Total asset","total_assets"],["Tax payment amount during the reporting period","taxes_paid"],["Amount of investment in green environmental protection","env_investment"],["PV power generation","renewable_electricity_generated"],["Total number of R&D personnel","rd_employees"],["Proportion of number of R&D personnel","rd_employees_ratio"],["Total R&D investment","rd_investment"],
["As of the end of the reporting period, the cumulative number of patents of the Company","patents_total"],["As of the end of the reporting period, the cumulative number of invention patents of the Company","invention_patents"],["Number of new patents this year","new_patents"],["Number of new invention patents this year",null],
["Purchased municipal water","water_consumption"],["Consumption intensity of water resources","water_intensity"],["Diesel consumption","diesel_consumption"],["Purchased electricity consumption","electricity_purchased"],["Purchased electricity consumption intensity","electricity_intensity"],["Floor area of all plants",null],
["Number of new employees","new_hires"],["Number of employee representatives",null],["Total number of female employees","employees_female"],["Proportion of female employees in the total workforce","female_employee_ratio"],["Number of female executives","female_managers"],["Number of employees under 30 years old","employees_under_30"],["Number of employees between 30 and 50 years old","employees_30_50"],["Number of employees over 50 years old","employees_over_50"],["Proportion of employees under 30 years old",null],["Number of employees with bachelor's degree",null],["The propor tion of employees who have received performance and career development assessments",null],
["Direct Energy (Scope 1) Natural Gas","natural_gas_consumption"],["Purchased Electricity","electricity_purchased"],["Photovoltaic Power Generation","renewable_electricity_generated"],["Total Comprehensive Energy Consumption","energy_total"],["Comprehensive Energy Consumption per Million Revenue","energy_intensity"],["Total Water Consumption","water_consumption"],["Tap Water",null],["Water Consumption per Unit Output","water_intensity"],["Total Sewage Discharge","wastewater_discharge"],["Total generation amount of general waste (including the total amount of non-hazardous waste)","waste_nonhazardous"],["Comprehensive utilization rate","waste_recycling_rate"],["Total training investment","training_investment"],["Number of employees receiving training","employees_trained"],["Number of training sessions",null],
["温室气体排放总量","ghg_total"],["范围一","ghg_scope1"],["范围一排放","ghg_scope1"],["直接温室气体排放（范围一）","ghg_scope1"],["间接温室气体排放（范围二）","ghg_scope2"],["温室气体排放强度","ghg_intensity_revenue"],["综合能耗","energy_total"],["综合能源消耗总量","energy_total"],["外购电力","electricity_purchased"],["用水量","water_consumption"],["有害废弃物","waste_hazardous"],["无害废弃物","waste_nonhazardous"],["员工总数","employees_total"],["女性员工人数","employees_female"],["员工流失率","turnover_rate"],["纳税总额","taxes_paid"],["营业收入","revenue"],["研发投入","rd_investment"],["单位产值综合能耗","energy_intensity"],["按性别划分的员工人数",null],["男性员工流失率","turnover_rate_male"],["温室气体减排量","ghg_reduction"],["2025年温室气体排放目标",null],["A1.2 温室气体排放总量","ghg_total"],["KPI A1.2 Total GHG emissions","ghg_total"],["B1.1 Total workforce","employees_total"],
["Women employees","employees_female"],
// Headings, prose and unit cells found in the corpus tables: not data rows.
["Employees",null],["Section 4 Employees",null],["Information security staff",null],["Workers who are not employees",null],["Suppliers and other partners",null],["Taxes",null],["Aspect B8: Community Investment",null],["tCO2/CNY10,000 revenue",null],["kWh/CNY10,000 revenue",null],["7.Implement the \"peak carbon dioxide emissions, carbon neutrality\" strategy",null],["Description of energy use efficiency initiatives and results achieved.",null],["Energy consumption outside of the organization",null],["Reclaimed products and their packaging materials",null],["Training costs per capita",null],["Total GHG emissions target for 2025",null],["温室气体排放强度目标",null],
["Total Greenhouse Gas Emissions by Source Category",null],["Stationary Combustion",null],["Refrigeration Systems",null],["Number of Individual awards",null],["Equity vested incentivize employee numbers",null],["Taxes paid","taxes_paid"],["R&D investment","rd_investment"],["Scope 1 direct emissions","ghg_scope1"],
];

describe("matchMetricLabel on real report labels", () => {
  test.each(CORPUS_LABELS)("%s → %s", (label, expected) => {
    expect(matchMetricLabel(label)?.metricId ?? null).toBe(expected);
  });
});

describe("matchMetricLabel result", () => {
  test("reports the pattern and a 0.5..1 score", () => {
    const m = matchMetricLabel("Total GHG emissions");
    expect(m).toEqual({ metricId: "ghg_total", pattern: "total ghg emission", score: 1, specificity: 18 });
  });
  test("partial coverage lowers the score", () => {
    const m = matchMetricLabel("Tax payment amount during the reporting period")!;
    expect(m.metricId).toBe("taxes_paid");
    expect(m.score).toBeGreaterThan(0.5);
    expect(m.score).toBeLessThan(1);
  });
  test("empty and numeric labels match nothing", () => {
    expect(matchMetricLabel("")).toBeNull();
    expect(matchMetricLabel("2024")).toBeNull();
    expect(matchMetricLabel("   ")).toBeNull();
  });
  test("candidates list every plausible metric, best first", () => {
    const ids = matchMetricCandidates("Total indirect energy consumption (Purchased Electricity)").map((c) => c.metricId);
    expect(ids[0]).toBe("energy_indirect");
    expect(ids).toContain("electricity_purchased");
  });
  test("the same label gives the same answer twice (memo)", () => {
    expect(matchMetricLabel("Number of employees")).toEqual(matchMetricLabel("Number of employees"));
  });
});

test("electricity bought together with steam or heat is not purchased electricity", () => {
  for (const label of ["Indirect energy use (purchased electricity and steam)", "Purchased electricity and heat", "外购电力及蒸汽", "外购电力和热力"]) {
    expect(matchMetricCandidates(label).map((m) => m.metricId)).not.toContain("electricity_purchased");
  }
  expect(matchMetricLabel("Purchased electricity")?.metricId).toBe("electricity_purchased");
});

describe("normalizeLabel", () => {
  test.each([
    ["Employee turnover rate ²³", "employee turnover rate"],
    ["A1.2\tGHG emissions in total", "ghg emissions in total"],
    ["KPI B1.1 Total workforce", "total employees"],
    ["GRI 305-1: Direct (Scope 1) GHG emissions", "direct scope 1 ghg emissions"],
    ["Nitrogen oxide emissions (NO _x)", "nox emissions nox"],
    ["The propor tion of employees", "the proportion of employees"],
    ["Green-house Gas emis- sions", "ghg emissions"],
    ["13 Employee turnover rate", "employee turnover rate"],
    ["30 or below", "30 or below"],
    ["直接温室气体排放（范围一）", "直接温室气体排放范围1"],
    ["R&D investment", "rnd investment"],
    ["Scope 1 + Scope 2 emissions", "scope 1 and 2 emissions"],
    ["CO ₂ e emissions", "co2e emissions"],
    ["Total Sewage Discharge **", "total sewage discharge"],
  ])("%s → %s", (label, expected) => {
    expect(normalizeLabel(label.replace("\\t", "\t"))).toBe(expected);
  });
});

describe("general label wording (HKEX KPI, GRI, Traditional Chinese)", () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ["Scope 2 emissions – market-based", "ghg_scope2_market"],
    ["Scope 2 emissions (location-based)", "ghg_scope2_location"],
    ["Complaints about products received", "customer_complaints"],
    ["Product-related complaints", "customer_complaints"],
    ["Number of product and service related complaints", "customer_complaints"],
    ["Product complaints", "customer_complaints"],
    ["Service complaints", null],
    ["Water*", "water_consumption"],
    ["Total water withdrawal", "water_consumption"],
    ["Number of concluded legal cases regarding corrupt", "corruption_cases"],
    ["溫室氣體排放總量", "ghg_total"],
    ["僱員總數", "employees_total"],
    ["女性僱員", "employees_female"],
    ["耗電量", "electricity_consumption"],
    ["用水總量", "water_consumption"],
    ["有害廢棄物", "waste_hazardous"],
    ["無害廢棄物", "waste_nonhazardous"],
    ["因工傷損失工作日數", "lost_days_injury"],
    ["因工亡故人數", "fatalities"],
    ["僱員流失率", "turnover_rate"],
    ["供應商數目", "suppliers_total"],
    ["投訴數目", "customer_complaints"],
    ["雇员总数", "employees_total"],
  ];
  test.each(cases)("%s → %s", (label, metric) => {
    expect(matchMetricLabel(label)?.metricId ?? null).toBe(metric);
  });
  test("Traditional characters fold to Simplified in normalized labels", () => {
    expect(normalizeLabel("溫室氣體排放總量（噸）")).toBe("温室气体排放总量吨");
  });
});

describe("GRI disclosure wording", () => {
  const cases: ReadonlyArray<readonly [string, string | null]> = [
    ["Total water discharge", "wastewater_discharge"],
    ["Water discharge quality standard", null],
    ["Gross market-based energy indirect (Scope 2) GHG emissions", "ghg_scope2_market"],
    ["Gross location-based energy indirect (Scope 2) GHG emissions", "ghg_scope2_location"],
    ["New employee hires", "new_hires"],
    ["Women in the workforce", "female_employee_ratio"],
    ["Number of board directors", "board_size"],
    ["Staff headcount", "employees_total"],
    ["Employees at year-end", "employees_total"],
    ["Headcount by gender", null],
  ];
  test.each(cases)("%s → %s", (label, metric) => {
    expect(matchMetricLabel(label)?.metricId ?? null).toBe(metric);
  });
});
