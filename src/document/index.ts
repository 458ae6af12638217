import { DocumentImportError, documentFromText, type SourceDocument } from "./types";

export * from "./types";

/** One entry point for every format: bytes plus a file name in, the document model out. */
export async function importDocument(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (bytes.length === 0) throw new DocumentImportError("empty", `${fileName} is empty.`);
  const text = new TextDecoder("utf-8").decode(bytes);
  return documentFromText(text, fileName, "txt");
}
