/**
 * Word .docx through mammoth, which converts the document to semantic HTML (paragraphs,
 * headings, lists, tables); the HTML importer then turns tables into TAB-separated rows.
 * Before conversion, raised runs that mammoth would not map to <sup> (LibreOffice's `w:position`
 * superscripts, superscript character styles) are given an explicit `w:vertAlign`, so that
 * footnote markers on figures are dropped like any <sup> marker (see ./docx-superscript.ts).
 */
import { normalizeDocxSuperscripts } from "./docx-superscript";
import { htmlStringToDocument } from "./html";
import { mammothInput } from "./runtime/node";
import { DocumentImportError, type SourceDocument } from "./types";

export async function importDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  const [mammothModule, zipfile] = await Promise.all([import("mammoth"), import("mammoth/lib/zipfile")]);
  const mammoth = mammothModule.default ?? mammothModule;
  const convertToHtml = mammoth.convertToHtml as unknown as (
    input: object,
    options?: { ignoreEmptyParagraphs?: boolean },
  ) => Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: Awaited<ReturnType<typeof convertToHtml>>;
  try {
    // One unzip, shared with mammoth where the runtime allows it (Node); see runtime/*.ts.
    const zip = await zipfile.openArrayBuffer(arrayBuffer);
    const changed = await normalizeDocxSuperscripts(zip);
    result = await convertToHtml(await mammothInput(zip, arrayBuffer, changed), { ignoreEmptyParagraphs: true });
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
