/**
 * The workbook's dataset, kept in the shared runtime for the ESG functions.
 *
 * Refresh design (why): the "ESG Data" table is the source of truth and users edit it by hand,
 * so the store re-reads the tables (one read, `load`) whenever they change instead of
 * patching from change events: a full re-read of a few thousand rows is milliseconds and can
 * never drift from the sheet. Changes arrive from the tables' onChanged events (debounced,
 * since a populate writes many cells) and from the task pane calling `reloadDataset()` right
 * after it writes. Every ESG function is @streaming and subscribes here, so formulas already
 * in the sheet get new results without the user forcing a recalculation.
 *
 * The store is a singleton on globalThis: the task pane and the functions are separate bundles
 * in one shared runtime, and each would otherwise get its own module copy.
 */
import { Dataset, type TableRows } from "../src/dataset/dataset";
import { EsgQueries } from "../src/dataset/queries";
import type { Reference } from "../src/dataset/reference";

export type DatasetListener = (queries: EsgQueries) => void;

export interface DatasetStoreOptions {
  /** Reads the ESG Data and ESG Sources tables (header rows included). */
  load: () => Promise<TableRows>;
  reference: Reference;
  /** Quiet time after the last change event before re-reading. */
  debounceMs?: number;
}

export class DatasetStore {
  private queries: EsgQueries | null = null;
  private inFlight: Promise<EsgQueries> | null = null;
  private readAgain = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<DatasetListener>();
  /** Why the last read failed, for messages; null after a good read. */
  lastError: string | null = null;
  loads = 0;

  constructor(private readonly options: DatasetStoreOptions) {}

  /** The loaded dataset's queries; the first call reads the workbook, later ones share that read. */
  ready(): Promise<EsgQueries> {
    if (this.queries) return Promise.resolve(this.queries);
    return this.inFlight ?? this.reload();
  }

  /** The loaded queries, or null before the first read. */
  current(): EsgQueries | null {
    return this.queries;
  }

  /**
   * Reads the tables now and tells every subscriber. Calls during a read are coalesced: the
   * read is repeated once after the current one, so a change made mid-read is never lost.
   */
  reload(): Promise<EsgQueries> {
    this.cancelScheduled();
    if (this.inFlight) {
      this.readAgain = true;
      return this.inFlight;
    }
    this.inFlight = this.readLoop().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** A change event: re-read after `debounceMs` of quiet. */
  scheduleReload(): void {
    this.cancelScheduled();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.reload().catch(() => undefined);
    }, this.options.debounceMs ?? 300);
  }

  /** Uses a dataset the caller already has (e.g. the task pane right after it wrote it) without reading the sheet. */
  replaceDataset(dataset: Dataset): EsgQueries {
    this.publish(new EsgQueries(dataset, this.options.reference));
    return this.queries!;
  }

  subscribe(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  private async readLoop(): Promise<EsgQueries> {
    do {
      this.readAgain = false;
      try {
        const tables = await this.options.load();
        this.loads++;
        this.lastError = null;
        this.publish(new EsgQueries(Dataset.fromTables(tables), this.options.reference));
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        if (!this.readAgain) throw error;
      }
    } while (this.readAgain);
    return this.queries!;
  }

  private publish(queries: EsgQueries): void {
    this.queries = queries;
    for (const listener of [...this.listeners]) listener(queries);
  }

  private cancelScheduled(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
