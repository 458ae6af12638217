/**
 * The ESG functions as Excel calls them: streaming invocations over a workbook (office-addin-mock)
 * whose ESG Data/ESG Sources tables hold the gold dataset.
 */
import { DATA_COLUMNS, DATA_TABLE_NAME, SOURCES_TABLE_NAME } from "../../src/dataset/schema";
import type { Cell } from "../../src/dataset/types";
import { JINGSHENG, JINPAN, JLMAG } from "../dataset/fixtures/corpus";
import { goldTablesWithNames } from "../dataset/fixtures/queries";
import { FakeCustomFunctionsError, installCustomFunctionsGlobal, installExcelMock, type WorkbookMock } from "./excelMock";

const associate = installCustomFunctionsGlobal();
// Loaded after the globals exist: the module registers its functions when it loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../functions/functions") as typeof import("../../functions/functions");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require("../../functions/api") as typeof import("../../functions/api");

type Implementation = (...args: never[]) => void;

class FakeInvocation {
  readonly results: unknown[] = [];
  onCanceled?: () => void;
  private waiters: Array<() => void> = [];
  setResult(value: unknown): void {
    this.results.push(value);
    for (const wake of this.waiters.splice(0)) wake();
  }
  get last(): unknown {
    return this.results[this.results.length - 1];
  }
  /** Resolves once there are `count` results. */
  async next(count = this.results.length + 1): Promise<unknown> {
    while (this.results.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.last;
  }
}

/** Starts a live formula: fn(...args, invocation). */
function start(fn: Implementation, ...args: unknown[]): FakeInvocation {
  const invocation = new FakeInvocation();
  (fn as unknown as (...a: unknown[]) => void)(...args, invocation);
  return invocation;
}

async function evaluate(fn: Implementation, ...args: unknown[]): Promise<unknown> {
  return start(fn, ...args).next(1);
}

let workbook: WorkbookMock;
let tables: ReturnType<typeof goldTablesWithNames>;

beforeEach(() => {
  tables = goldTablesWithNames();
  workbook = installExcelMock({ [DATA_TABLE_NAME]: tables.data, [SOURCES_TABLE_NAME]: tables.sources });
  api.setDatasetStore(api.createWorkbookStore(5));
});

test("registers every function under the id the metadata declares", () => {
  expect(associate.mock.calls.map(([id]) => id)).toEqual(["METRIC", "SERIES", "TABLE", "COMPANIES", "METRICS", "UNIT", "SOURCE", "CONVERT", "YOY", "INTENSITY"]);
  expect(associate.mock.calls[0][1]).toBe(functions.metricValue);
  expect(associate.mock.calls[9][1]).toBe(functions.intensity);
});

describe("values, spills and messages from the workbook's tables", () => {
  test("ESG.METRIC", async () => {
    expect(await evaluate(functions.metricValue, "JL MAG", "ghg_scope1", 2024, null)).toBe(6436.68);
    expect(await evaluate(functions.metricValue, "300748.SZ", "GRI 305-1", null, "ktCO2e")).toBe(6.43668);
    expect(await evaluate(functions.metricValue, "Jinpan", "energy_total", 2021, "GJ")).toBe(133935.732);
  });

  test("ESG.METRIC errors carry Excel's code and the explanation", async () => {
    expect(await evaluate(functions.metricValue, "JL MAG", "ghg_scope1", 2021, null)).toEqual(
      new FakeCustomFunctionsError("#N/A", "No ghg_scope1 for JL MAG Rare-Earth Co., Ltd. in 2021. Years with data: 2022, 2023 and 2024."),
    );
    expect(await evaluate(functions.metricValue, "JL MAG", "ghg_scop1", null, null)).toEqual(
      new FakeCustomFunctionsError("#VALUE!", 'Unknown metric "ghg_scop1". Did you mean ghg_scope1, ghg_scope2 or ghg_scope3? ESG.METRICS() lists all metrics.'),
    );
    expect(await evaluate(functions.metricValue, "JL MAGG", "ghg_scope1", null, null)).toEqual(
      new FakeCustomFunctionsError("#N/A", 'Company "JL MAGG" is not in the ESG data. Did you mean JL MAG Rare-Earth Co., Ltd.?'),
    );
  });

  test("ESG.SERIES, ESG.TABLE, ESG.COMPANIES, ESG.METRICS spill arrays", async () => {
    expect(await evaluate(functions.series, "JL MAG", "ghg_scope1", null, null, null)).toEqual([[2022, 3221], [2023, 4052], [2024, 6436.68]]);
    expect(await evaluate(functions.table, "Jingsheng", 2023, "G")).toEqual([
      ["rd_investment", "R&D investment", 1145400000, "CNY"],
      ["patents_total", "Patents held", 914, "count"],
      ["revenue", "Revenue", 17983190000, "CNY"],
      ["net_profit", "Net profit", 4557510000, "CNY"],
      ["total_assets", "Total assets", 36808360000, "CNY"],
      ["taxes_paid", "Taxes paid", 1652750000, "CNY"],
      ["board_size", "Board directors", 9, "count"],
      ["independent_directors", "Independent directors", 3, "count"],
      ["female_directors", "Female directors", 2, "count"],
    ]);
    expect(await evaluate(functions.companies)).toEqual([[JINPAN.name], [JLMAG.name], [JINGSHENG.name]]);
    const metrics = (await evaluate(functions.metrics, "E")) as string[][];
    expect(metrics[0]).toEqual(["ghg_total", "Total GHG emissions", "E", "tCO2e", "HKEX A1.2; GRI 305"]);
  });

  test("ESG.UNIT, ESG.SOURCE, ESG.CONVERT, ESG.YOY, ESG.INTENSITY", async () => {
    expect(await evaluate(functions.unit, "范围一温室气体排放")).toBe("tCO2e");
    expect(await evaluate(functions.source, "JL MAG", "ghg_scope1", 2024)).toBe(
      "002_2048569ac2ce44f6.txt, line 2755: 2 | GHG emission (Scope 1) | tCO ₂ e | 6,436.68 | 4,052 | 3,221",
    );
    expect(await evaluate(functions.convert, 1, "tce", "GJ")).toBe(29.3076);
    expect(await evaluate(functions.yearOnYear, "JL MAG", "ghg_scope1", 2024)).toBe(0.588519249753);
    expect(await evaluate(functions.yearOnYear, "JL MAG", "fatalities", 2024)).toEqual(new FakeCustomFunctionsError("#DIV/0!"));
    expect(await evaluate(functions.intensity, "Jingsheng", "ghg_total", "revenue", 2023, null, null)).toBe(15.3502242928);
  });

  test("many formulas share one read of the tables", async () => {
    const started = [start(functions.metricValue, "JL MAG", "ghg_scope1", 2024, null), start(functions.metricValue, "JSG", "revenue", 2023, null), start(functions.companies)];
    await Promise.all(started.map((invocation) => invocation.next(1)));
    expect(api.getDatasetStore().loads).toBe(1);
    expect(workbook.reads).toBe(2);
    expect(started[1].last).toBe(17983190000);
  });
});

describe("live formulas follow the workbook", () => {
  const valueColumn = DATA_COLUMNS.indexOf("Value");
  const rowOf = (company: string, year: number, metric: string) => tables.data.find((r) => r[0] === company && r[1] === year && r[2] === metric)!;

  test("a user's edit in ESG Data reaches the formula through the table's onChanged event", async () => {
    const formula = start(functions.metricValue, "JL MAG", "ghg_scope1", 2024, null);
    const untouched = start(functions.metricValue, "Jinpan", "ghg_total", 2021, null);
    expect(await formula.next(1)).toBe(6436.68);
    await untouched.next(1);
    expect(workbook.handlerCount(DATA_TABLE_NAME)).toBe(1);
    const edited: Cell[][] = tables.data.map((row) => [...row]);
    edited[tables.data.indexOf(rowOf(JLMAG.name!, 2024, "ghg_scope1"))][valueColumn] = 6500;
    workbook.setTable(DATA_TABLE_NAME, edited);
    workbook.fireChanged(DATA_TABLE_NAME);
    workbook.fireChanged(DATA_TABLE_NAME);
    expect(await formula.next(2)).toBe(6500);
    expect(api.getDatasetStore().loads).toBe(2);
    // Unchanged results are not set again.
    expect(untouched.results).toEqual([16415.4]);
  });

  test("reloadDataset() after an import updates formulas that had no data", async () => {
    const formula = start(functions.metricValue, "Jinko", "ghg_total", 2023, null);
    expect(await formula.next(1)).toEqual(expect.objectContaining({ code: "#N/A", message: expect.stringMatching(/^Company "Jinko" is not in the ESG data\./) }));
    const jinko = [...rowOf(JLMAG.name!, 2023, "ghg_total")];
    jinko[0] = "Jinko Solar Co., Ltd.";
    jinko[valueColumn] = 1234;
    workbook.setTable(DATA_TABLE_NAME, [...tables.data, jinko]);
    await api.reloadDataset();
    expect(formula.last).toBe(1234);
  });

  test("an empty workbook explains itself, then fills in when the tables are created", async () => {
    workbook.setTable(DATA_TABLE_NAME, null);
    workbook.setTable(SOURCES_TABLE_NAME, null);
    const formula = start(functions.metricValue, "JL MAG", "ghg_scope1", null, null);
    expect(await formula.next(1)).toEqual(
      new FakeCustomFunctionsError("#N/A", "This workbook has no ESG data yet: import a report from the ESG task pane."),
    );
    workbook.setTable(DATA_TABLE_NAME, tables.data);
    workbook.fireTableAdded();
    expect(await formula.next(2)).toBe(6436.68);
  });

  test("a canceled formula stops listening", async () => {
    const formula = start(functions.metricValue, "JL MAG", "ghg_scope1", null, null);
    await formula.next(1);
    const store = api.getDatasetStore();
    expect(store.subscriberCount).toBe(1);
    formula.onCanceled!();
    expect(store.subscriberCount).toBe(0);
  });
});
