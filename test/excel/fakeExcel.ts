/**
 * A small Excel for tests, built from office-addin-mock objects: loads resolve only at context.sync() (before
 * that the mock returns its "Error, context.sync() was not called" strings), isNullObject throws if read
 * before a sync, and every sync is counted. Property writes (values, formulas, numberFormat, formats) are
 * applied to the fake grid at sync, in the order the objects were created; methods (add, delete, clear,
 * rows.add) act at once. The writer queues destructive calls before the writes they precede, as Excel would.
 */
import { OfficeMockObject } from "office-addin-mock";
import { blockAddress, columnLetter, topLeftOf } from "../../src/worksheets/address";

type Value = string | number | boolean;

export interface FakeCell {
  value: Value;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  hiddenColumns = new Set<string>();
  columnWidths = new Map<string, number>();
  frozenRows?: number;
  frozenAt?: string;
  constructor(public name: string) {}

  cell(address: string): FakeCell | undefined {
    const { row, column } = topLeftOf(address);
    return this.cells.get(`${row},${column}`);
  }

  /** Values of a block as Excel returns them ("" for empty). */
  values(row: number, column: number, rows: number, columns: number): Value[][] {
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.cells.get(`${row + r},${column + c}`)?.value ?? ""));
  }

  formulas(row: number, column: number, rows: number, columns: number): Value[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => {
        const cell = this.cells.get(`${row + r},${column + c}`);
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }

  set(row: number, column: number, input: unknown): void {
    const key = `${row},${column}`;
    const cell: FakeCell = { ...(this.cells.get(key) ?? { value: "" }) };
    delete cell.formula;
    if (typeof input === "string" && input.startsWith("=")) {
      cell.formula = input;
      cell.value = `#CALC ${input}`;
    } else if (typeof input === "string" && input.startsWith("'")) {
      cell.value = input.slice(1);
    } else if (typeof input === "string" && /^-?\d+(\.\d+)?$/.test(input)) {
      cell.value = Number(input); // what Excel does to typed digits: the reason the writer quotes them
    } else {
      cell.value = (input ?? "") as Value;
    }
    this.cells.set(key, cell);
  }
}

export class FakeTable {
  constructor(
    public name: string,
    public sheet: FakeSheet,
    public top: number,
    public left: number,
    /** Including the header row. */
    public rows: number,
    public columns: number,
  ) {}

  get address(): string {
    return `'${this.sheet.name}'!${blockAddress(this.top, this.left, this.rows, this.columns)}`;
  }

  /** Header row first, as values. */
  values(): Value[][] {
    return this.sheet.values(this.top, this.left, this.rows, this.columns);
  }
}

interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
  /** Whole columns ("Q:Q") or the whole sheet. */
  kind: "block" | "columns" | "sheet";
}

function parseRange(address?: string): Block {
  if (!address) return { row: 0, column: 0, rows: 0, columns: 0, kind: "sheet" };
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (whole) {
    const { column } = topLeftOf(`${whole[1]}1`);
    return { row: 0, column, rows: 0, columns: topLeftOf(`${whole[2]}1`).column - column + 1, kind: "columns" };
  }
  const [from, to = from] = address.split(":");
  const a = topLeftOf(from);
  const b = topLeftOf(to);
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1, kind: "block" };
}

