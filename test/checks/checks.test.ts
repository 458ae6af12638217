import {
  checkBreakdowns,
  checkCrossDocumentConflicts,
  checkEngineConflicts,
  checkUserEdits,
  checkYearOnYear,
  preferredRows,
  rowsByFigure,
  runChecks,
  type CheckableRow,
} from "../../src/checks";

const COMPANY = "JL MAG Rare-Earth Co., Ltd.";

function row(metricId: string, year: number, value: number | null, unit: string, extra: Partial<CheckableRow> = {}): CheckableRow {
  return { company: COMPANY, year, metricId, value, unit, sourceDocument: "jlmag_2024.pdf", status: "extracted", conflict: "", importedValue: value, ...extra };
}

describe("breakdowns against totals", () => {
  it("passes Scope 1 6,436.68 + Scope 2 169,115.70 = 175,552.38 (JL MAG 2024)", () => {
    const rows = [row("ghg_scope1", 2024, 6436.68, "tCO2e"), row("ghg_scope2", 2024, 169115.7, "tCO2e"), row("ghg_total", 2024, 175552.38, "tCO2e")];
    expect(checkBreakdowns(preferredRows(rows))).toEqual([]);
  });

  it("flags a total that is not Scope 1 + Scope 2, with the numbers", () => {
    const rows = [row("ghg_scope1", 2024, 6436.68, "tCO2e"), row("ghg_scope2", 2024, 169115.7, "tCO2e"), row("ghg_total", 2024, 180000, "tCO2e")];
    expect(checkBreakdowns(preferredRows(rows))).toEqual([
      {
        severity: "warning",
        company: COMPANY,
        year: 2024,
        metricId: "ghg_total",
        check: "Scope 1 + 2 vs total",
        message: "Scope 1 6,436.68 + Scope 2 169,115.7 = 175,552.38 tCO2e, but the stated total is 180,000 tCO2e; difference -4,447.62 (-2.5%).",
      },
    ]);
  });

  it("accepts a total that also includes Scope 3", () => {
    const rows = [
      row("ghg_scope1", 2024, 100, "tCO2e"),
      row("ghg_scope2", 2024, 200, "tCO2e"),
      row("ghg_scope3", 2024, 700, "tCO2e"),
      row("ghg_total", 2024, 1000, "tCO2e"),
    ];
    expect(checkBreakdowns(preferredRows(rows))).toEqual([]);
  });

  it("checks female + male against total employees, and direct + indirect against total energy", () => {
    const passing = [
      row("employees_female", 2024, 2052, "count"),
      row("employees_male", 2024, 4587, "count"),
      row("employees_total", 2024, 6639, "count"),
      row("energy_direct", 2024, 24010, "MWh"),
      row("energy_indirect", 2024, 392534, "MWh"),
      row("energy_total", 2024, 416544, "MWh"),
    ];
    expect(checkBreakdowns(preferredRows(passing))).toEqual([]);
    const failing = passing.map((r) => (r.metricId === "employees_total" ? { ...r, value: 6700 } : r.metricId === "energy_total" ? { ...r, value: 400000 } : r));
    expect(checkBreakdowns(preferredRows(failing)).map((flag) => flag.message)).toEqual([
      "female 2,052 + male 4,587 = 6,639, but the stated total is 6,700; difference -61 (-0.9%).",
      "direct 24,010 + indirect 392,534 = 416,544 MWh, but the stated total is 400,000 MWh; difference 16,544 (+4.1%).",
    ]);
  });

  it("tolerates the rounding of printed parts (0.5 %) and skips incomplete breakdowns", () => {
    const rounded = [row("employees_female", 2024, 2052, "count"), row("employees_male", 2024, 4587, "count"), row("employees_total", 2024, 6660, "count")];
    expect(checkBreakdowns(preferredRows(rounded))).toEqual([]);
    const incomplete = [row("ghg_scope1", 2024, 6436.68, "tCO2e"), row("ghg_total", 2024, 999999, "tCO2e")];
    expect(checkBreakdowns(preferredRows(incomplete))).toEqual([]);
  });
});

