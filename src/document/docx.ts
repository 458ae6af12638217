/**
 * Word .docx through mammoth, which converts the document to semantic HTML (paragraphs,
 * headings, lists, tables); the HTML importer then turns tables into TAB-separated rows.
 */
import { htmlStringToDocument } from "./html";
import { DocumentImportError, type SourceDocument } from "./types";

interface MammothInput {
  /** Node build of mammoth reads `buffer`; the browser build reads `arrayBuffer`. Both accept the same bytes. */
  buffer: Uint8Array;
  arrayBuffer: ArrayBuffer;
}

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const mammoth = await import("mammoth");
  const convertToHtml = (mammoth.default ?? mammoth).convertToHtml as unknown as (
    input: MammothInput,
    options?: { ignoreEmptyParagraphs?: boolean },
  ) => Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: Awaited<ReturnType<typeof convertToHtml>>;
  try {
    result = await convertToHtml({ buffer: bytes, arrayBuffer }, { ignoreEmptyParagraphs: true });
  } catch (error) {
    throw new DocumentImportError(
      "corrupt",
      `${fileName} could not be read as a Word document (${shortReason(error)}). It may be damaged or incomplete; open it in Word, save it again as .docx (or export PDF) and import that.`,
    );
  }
  const doc = await htmlStringToDocument(result.value, fileName, "docx");
  if (doc.lines.length === 0)
    throw new DocumentImportError("empty", `${fileName} contains no text (it may hold only images or text boxes). Export the report as PDF and import that.`);
  return doc;
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 120);
}
