/**
 * Opens a PDF with pdf.js and turns its failures into analyst-facing errors.
 */
import type { PDFDocumentProxy } from "pdfjs-dist";
import type { Deadline } from "../limits";
import { loadPdfjs } from "../runtime/node";
import type { Pdfjs } from "../runtime/types";
import { DocumentImportError } from "../types";

export interface OpenedPdf {
  pdfjs: Pdfjs;
  doc: PDFDocumentProxy;
  close(): Promise<void>;
}

function errorName(error: unknown): string {
  return (error as { name?: string })?.name ?? "";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function pdfOpenError(error: unknown, fileName: string): DocumentImportError {
  if (error instanceof DocumentImportError) return error;
  const name = errorName(error);
  if (name === "PasswordException")
    return new DocumentImportError(
      "encrypted",
      `${fileName} is password-protected. Open it with its password in a PDF reader, save or print an unprotected copy ("Save as PDF"), and import that copy.`,
    );
  return new DocumentImportError(
    "corrupt",
    `${fileName} could not be read as a PDF (${errorMessage(error).slice(0, 120)}). The file may be damaged or only partly downloaded: download it again, or open it in a PDF reader and save a new copy.`,
  );
}

export async function openPdf(bytes: Uint8Array, fileName: string, deadline: Deadline): Promise<OpenedPdf> {
  const { pdfjs, resources } = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js takes ownership of (detaches) the buffer it is given, and rejects Node Buffers
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // pdf.js would wait for a password forever; fail instead.
  const passwordError = new Promise<never>((_, reject) => {
    task.onPassword = () => reject(Object.assign(new Error("password required"), { name: "PasswordException" }));
  });
  try {
    const doc = await deadline.race(Promise.race([task.promise, passwordError]), () => void task.destroy());
    return { pdfjs, doc, close: () => task.destroy() };
  } catch (error) {
    void task.destroy();
    throw pdfOpenError(error, fileName);
  }
}
