import { Dataset } from "../../src/dataset/dataset";
import { DATA_COLUMNS } from "../../src/dataset/schema";
import { dataRowFromRecord, isUserEdited } from "../../src/dataset/rows";
import { GOLD_DOCUMENTS, goldReports, goldTables, JLMAG } from "./fixtures/corpus";

const column = (name: (typeof DATA_COLUMNS)[number]) => DATA_COLUMNS.indexOf(name);

describe("Dataset from table rows", () => {
  const { data, sources } = goldTables();
  const dataset = Dataset.fromTables({ data, sources });

  test("holds one record per gold fact, indexed by (company, metric, year)", () => {
    expect(dataset.size).toBe(197);
    expect(dataset.skippedRows).toEqual([]);
    expect(dataset.record("JL MAG Rare-Earth Co., Ltd.", "ghg_scope1", 2024)?.value).toBe(6436.68);
    expect(dataset.record("jl mag rare-earth co., ltd.", "ghg_scope1", 2022)?.value).toBe(3221);
    expect(dataset.record("JL MAG Rare-Earth Co., Ltd.", "ghg_scope1", 2021)).toBeUndefined();
    expect(dataset.years("JL MAG Rare-Earth Co., Ltd.", "ghg_scope1")).toEqual([2022, 2023, 2024]);
    expect(dataset.yearsOf("Hainan Jinpan Smart Technology Co., Ltd.")).toEqual([2019, 2020, 2021]);
  });

  test("keeps provenance: document, line, printed text, reported figure", () => {
    const record = dataset.record("JL MAG Rare-Earth Co., Ltd.", "env_investment", 2022)!;
    expect(record).toMatchObject({
      value: 15370000,
      unit: "CNY",
      reportedValue: 1537,
      reportedUnit: "RMB 10,000",
      sourceDocument: GOLD_DOCUMENTS[2],
      line: 2810,
      page: null,
      status: "extracted",
    });
    expect(record.evidence).toContain("1,537.00");
  });

  test("merges company names from the Sources table (aliases, stock code, documents)", () => {
    const jlmag = dataset.companies().find((c) => c.name === JLMAG.name)!;
    expect(jlmag.aliases).toEqual(["JL MAG", "江西金力永磁科技股份有限公司", "金力永磁", "06680.HK"]);
    expect(jlmag.stockCode).toBe("300748.SZ");
    expect(jlmag.documents).toEqual([GOLD_DOCUMENTS[2]]);
  });

  test("finds columns by header name, so moved columns still read right", () => {
    const order = [...DATA_COLUMNS].reverse();
    const moved = data.map((row) => order.map((name) => row[column(name)]));
    const reread = Dataset.fromTables({ data: moved });
    expect(reread.record("JL MAG Rare-Earth Co., Ltd.", "ghg_scope2", 2024)?.value).toBe(169115.7);
    expect(reread.size).toBe(197);
  });

  test("reads rows without a header in schema order, and text numbers as a user types them", () => {
    const row = [...data[1]];
    row[column("Value")] = " 1,918.70 ";
    row[column("Year")] = "2021";
    const reread = Dataset.fromTables({ data: [row] });
    expect(reread.record("Hainan Jinpan Smart Technology Co., Ltd.", "ghg_total", 2021)?.value).toBe(1918.7);
  });

  test("skips blank rows silently and reports unusable ones", () => {
    const bad = [...data[1]];
    bad[column("Value")] = "n/a";
    const reread = Dataset.fromTables({ data: [data[0], bad, DATA_COLUMNS.map(() => ""), data[2]] });
    expect(reread.size).toBe(1);
    expect(reread.skippedRows).toEqual(["row 1: no numeric value"]);
  });

  test("a Value that differs from Imported value is the user's edit and wins over a later extracted duplicate", () => {
    const edited = [...data[1]];
    edited[column("Value")] = 17000;
    const reimported = [...data[1]];
    const reread = Dataset.fromTables({ data: [data[0], edited, reimported] });
    const record = reread.record("Hainan Jinpan Smart Technology Co., Ltd.", "ghg_total", 2021)!;
    expect(record.value).toBe(17000);
    expect(record.status).toBe("edited");
    expect(record.importedValue).toBe(16415.4);
  });

  test("a row typed by hand (Value but no Imported value) is the user's, as populate treats it", () => {
    const typed = [...data[1]];
    typed[column("Value")] = 17000;
    typed[column("Imported value")] = "";
    const reimported = [...data[1]];
    const reread = Dataset.fromTables({ data: [data[0], typed, reimported] });
    const record = reread.record("Hainan Jinpan Smart Technology Co., Ltd.", "ghg_total", 2021)!;
    expect(record.value).toBe(17000);
    expect(record.status).toBe("edited");
    expect(record.importedValue).toBeNull();
    expect(isUserEdited(record)).toBe(true);
    expect(isUserEdited({ ...record, value: 16415.4, importedValue: 16415.4, status: "extracted" })).toBe(false);
  });

  test("round-trips: toDataRows reproduces the table body", () => {
    expect(Dataset.fromTables({ data }).toDataRows()).toEqual(data.slice(1));
  });
});

describe("Dataset from engine records, upserts", () => {
  test("fromReports equals fromTables on the same facts", () => {
    const fromReports = Dataset.fromReports(goldReports());
    const fromTables = Dataset.fromTables(goldTables());
    expect(fromReports.toDataRows()).toEqual(fromTables.toDataRows());
    expect(fromReports.companies().map((c) => c.stockCode)).toEqual(["688676", "300316", "300748.SZ"]);
  });

  test("upsert reports added, updated, unchanged, and keeps a user's edit", () => {
    const dataset = Dataset.fromReports(goldReports());
    const base = dataset.record(JLMAG.name!, "ghg_scope1", 2024)!;
    expect(dataset.upsert({ ...base })).toBe("unchanged");
    expect(dataset.upsert({ ...base, value: 6437 })).toBe("updated");
    expect(dataset.upsert({ ...base, year: 2025, value: 7000 })).toBe("added");
    expect(dataset.upsert({ ...base, value: 6500, status: "edited" })).toBe("updated");
    expect(dataset.upsert({ ...base, value: 6436.68, status: "extracted" })).toBe("keptUserEdit");
    expect(dataset.record(JLMAG.name!, "ghg_scope1", 2024)?.value).toBe(6500);
    expect(dataset.years(JLMAG.name!, "ghg_scope1")).toEqual([2022, 2023, 2024, 2025]);
  });

  test("upsertReport counts outcomes and a second import changes nothing", () => {
    const dataset = new Dataset();
    const [jinpan] = goldReports();
    expect(dataset.upsertReport(jinpan)).toEqual({ added: 42, updated: 0, unchanged: 0, keptUserEdit: 0 });
    expect(dataset.upsertReport(jinpan)).toEqual({ added: 0, updated: 0, unchanged: 42, keptUserEdit: 0 });
  });

  test("dataRowFromRecord writes cells in DATA_COLUMNS order", () => {
    const dataset = Dataset.fromReports(goldReports());
    const row = dataRowFromRecord(dataset.record(JLMAG.name!, "ghg_scope1", 2024)!);
    expect(row).toHaveLength(DATA_COLUMNS.length);
    expect(row.slice(0, 3)).toEqual([JLMAG.name, 2024, "ghg_scope1"]);
    expect(row[column("Value")]).toBe(6436.68);
    expect(row[column("Line")]).toBe(2755);
    expect(row[column("Page")]).toBe("");
    expect(row[column("Imported value")]).toBe(6436.68);
  });
});
