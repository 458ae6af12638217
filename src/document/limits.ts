import { DocumentImportError } from "./types";

/**
 * Largest file importDocument accepts by default: 100 MB. Photo-heavy ESG report PDFs reach
 * 30–60 MB; beyond 100 MB a browser worker risks running out of memory. Callers may pass a
 * different `maxBytes`.
 */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/** Default time budget for one import: a 300-page report reads in well under 30 s here. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 120_000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** A deadline that importers check between units of work (pages, chunks) so that they stop rather than freeze. */
export class Deadline {
  private readonly endsAt: number;

  constructor(
    readonly timeoutMs: number,
    private readonly fileName: string,
  ) {
    this.endsAt = Date.now() + timeoutMs;
  }

  get expired(): boolean {
    return Date.now() > this.endsAt;
  }

  check(): void {
    if (this.expired) throw this.error();
  }

  error(): DocumentImportError {
    return new DocumentImportError(
      "timeout",
      `Reading ${this.fileName} took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped. ` +
        "Split the report into smaller files (for example the data appendix only) and import those.",
    );
  }

  /** Races a promise against the deadline; `onTimeout` releases resources (e.g. destroys the PDF). */
  race<T>(promise: Promise<T>, onTimeout?: () => void): Promise<T> {
    const remaining = Math.max(0, this.endsAt - Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        onTimeout?.();
        reject(this.error());
      }, remaining);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
