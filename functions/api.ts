/**
 * The store API for the task pane and the functions: one dataset store per runtime.
 *
 *   import { reloadDataset } from "../functions/api";
 *   await populateWorkbook(...); await reloadDataset();   // live ESG formulas update
 */
import type { Dataset } from "../src/dataset/dataset";
import { defaultReference } from "../src/dataset/defaultReference";
import type { EsgQueries } from "../src/dataset/queries";
import { DatasetStore } from "./store";
import { readDatasetTables, watchDatasetTables } from "./workbook";

const STORE_KEY = Symbol.for("esg-excel-addin.datasetStore");
type StoreHolder = { [STORE_KEY]?: DatasetStore };

/** Creates the store that reads the workbook through Excel.run and watches its tables. */
export function createWorkbookStore(debounceMs = 300): DatasetStore {
  const watchedIds = new Set<string>();
  let watchedTables = 0;
  const store: DatasetStore = new DatasetStore({
    reference: defaultReference(),
    debounceMs,
    load: async () => {
      const tables = await Excel.run(readDatasetTables);
      if (watchedTables < 2) {
        // Best effort: table events need ExcelApi 1.7; without them the task pane's reloadDataset() still refreshes.
        await Excel.run((context) => watchDatasetTables(context, () => store.scheduleReload(), watchedIds))
          .then((names) => (watchedTables = names.length))
          .catch(() => undefined);
      }
      return tables;
    },
  });
  return store;
}

/** The runtime's store, shared by every bundle loaded in the shared runtime (task pane and functions). */
export function getDatasetStore(): DatasetStore {
  const holder = globalThis as StoreHolder;
  if (!holder[STORE_KEY]) holder[STORE_KEY] = createWorkbookStore();
  return holder[STORE_KEY]!;
}

/** For tests: replace (or drop) the runtime's store. */
export function setDatasetStore(store: DatasetStore | undefined): void {
  (globalThis as StoreHolder)[STORE_KEY] = store;
}

/** Re-reads ESG Data/ESG Sources now and updates every live ESG formula. Call after writing the tables. */
export function reloadDataset(): Promise<EsgQueries> {
  return getDatasetStore().reload();
}

/** Hands the store a dataset already in memory (no sheet read); the next table change re-reads the sheet anyway. */
export function useDataset(dataset: Dataset): EsgQueries {
  return getDatasetStore().replaceDataset(dataset);
}
