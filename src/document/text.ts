import { decodeTextBytes } from "./encoding";
import { documentFromText, type SourceDocument } from "./types";

/** Plain text: one DocumentLine per line of the file, after encoding detection. */
export function importText(bytes: Uint8Array, fileName: string): SourceDocument {
  const decoded = decodeTextBytes(bytes, fileName);
  const doc = documentFromText(stripBom(decoded.text), fileName, "txt");
  if (decoded.guessed || decoded.encoding !== "utf-8") doc.warnings.push(`Decoded ${fileName} as ${decoded.encoding.toUpperCase()}.`);
  return doc;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