type Mock = OfficeMockObject & Record<string, any>;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  syncCount = 0;
  /** Objects whose property writes are applied at the next sync, in creation order. */
  private pending: Array<{ mock: Mock; apply: (mock: Mock) => void }> = [];
  private pendingLoads: Array<() => void> = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((table) => table.name === name);
  }

  /** Installs `Excel.run` on the global object, with a fresh context per run. */
  install(): void {
    (globalThis as any).Excel = new OfficeMockObject({ run: async (callback: (context: unknown) => Promise<unknown>) => callback(this.context()) });
  }

  private context(): Mock {
    const fake = this;
    const context: Mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            const sheet = fake.sheet(name);
            if (!sheet) throw new Error(`ItemNotFound: ${name}`);
            return fake.sheetMock(sheet);
          },
          add: (name: string) => fake.sheetMock(fake.addSheet(name)),
        },
        tables: {
          getItemOrNullObject: (name: string) => fake.tableMock(fake.table(name) ?? null),
        },
      },
    }) as Mock;
    const worksheets = context.workbook.worksheets as Mock;
    // A collection's "items/name" load is beyond the mock's navigation; emulate it with the same semantics.
    worksheets.load = (what: string) => {
      if (what !== "items/name") throw new Error(`Unexpected load ${what}`);
      worksheets.items = "Error, context.sync() was not called";
      this.pendingLoads.push(() => {
        worksheets.items = fake.sheets.map((sheet) => {
          const mock = fake.sheetMock(sheet);
          mock.name = sheet.name;
          return mock;
        });
      });
      return worksheets;
    };
    context.sync = async () => {
      fake.syncCount++;
      fake.pendingLoads.splice(0).forEach((load) => load());
      for (const { mock } of fake.pending) await mock.sync();
      await new Promise((resolve) => setImmediate(resolve));
      for (const { mock, apply } of fake.pending.splice(0)) apply(mock);
    };
    return context;
  }

  private register(mock: Mock, apply: (mock: Mock) => void): Mock {
    this.pending.push({ mock, apply });
    return mock;
  }

  private sheetMock(sheet: FakeSheet): Mock {
    const fake = this;
    const mock = new OfficeMockObject({
      getRange: (address?: string) => fake.rangeMock(sheet, address),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error("expected headers");
          const block = parseRange(address.includes("!") ? address.split("!")[1] : address);
          const table = new FakeTable(`Table${fake.tables.length + 1}`, sheet, block.row, block.column, block.rows, block.columns);
          fake.tables.push(table);
          return fake.register(fake.tableMock(table), (m) => {
            if (typeof m.name === "string" && !m.name.startsWith("Error")) table.name = m.name;
          });
        },
      },
      freezePanes: {
        freezeRows: (rows: number) => (sheet.frozenRows = rows),
        freezeAt: (address: string) => (sheet.frozenAt = address),
      },
    }) as Mock;
    return mock;
  }

  private tableMock(table: FakeTable | null): Mock {
    const fake = this;
    const createdAt = this.syncCount;
    const mock = new OfficeMockObject({
      name: table?.name ?? "",
      getRange: () => {
        if (!table) throw new Error("getRange on a null object");
        const range = fake.rangeMock(table.sheet, blockAddress(table.top, table.left, table.rows, table.columns));
        return range;
      },
      delete: () => {
        fake.tables = fake.tables.filter((t) => t !== table);
        for (let r = 0; r < table!.rows; r++) for (let c = 0; c < table!.columns; c++) table!.sheet.cells.delete(`${table!.top + r},${table!.left + c}`);
      },
      rows: {
        add: (index: number | undefined, values: unknown[][]) => {
          if (index !== undefined) throw new Error("only appends are expected");
          for (const row of values) {
            if (row.length !== table!.columns) throw new Error(`rows.add: ${row.length} values for ${table!.columns} columns`);
            row.forEach((cell, c) => table!.sheet.set(table!.top + table!.rows, table!.left + c, cell));
            table!.rows++;
          }
        },
      },
      columns: {
        add: (index: number | undefined, values: unknown[][]) => {
          if (index !== undefined) throw new Error("only appends are expected");
          values.forEach((row, r) => table!.sheet.set(table!.top + r, table!.left + table!.columns, row[0]));
          table!.columns++;
        },
      },
    }) as Mock;
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (fake.syncCount <= createdAt) throw new Error("isNullObject read before context.sync()");
        return table === null;
      },
    });
    if (table) mock.worksheet = this.sheetMock(table.sheet);
    return mock;
  }

  private rangeMock(sheet: FakeSheet, address?: string): Mock {
    const block = parseRange(address);
    const readable = block.kind === "block";
    const mock = new OfficeMockObject({
      address: `'${sheet.name}'!${address ?? "A1:XFD1048576"}`,
      values: readable ? sheet.values(block.row, block.column, block.rows, block.columns) : [],
      formulas: readable ? sheet.formulas(block.row, block.column, block.rows, block.columns) : [],
      numberFormat: [],
      columnHidden: false,
      format: { columnWidth: 0, font: { bold: false, size: 11 } },
      clear: (applyTo?: string) => {
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(",").map(Number);
          const inside = block.kind === "sheet" || (r >= block.row && r < block.row + block.rows && c >= block.column && c < block.column + block.columns);
          if (!inside) continue;
          if (applyTo === "Contents") sheet.cells.set(key, { ...sheet.cells.get(key)!, value: "", formula: undefined });
          else sheet.cells.delete(key);
        }
      },
    }) as Mock;
    // A range that was read is not written back (its loaded values are not writes).
    let loaded = false;
    const load = mock.load.bind(mock);
    mock.load = (what: any) => {
      loaded = true;
      return load(what);
    };
    const initial = { values: mock.values, formulas: mock.formulas, numberFormat: mock.numberFormat, hidden: mock.columnHidden, width: mock.format.columnWidth, bold: mock.format.font.bold, size: mock.format.font.size };
    const each = (grid: unknown, set: (r: number, c: number, v: unknown) => void) => {
      if (!Array.isArray(grid)) return;
      grid.forEach((row: unknown[], r) => row.forEach((v, c) => set(block.row + r, block.column + c, v)));
    };
    const forBlock = (set: (cell: FakeCell) => void) => {
      for (let r = 0; r < block.rows; r++)
        for (let c = 0; c < block.columns; c++) {
          const key = `${block.row + r},${block.column + c}`;
          const cell = { ...(sheet.cells.get(key) ?? { value: "" }) };
          set(cell);
          sheet.cells.set(key, cell);
        }
    };
    return this.register(mock, (m) => {
      if (loaded) return;
      if (m.values !== initial.values) each(m.values, (r, c, v) => sheet.set(r, c, v));
      if (m.formulas !== initial.formulas) each(m.formulas, (r, c, v) => sheet.set(r, c, v));
      if (m.numberFormat !== initial.numberFormat) each(m.numberFormat, (r, c, v) => {
        const key = `${r},${c}`;
        sheet.cells.set(key, { ...(sheet.cells.get(key) ?? { value: "" }), numberFormat: v as string });
      });
      const columns = () => Array.from({ length: block.columns }, (_, i) => columnLetter(block.column + i));
      if (m.columnHidden === true && initial.hidden !== true) columns().forEach((letter) => sheet.hiddenColumns.add(letter));
      if (typeof m.format.columnWidth === "number" && m.format.columnWidth !== initial.width) columns().forEach((letter) => sheet.columnWidths.set(letter, m.format.columnWidth));
      if (m.format.font.bold === true && initial.bold !== true) forBlock((cell) => (cell.bold = true));
      if (typeof m.format.font.size === "number" && m.format.font.size !== initial.size) forBlock((cell) => (cell.fontSize = m.format.font.size));
    });
  }
}
