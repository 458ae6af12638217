/**
 * Segment columns: business segments (or entities) side by side, each over the same years, with the
 * whole reporting entity among them ("Group", "Group total", "Consolidated", "集团合计"). A segment
 * header row names the segments; the years row under it repeats the years per segment. Only the
 * whole entity's column gives a metric's value; a table without such a column gives nothing.
 */
import { extract } from "./helpers";

type Format = "tab" | "md" | "html";
const FORMATS: Format[] = ["tab", "md", "html"];

/**
 * A two-row header table: `lead` cells (rowspan 2 in HTML), segment names each over `years.length`
 * columns (colspan in HTML, empty cells after them in TAB and markdown), then the years row.
 */
function segmentTable(format: Format, lead: string[], segments: string[], years: string[], rows: string[][]): string {
  const width = years.length;
  if (format === "html") {
    const segRow = `<tr>${lead.map((c) => `<th rowspan="2">${c}</th>`).join("")}${segments.map((s) => `<th colspan="${width}">${s}</th>`).join("")}</tr>`;
    const yearRow = `<tr>${segments.map(() => years.map((y) => `<th>${y}</th>`).join("")).join("")}</tr>`;
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
    return `<table>${segRow}${yearRow}${body}</table>`;
  }
  const segRow = [...lead, ...segments.flatMap((s) => [s, ...new Array<string>(width - 1).fill("")])];
  const yearRow = [...lead.map(() => ""), ...segments.flatMap(() => years)];
  if (format === "tab") return [segRow, yearRow, ...rows].map((r) => r.join("\t")).join("\n");
  const line = (r: string[]) => `| ${r.join(" | ")} |`;
  return [line(segRow), `|${segRow.map(() => "---").join("|")}|`, line(yearRow), ...rows.map(line)].join("\n");
}

function doc(table: string): string {
  return ["Harbourline Materials Ltd. Sustainability Report 2024", "", "Key performance data by segment", "", table, "", "Figures are unaudited."].join("\n");
}

/** Every record of one metric, as "year value", sorted by year. */
function series(text: string, metric: string): string[] {
  return extract(text)
    .records.filter((r) => r.metric === metric)
    .sort((a, b) => a.year - b.year)
    .map((r) => `${r.year} ${r.value}`);
}

const LEAD = ["Indicator", "Unit"];
const YEARS = ["2024", "2023"];
/** Per segment, per row: [2024, 2023]. Cement + Logistics = Group. */
const FIG = {
  group: { scope1: ["52,400", "49,870"], energy: ["88,150", "84,300"] },
  cement: { scope1: ["40,100", "38,020"], energy: ["61,000", "59,900"] },
  logistics: { scope1: ["12,300", "11,850"], energy: ["27,150", "24,400"] },
};
type Seg = keyof typeof FIG;

function rowsFor(order: Seg[]): string[][] {
  return [
    ["Scope 1 GHG emissions", "tCO2e", ...order.flatMap((s) => FIG[s].scope1)],
    ["Total energy consumption", "MWh", ...order.flatMap((s) => FIG[s].energy)],
  ];
}

const GROUP_SCOPE1 = ["2023 49870", "2024 52400"];
const GROUP_ENERGY = ["2023 84300", "2024 88150"];

