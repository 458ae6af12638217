/**
 * Decides which importer reads a file, from its extension and its first bytes. Magic bytes win
 * over the extension when they identify a format we read (a PDF saved as .txt is still a PDF);
 * files we cannot read get an "unsupported_type" error that says what to do instead.
 */
import { DocumentImportError, type DocumentFormat } from "./types";

export interface DetectedFormat {
  format: DocumentFormat;
  /** Set when the content disagreed with the extension. */
  warning?: string;
}

const EXTENSION_FORMATS: Record<string, DocumentFormat> = {
  pdf: "pdf",
  docx: "docx",
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "md",
  markdown: "md",
  txt: "txt",
  text: "txt",
  csv: "txt",
  tsv: "txt",
};

/** Formats people try that we do not read, with the advice to give. */
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  doc: "Legacy Word (.doc) files are not supported. Open the file in Word and save it as .docx or PDF, then import that.",
  rtf: "Rich Text (.rtf) files are not supported. Save the file as .docx or PDF, then import that.",
  odt: "OpenDocument (.odt) files are not supported. Save the file as .docx or PDF, then import that.",
  xls: "Spreadsheets (.xls) are not supported as reports. Save the data as .csv or the report as PDF, then import that.",
  xlsx: "Spreadsheets (.xlsx) are not supported as reports. Save the sheet as .csv, or import the report PDF instead.",
  xlsm: "Spreadsheets (.xlsm) are not supported as reports. Save the sheet as .csv, or import the report PDF instead.",
  ppt: "PowerPoint files are not supported. Export the slides as PDF, then import that.",
  pptx: "PowerPoint files are not supported. Export the slides as PDF, then import that.",
  zip: "Zip archives are not supported. Unzip the archive and import the report inside it.",
  rar: "Archives are not supported. Extract the archive and import the report inside it.",
  "7z": "Archives are not supported. Extract the archive and import the report inside it.",
  gz: "Compressed files are not supported. Decompress the file and import the report inside it.",
  png: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  jpg: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  jpeg: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  gif: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  tif: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  tiff: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  bmp: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
  webp: "Images are not supported: reading text from pictures needs OCR. Import the report's PDF or text instead.",
};

type Magic = "pdf" | "zip" | "ole" | "image" | "rtf" | "gzip" | "rar" | "7z" | "html" | "none";

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

/** Finds an ASCII string in the first `limit` bytes. */
export function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function sniffMagic(bytes: Uint8Array): Magic {
  // The PDF header may follow a little junk (the spec tolerates it within the first 1 KB).
  if (containsAscii(bytes, "%PDF-", 1024)) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || // PNG
    startsWith(bytes, [0xff, 0xd8, 0xff]) || // JPEG
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) || // GIF
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF little-endian
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF big-endian
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) // WEBP
  )
    return "image";
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf"; // {\rtf
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip";
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return "rar";
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return "7z";
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  return "none";
}

function unsupported(fileName: string, advice: string): DocumentImportError {
  return new DocumentImportError("unsupported_type", `${fileName} cannot be imported. ${advice}`);
}

function zipKind(bytes: Uint8Array): "docx" | "xlsx" | "pptx" | "odf" | "zip" {
  // Zip entry names are stored uncompressed, so the package layout shows in the raw bytes.
  if (containsAscii(bytes, "word/")) return "docx";
  if (containsAscii(bytes, "xl/workbook")) return "xlsx";
  if (containsAscii(bytes, "ppt/presentation")) return "pptx";
  if (containsAscii(bytes, "mimetypeapplication/vnd.oasis.opendocument", 200)) return "odf";
  return "zip";
}

export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  const ext = fileExtension(fileName);
  const byExtension = EXTENSION_FORMATS[ext];
  const magic = sniffMagic(bytes);
  const mismatch = (format: DocumentFormat): DetectedFormat => ({
    format,
    warning: byExtension && byExtension !== format ? `${fileName} is named .${ext} but contains ${format.toUpperCase()}; read it as ${format.toUpperCase()}.` : undefined,
  });

  switch (magic) {
    case "pdf":
      return mismatch("pdf");
    case "zip": {
      const kind = zipKind(bytes);
      if (kind === "docx") return mismatch("docx");
      if (kind === "xlsx") throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.xlsx);
      if (kind === "pptx") throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.pptx);
      if (kind === "odf") throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.odt);
      if (ext === "docx")
        throw new DocumentImportError("corrupt", `${fileName} is not a valid Word document (it is a zip archive without Word content). Re-save it from Word as .docx or PDF and import again.`);
      throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.zip);
    }
    case "ole":
      // Password-protected .docx files are stored in this same legacy container.
      if (ext === "docx")
        throw new DocumentImportError("encrypted", `${fileName} is password-protected (or is an old .doc file renamed). Open it in Word, remove the password (File > Info > Protect Document) and save as .docx, then import again.`);
      throw unsupported(fileName, UNSUPPORTED_EXTENSIONS[ext] ?? "Legacy Office files (.doc, .xls, .ppt) are not supported. Save the file as .docx or PDF, then import that.");
    case "image":
      throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.png);
    case "rtf":
      throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.rtf);
    case "gzip":
    case "rar":
    case "7z":
      throw unsupported(fileName, UNSUPPORTED_EXTENSIONS.zip);
    case "html":
      return byExtension === "md" || byExtension === "txt" ? { format: byExtension } : mismatch("html");
    case "none":
      break;
  }
  if (UNSUPPORTED_EXTENSIONS[ext]) throw unsupported(fileName, UNSUPPORTED_EXTENSIONS[ext]);
  if (byExtension === "pdf")
    throw new DocumentImportError("corrupt", `${fileName} is not a valid PDF (the file does not start with a PDF header). It may be damaged or only partly downloaded; download it again.`);
  if (byExtension === "docx")
    throw new DocumentImportError("corrupt", `${fileName} is not a valid Word document (.docx files are zip packages; this one is not). It may be damaged; re-save it from Word and import again.`);
  if (byExtension) return { format: byExtension };
  // Unknown or missing extension: treat as text; the text importer rejects binary content clearly.
  return { format: "txt", warning: ext ? `${fileName} has an unknown extension (.${ext}); read it as plain text.` : undefined };
}
