/**
 * The document model: what every importer (txt, md, html, pdf, docx) produces and the engine reads.
 * A document is a list of text lines; table rows carry their cells separated by TAB so that the
 * engine sees one layout whatever the source format was.
 */
export type DocumentFormat = "txt" | "md" | "html" | "pdf" | "docx";

export interface DocumentLine {
  /** The line's text. Table cells recognised by the importer are joined with "\t". */
  text: string;
  /** 1-based line number. For .txt/.md this is the line of the input file; for other formats, the line of the rebuilt text. */
  line: number;
  /** 1-based page number, for paged formats (PDF). */
  page?: number;
}

export interface SourceDocument {
  fileName: string;
  format: DocumentFormat;
  lines: DocumentLine[];
  pageCount?: number;
  /** Non-fatal notes for the user (e.g. "decoded as GB18030"). */
  warnings: string[];
}

export type ImportErrorCode =
  | "empty"
  | "unsupported_type"
  | "too_large"
  | "binary"
  | "no_text_layer"
  | "encrypted"
  | "corrupt"
  | "timeout"
  | "unreadable";

/** A clear, user-facing import failure. `message` is written for an analyst, not a developer. */
export class DocumentImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocumentImportError";
  }
}

/** Builds a document from plain text, one DocumentLine per input line (used by the txt importer and tests). */
export function documentFromText(text: string, fileName = "pasted text", format: DocumentFormat = "txt"): SourceDocument {
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
  return { fileName, format, lines, warnings: [] };
}