describe("segment columns: the whole entity's column gives the value", () => {
  for (const format of FORMATS) {
    describe(format, () => {
      it("group first", () => {
        const text = doc(segmentTable(format, LEAD, ["Group", "Cement", "Logistics"], YEARS, rowsFor(["group", "cement", "logistics"])));
        expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
        expect(series(text, "energy_total")).toEqual(GROUP_ENERGY);
      });

      it("group last ('Group total')", () => {
        const text = doc(segmentTable(format, LEAD, ["Cement segment", "Logistics segment", "Group total"], YEARS, rowsFor(["cement", "logistics", "group"])));
        expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
        expect(series(text, "energy_total")).toEqual(GROUP_ENERGY);
      });

      it("'Consolidated' in the middle, beside the parent company's own column", () => {
        const text = doc(segmentTable(format, LEAD, ["Company", "Consolidated", "Subsidiary: Harbourline Logistics"], YEARS, rowsFor(["cement", "group", "logistics"])));
        expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
        expect(series(text, "energy_total")).toEqual(GROUP_ENERGY);
      });

      it("three years per segment", () => {
        const years = ["2024", "2023", "2022"];
        const rows = [["Scope 1 GHG emissions", "tCO2e", "3,100", "3,000", "2,900", "1,000", "900", "800", "2,100", "2,100", "2,100"]];
        const text = doc(segmentTable(format, LEAD, ["Total", "North region", "South region"], years, rows));
        expect(series(text, "ghg_scope1")).toEqual(["2022 2900", "2023 3000", "2024 3100"]);
      });

      it("Chinese headers: 分部 columns and 集团合计", () => {
        const rows = [
          ["范围一温室气体排放量", "吨二氧化碳当量", "40,100", "38,020", "12,300", "11,850", "52,400", "49,870"],
          ["员工总数", "人", "1,500", "1,450", "600", "580", "2,100", "2,030"],
        ];
        const text = doc(segmentTable(format, ["指标", "单位"], ["水泥分部", "物流分部", "集团合计"], ["2024年", "2023年"], rows));
        expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
        expect(series(text, "employees_total")).toEqual(["2023 2030", "2024 2100"]);
      });

      it("Chinese headers: 子公司 columns and 合计 first", () => {
        const rows = [["员工总数", "人", "2,100", "2,030", "1,500", "1,450", "600", "580"]];
        const text = doc(segmentTable(format, ["指标", "单位"], ["合计", "甲子公司", "乙子公司"], ["2024", "2023"], rows));
        expect(series(text, "employees_total")).toEqual(["2023 2030", "2024 2100"]);
      });

      it("'本公司' beside 子公司 columns counts only in years where the subsidiaries add up to it", () => {
        const rows = [["员工总数", "人", "2,100", "2,030", "1,500", "1,450", "600", "500"]];
        const text = doc(segmentTable(format, ["指标", "单位"], ["本公司", "甲子公司", "乙子公司"], ["2024", "2023"], rows));
        expect(series(text, "employees_total")).toEqual(["2024 2100"]);
      });

      it("no column names the whole entity: no record rather than a segment's figure", () => {
        const text = doc(segmentTable(format, LEAD, ["Cement", "Logistics"], YEARS, rowsFor(["cement", "logistics"])));
        expect(series(text, "ghg_scope1")).toEqual([]);
        expect(series(text, "energy_total")).toEqual([]);
      });
    });
  }
});

describe("other two-row and one-row headers are unchanged", () => {
  it("a normal year header", () => {
    const text = doc(["Indicator\tUnit\t2024\t2023", "Scope 1 GHG emissions\ttCO2e\t52,400\t49,870"].join("\n"));
    expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
  });

  it("a normal markdown table after a segment-like line of text", () => {
    const text = doc(["| Cement | Logistics |", "|---|---|", "| kiln | trucks |", "", "| Indicator | Unit | 2024 | 2023 |", "|---|---|---|---|", "| Scope 1 GHG emissions | tCO2e | 52,400 | 49,870 |"].join("\n"));
    expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
  });

  it("sub-columns (Total | Intensity) under each year", () => {
    const text = doc(
      [
        "Indicator\tUnit\t2024\t\t2023\t",
        "\t\tTotal\tIntensity\tTotal\tIntensity",
        "Scope 1 GHG emissions\ttCO2e\t52,400\t0.41\t49,870\t0.43",
      ].join("\n"),
    );
    expect(series(text, "ghg_scope1")).toEqual(GROUP_SCOPE1);
  });
});