describe("year-on-year jumps", () => {
  it("flags a figure that more than doubles (JL MAG total GHG 2023 → 2024)", () => {
    const rows = [row("ghg_total", 2023, 83512, "tCO2e"), row("ghg_total", 2024, 175552.38, "tCO2e")];
    expect(checkYearOnYear(preferredRows(rows))).toEqual([
      {
        severity: "info",
        company: COMPANY,
        year: 2024,
        metricId: "ghg_total",
        check: "Year-on-year jump",
        message: "ghg_total went from 83,512 tCO2e in 2023 to 175,552.38 tCO2e in 2024 (+110.2%).",
      },
    ]);
  });

  it("flags a tenfold rise and a fall to less than half, but not 21.42 → 10.81 (just over half), gaps between years or changes from zero", () => {
    const rows = [
      row("employees_total", 2022, 5003, "count"),
      row("employees_total", 2023, 5461, "count"),
      row("particulate_emissions", 2022, 1.98, "t"),
      row("particulate_emissions", 2023, 21.42, "t"),
      row("particulate_emissions", 2024, 10.81, "t"),
      row("water_consumption", 2020, 100, "m3"),
      row("water_consumption", 2022, 1000, "m3"),
      row("fatalities", 2023, 0, "count"),
      row("fatalities", 2024, 2, "count"),
      row("waste_hazardous", 2023, 100, "t"),
      row("waste_hazardous", 2024, 40, "t"),
    ];
    expect(checkYearOnYear(preferredRows(rows)).map((flag) => flag.message)).toEqual([
      "particulate_emissions went from 1.98 t in 2022 to 21.42 t in 2023 (+981.8%).",
      "waste_hazardous went from 100 t in 2023 to 40 t in 2024 (-60.0%).",
    ]);
  });
});

describe("conflicts", () => {
  it("flags documents that give different figures for the same year, not restatements of the same figure", () => {
    const rows = [
      row("ghg_scope1", 2023, 4052, "tCO2e", { sourceDocument: "jlmag_2024.pdf" }),
      row("ghg_scope1", 2023, 4100, "tCO2e", { sourceDocument: "jlmag_2023.pdf" }),
      row("ghg_scope2", 2023, 79460, "tCO2e", { sourceDocument: "jlmag_2024.pdf" }),
      row("ghg_scope2", 2023, 79460.4, "tCO2e", { sourceDocument: "jlmag_2023.pdf" }),
    ];
    expect(checkCrossDocumentConflicts(rowsByFigure(rows))).toEqual([
      {
        severity: "warning",
        company: COMPANY,
        year: 2023,
        metricId: "ghg_scope1",
        check: "Documents disagree",
        message: "2 documents give different figures: 4,052 tCO2e in jlmag_2024.pdf; 4,100 tCO2e in jlmag_2023.pdf.",
      },
    ]);
  });

  it("reports the engine's own conflict flags with its note", () => {
    const rows = [row("ghg_total", 2024, 175552.38, "tCO2e", { conflict: "Other candidates: 16,415.4 tCO2e (page 55, line 2760)." }), row("ghg_scope1", 2024, 1, "tCO2e")];
    expect(checkEngineConflicts(rows)).toEqual([
      {
        severity: "warning",
        company: COMPANY,
        year: 2024,
        metricId: "ghg_total",
        check: "Engine conflict",
        message: "175,552.38 tCO2e was chosen in jlmag_2024.pdf; Other candidates: 16,415.4 tCO2e (page 55, line 2760).",
      },
    ]);
  });
});

describe("user edits", () => {
  it("lists values the analyst changed away from the imported figure, including blanked ones", () => {
    const rows = [
      row("employees_total", 2024, 6700, "count", { importedValue: 6639, status: "edited" }),
      row("employees_male", 2024, null, "count", { importedValue: 4587 }),
      row("employees_female", 2024, 2052, "count", { status: "edited" }),
      row("fatalities", 2024, 0, "count", { importedValue: null }),
    ];
    expect(checkUserEdits(rows).map((flag) => flag.message)).toEqual([
      "You edited this value to 6,700; jlmag_2024.pdf gives 6,639. Your value is kept.",
      "You edited this value to blank; jlmag_2024.pdf gives 4,587. Your value is kept.",
    ]);
  });
});

describe("runChecks", () => {
  it("uses the analyst's edit over another document's figure and sorts by company, year, metric", () => {
    const rows = [
      row("ghg_scope1", 2024, 6436.68, "tCO2e"),
      row("ghg_scope2", 2024, 169115.7, "tCO2e"),
      row("ghg_total", 2024, 170000, "tCO2e", { sourceDocument: "summary.pdf" }),
      row("ghg_total", 2024, 175552.38, "tCO2e", { status: "edited", importedValue: 175552.38 }),
      row("employees_total", 2023, 5461, "count", { company: "Acme" }),
      row("employees_total", 2024, 12000, "count", { company: "Acme" }),
    ];
    expect(runChecks(rows).map((flag) => [flag.company, flag.year, flag.metricId, flag.check])).toEqual([
      ["Acme", 2024, "employees_total", "Year-on-year jump"],
      [COMPANY, 2024, "ghg_total", "Documents disagree"],
    ]);
  });
});
