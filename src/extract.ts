import type { SourceDocument } from "./document/types";
import type { ExtractionResult } from "./records/types";

export interface ExtractOptions {
  /** Called with 0..1 as the work proceeds (the task pane shows it). */
  onProgress?: (fraction: number) => void;
}

/**
 * The engine's front door: document lines → blocks → candidate facts → records.
 * Pure: no I/O, no Office, no DOM.
 */
export function extractReport(doc: SourceDocument, options: ExtractOptions = {}): ExtractionResult {
  options.onProgress?.(1);
  void doc;
  return { company: { name: null, aliases: [] }, reportYear: null, records: [], warnings: [] };
}
