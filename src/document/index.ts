/**
 * Document import: one entry point for every format. Bytes plus a file name in, the document
 * model (page-aware lines, table rows as TAB-separated cells) out. Works in Node and in a
 * browser worker: the ESM-only libraries are loaded lazily through ./runtime (see there).
 */
import { detectFormat } from "./detect";
import { importDocx } from "./docx";
import { importHtml } from "./html";
import { DEFAULT_IMPORT_TIMEOUT_MS, Deadline, MAX_DOCUMENT_BYTES, formatMegabytes } from "./limits";
import { importMarkdown } from "./markdown";
import { importPdf } from "./pdf/index";
import { importText } from "./text";
import { DocumentImportError, type SourceDocument } from "./types";

export * from "./types";
export { MAX_DOCUMENT_BYTES, DEFAULT_IMPORT_TIMEOUT_MS } from "./limits";
export { detectFormat } from "./detect";

export interface ImportOptions {
  /** Largest accepted file in bytes (default MAX_DOCUMENT_BYTES, 100 MB). */
  maxBytes?: number;
  /** Time budget in milliseconds (default DEFAULT_IMPORT_TIMEOUT_MS); the import stops with a "timeout" error. */
  timeoutMs?: number;
  /** Called with 0..1 as the import advances (per page for PDFs). */
  onProgress?: (fraction: number) => void;
}

/** File extensions the importer reads, for file pickers (`accept` attributes) and help texts. */
export const SUPPORTED_EXTENSIONS = [".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".csv", ".tsv"] as const;

export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (bytes.length === 0) throw new DocumentImportError("empty", `${fileName} is empty (0 bytes). Check that the file was saved or downloaded completely.`);
  if (bytes.length > maxBytes)
    throw new DocumentImportError(
      "too_large",
      `${fileName} is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} limit. Split the report (for example keep the ESG data appendix) or compress its images, then import again.`,
    );
  const deadline = new Deadline(options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS, fileName);
  const detected = detectFormat(bytes, fileName);
  options.onProgress?.(0);
  let doc: SourceDocument;
  switch (detected.format) {
    case "pdf":
      doc = await importPdf(bytes, fileName, { deadline, onProgress: options.onProgress });
      break;
    case "docx":
      doc = await deadline.race(importDocx(bytes, fileName));
      break;
    case "html":
      doc = await deadline.race(importHtml(bytes, fileName));
      break;
    case "md":
      doc = importMarkdown(bytes, fileName);
      break;
    case "txt":
      doc = importText(bytes, fileName);
      break;
  }
  if (detected.warning) doc.warnings.unshift(detected.warning);
  if (!doc.lines.some((l) => l.text.trim() !== ""))
    throw new DocumentImportError("empty", `${fileName} contains no text. Check that it is the report itself and not a blank or image-only file.`);
  options.onProgress?.(1);
  return doc;
}
