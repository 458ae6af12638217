/**
 * An Excel with the two ESG tables, on office-addin-mock, plus a minimal CustomFunctions global
 * (jest has no Office runtime). Values read before context.sync() come back as the mock's error
 * string, so tests assert the values the store actually got.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Cell } from "../../src/dataset/types";

export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsGlobal(): jest.Mock {
  const associate = jest.fn();
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate,
  };
  return associate;
}

export interface WorkbookMock {
  /** Replaces a table's values (header first), or removes the table with null. */
  setTable(name: string, values: Cell[][] | null): void;
  /** Fires the onChanged handlers subscribed to a table, as Excel does after an edit. */
  fireChanged(name: string): void;
  fireTableAdded(): void;
  /** How many Excel.run batches read the tables (getRange calls). */
  reads: number;
  handlerCount(name: string): number;
}

export function installExcelMock(tables: Record<string, Cell[][]>): WorkbookMock {
  const state = new Map<string, Cell[][]>(Object.entries(tables));
  const changed = new Map<string, Array<() => Promise<void>>>();
  const added: Array<() => Promise<void>> = [];
  const ids = new Map<string, string>();
  const mock = { reads: 0 } as WorkbookMock;

  const tableData = (name: string, values: Cell[][]) => {
    if (!ids.has(name)) ids.set(name, `table-${ids.size + 1}`);
    return {
      isNullObject: false,
      id: ids.get(name)!,
      name,
      range: { values },
      getRange() {
        mock.reads++;
        return (this as unknown as { range: unknown }).range;
      },
      onChanged: {
        add(handler: () => Promise<void>) {
          changed.set(name, [...(changed.get(name) ?? []), handler]);
        },
      },
    };
  };

  /** A fresh context per Excel.run, as Office.js proxies belong to one request context. */
  const newContext = () => {
    const tablesData: Record<string, unknown> = {
      missing: { isNullObject: true, id: "", name: "" },
      getItem(this: Record<string, unknown>, name: string) {
        if (!state.has(name)) throw new Error(`ItemNotFound: ${name}`);
        return this[name];
      },
      getItemOrNullObject(this: Record<string, unknown>, name: string) {
        return state.has(name) ? this[name] : this.missing;
      },
      onAdded: { add: (handler: () => Promise<void>) => added.push(handler) },
    };
    for (const [name, values] of state) tablesData[name] = tableData(name, values);
    return new OfficeMockObject({ workbook: { tables: tablesData } });
  };

  (globalThis as Record<string, unknown>).Excel = {
    run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => batch(newContext() as unknown as Excel.RequestContext),
  };

  mock.setTable = (name, values) => {
    if (values) state.set(name, values);
    else state.delete(name);
  };
  mock.fireChanged = (name) => {
    for (const handler of changed.get(name) ?? []) void handler();
  };
  mock.fireTableAdded = () => {
    for (const handler of added) void handler();
  };
  mock.handlerCount = (name) => changed.get(name)?.length ?? 0;
  return mock;
}
