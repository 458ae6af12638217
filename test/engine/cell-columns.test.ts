/**
 * Cell tables (TAB, markdown pipes, HTML): a figure belongs to the year whose column it sits in. An
 * empty or "-" / "N/A" / "—" / "/" cell in a year column is that year's missing value, never a reason
 * to move the later figures left; a row that cannot be lined up with the header and prints fewer
 * figures than years gives nothing rather than a guess.
 */
import { extract } from "./helpers";

type Format = "tab" | "md" | "html";
const FORMATS: Format[] = ["tab", "md", "html"];

/** A table in one of the cell formats: a header row, then rows. */
function table(format: Format, header: string[], rows: string[][]): string {
  if (format === "tab") return [header, ...rows].map((r) => r.join("\t")).join("\n");
  if (format === "md") {
    const line = (r: string[]) => `| ${r.join(" | ")} |`;
    return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
  }
  const tr = (r: string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return `<table>${tr(header, "th")}${rows.map((r) => tr(r, "td")).join("")}</table>`;
}

/** Every record of one metric, as "year value", sorted by year. */
function series(text: string, metric: string): string[] {
  return extract(text)
    .records.filter((r) => r.metric === metric)
    .sort((a, b) => a.year - b.year)
    .map((r) => `${r.year} ${r.value}`);
}

const YEARS = ["2024", "2023", "2022"];
/** Scope 2 in ktCO2e per year → tCO2e. */
const FIGURES = ["5.0", "4.0", "3.0"];
const TONNES = [5000, 4000, 3000];

/** The expected "year value" list when the years at `gaps` are missing. */
function expected(gaps: number[]): string[] {
  const out: string[] = [];
  for (let j = YEARS.length - 1; j >= 0; j--) if (!gaps.includes(j)) out.push(`${YEARS[j]} ${TONNES[j]}`);
  return out;
}

function figures(gaps: number[], mark: string): string[] {
  return FIGURES.map((f, j) => (gaps.includes(j) ? mark : f));
}

/** Header and row layouts around the year columns. */
const LAYOUTS: { name: string; header: string[]; row: (values: string[]) => string[] }[] = [
  { name: "Unit column before the years", header: ["Indicator", "Unit", ...YEARS], row: (v) => ["Scope 2 emissions", "ktCO2e", ...v] },
  { name: "no Unit column (unit in the label)", header: ["Indicator", ...YEARS], row: (v) => ["Scope 2 emissions (ktCO2e)", ...v] },
  { name: "Unit column after the years", header: ["Indicator", ...YEARS, "Unit"], row: (v) => ["Scope 2 emissions", ...v, "ktCO2e"] },
  { name: "Unit column first", header: ["Unit", "Indicator", ...YEARS], row: (v) => ["ktCO2e", "Scope 2 emissions", ...v] },
  { name: "Change (%) column after the years", header: ["Indicator", "Unit", ...YEARS, "Change (%)"], row: (v) => ["Scope 2 emissions", "ktCO2e", ...v, "N/A"] },
  { name: "Remarks column after the years", header: ["Indicator", "Unit", ...YEARS, "Remarks"], row: (v) => ["Scope 2 emissions", "ktCO2e", ...v, ""] },
  { name: "a leading code column the header lacks", header: ["Indicator", "Unit", ...YEARS], row: (v) => ["A1.2", "Scope 2 emissions", "ktCO2e", ...v] },
];

describe("a missing year cell keeps every figure in its own year's column", () => {
  for (const format of FORMATS) {
    describe(format, () => {
      for (const layout of LAYOUTS) {
        test.each([
          ["first year empty", [0], ""],
          ["middle year empty", [1], ""],
          ["last year empty", [2], ""],
          ["first year '-'", [0], "-"],
          ["middle year 'N/A'", [1], "N/A"],
          ["last year '—'", [2], "—"],
          ["middle year '/'", [1], "/"],
          ["first two years empty", [0, 1], ""],
          ["first and last years empty", [0, 2], ""],
          ["last two years '-'", [1, 2], "-"],
        ])(`${layout.name}: %s`, (_name, gaps, mark) => {
          const text = table(format, layout.header, [layout.row(figures(gaps as number[], mark as string))]);
          expect(series(text, "ghg_scope2")).toEqual(expected(gaps as number[]));
        });
      }
    });
  }
});

describe("the reported case: Indicator | Unit | 2024 | 2023", () => {
  test.each(FORMATS)("%s: an empty 2024 cell leaves 3.0 to 2023", (format) => {
    const text = table(format, ["Indicator", "Unit", "2024", "2023"], [["Scope 2 emissions", "ktCO2e", "", "3.0"]]);
    expect(series(text, "ghg_scope2")).toEqual(["2023 3000"]);
  });

  test.each(FORMATS)("%s: an empty 2023 cell leaves 3.0 to 2024", (format) => {
    const text = table(format, ["Indicator", "Unit", "2024", "2023"], [["Scope 2 emissions", "ktCO2e", "3.0", ""]]);
    expect(series(text, "ghg_scope2")).toEqual(["2024 3000"]);
  });

  test.each(FORMATS)("%s: full rows and a gap row in one table", (format) => {
    const text = table(format, ["Indicator", "Unit", "2024", "2023", "Change (%)"], [
      ["Scope 1 emissions", "tCO2e", "1,200", "1,100", "9.1%"],
      ["Scope 2 emissions", "ktCO2e", "", "3.0", "/"],
      ["Total water withdrawal", "m3", "8,000", "", ""],
    ]);
    expect(series(text, "ghg_scope1")).toEqual(["2023 1100", "2024 1200"]);
    expect(series(text, "ghg_scope2")).toEqual(["2023 3000"]);
    expect(series(text, "water_consumption")).toEqual(["2024 8000"]);
  });
});

describe("HTML colspan padding", () => {
  test("a label spanning the unit column: the empty padding is not a year", () => {
    const html =
      "<table><tr><th>Indicator</th><th>Unit</th><th>2024</th><th>2023</th></tr>" +
      "<tr><td colspan=\"2\">Scope 2 emissions (ktCO2e)</td><td></td><td>3.0</td></tr>" +
      "<tr><td colspan=\"2\">Scope 1 emissions (tCO2e)</td><td>1,200</td><td></td></tr></table>";
    expect(series(html, "ghg_scope2")).toEqual(["2023 3000"]);
    expect(series(html, "ghg_scope1")).toEqual(["2024 1200"]);
  });

  test("a header cell spanning label and unit columns", () => {
    const html =
      "<table><tr><th colspan=\"2\">Indicator</th><th>2024</th><th>2023</th></tr>" +
      "<tr><td>Scope 2 emissions</td><td>ktCO2e</td><td>-</td><td>3.0</td></tr></table>";
    expect(series(html, "ghg_scope2")).toEqual(["2023 3000"]);
  });
});

describe("the row's unit cell lines it up with the header's Unit column", () => {
  test("a code cell in front and the last year's cell left out: the unit says the offset", () => {
    const tab = [
      "Indicator\t\tUnit\t2024\t2023\t2022",
      "19\tNon-hazardous waste\tTonne\t16,024\t18,518\t15,077",
      "20\tNon-hazardous waste by type\tGeneral industrial solid waste\tTonne\t12,471.00\t17,752.38",
    ].join("\n");
    expect(series(tab, "waste_general_industrial")).toEqual(["2023 17752.38", "2024 12471"]);
  });
});

describe("rows that cannot be lined up with the header", () => {
  test("fewer figures than years and no column evidence: nothing rather than a guess", () => {
    // Two cells under four: the figure's column cannot be told.
    const tab = "Indicator\tUnit\t2024\t2023\nScope 2 emissions (ktCO2e)\t3.0";
    expect(series(tab, "ghg_scope2")).toEqual([]);
  });

  test("a TAB row cut short after its last figure keeps its figures in their columns", () => {
    const tab = "Indicator\tUnit\t2024\t2023\t2022\nScope 2 emissions\tktCO2e\t5.0";
    expect(series(tab, "ghg_scope2")).toEqual(["2024 5000"]);
  });

  test("a ragged row with a figure for every year is still read in order", () => {
    const tab = "Indicator\tUnit\t2024\t2023\nScope 2 emissions (ktCO2e)\t5.0\t3.0";
    expect(series(tab, "ghg_scope2")).toEqual(["2023 3000", "2024 5000"]);
  });
});

describe("sub-columns under each year whose heads print a unit with digits", () => {
  const intensity = (text: string) => series(text, "ghg_intensity_revenue");

  test("TAB: Total (tCO2e) | Intensity (tCO2e/RMB 10,000)", () => {
    const text = [
      "Indicator\t2024\t\t2023\t",
      "\tTotal (tCO2e)\tIntensity (tCO2e/RMB 10,000)\tTotal (tCO2e)\tIntensity (tCO2e/RMB 10,000)",
      "Total GHG emissions\t5,000\t0.52\t4,000\t0.48",
    ].join("\n");
    expect(series(text, "ghg_total")).toEqual(["2023 4000", "2024 5000"]);
    expect(intensity(text)).toEqual(["2023 48", "2024 52"]);
  });

  test("markdown: Total (tCO2e) | Intensity (kgCO2e/RMB'000), an empty first year", () => {
    const text = [
      "| Indicator | 2024 | | 2023 | |",
      "|---|---|---|---|---|",
      "| | Total (tCO2e) | Intensity (kgCO2e/RMB'000) | Total (tCO2e) | Intensity (kgCO2e/RMB'000) |",
      "| Total GHG emissions | | | 4,000 | 0.48 |",
    ].join("\n");
    expect(series(text, "ghg_total")).toEqual(["2023 4000"]);
    expect(intensity(text)).toEqual(["2023 0.48"]);
  });

  test("HTML: years spanning two columns, Intensity (tCO2e/RMB 10,000), a dash in the last year", () => {
    const html =
      "<table><tr><th>Indicator</th><th colspan=\"2\">2024</th><th colspan=\"2\">2023</th></tr>" +
      "<tr><th></th><th>Total (tCO2e)</th><th>Intensity (tCO2e/RMB 10,000)</th><th>Total (tCO2e)</th><th>Intensity (tCO2e/RMB 10,000)</th></tr>" +
      "<tr><td>Total GHG emissions</td><td>5,000</td><td>0.52</td><td>-</td><td>-</td></tr></table>";
    expect(series(html, "ghg_total")).toEqual(["2024 5000"]);
    expect(intensity(html)).toEqual(["2024 52"]);
  });

  test("a row of figures is never a sub-header, even with bracketed units", () => {
    const text = [
      "Indicator\t2024\t\t2023\t",
      "Total GHG emissions\t5,000 (tCO2e)\t0.52 (tCO2e/RMB 10,000)\t4,000 (tCO2e)\t0.48 (tCO2e/RMB 10,000)",
      "Scope 1 emissions (tCO2e)\t3,000\t\t2,500\t",
    ].join("\n");
    // Not read in sub-columns: the second row is a row (or nothing), never a header for the third.
    expect(series(text, "ghg_scope1")).toEqual(["2023 2500", "2024 3000"]);
    expect(intensity(text)).toEqual([]);
  });

  test("a sub-header cell with a figure outside its brackets is not a sub-column name", () => {
    const text = [
      "Indicator\t2024\t\t2023\t",
      "\tTotal 10 (tCO2e)\tIntensity (tCO2e/RMB 10,000)\tTotal 10 (tCO2e)\tIntensity (tCO2e/RMB 10,000)",
      "Total GHG emissions\t5,000\t0.52\t4,000\t0.48",
    ].join("\n");
    expect(intensity(text)).toEqual([]);
  });
});
