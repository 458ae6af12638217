/**
 * PDF import: every page's positioned text becomes lines in reading order, with tables rebuilt
 * as TAB-separated rows, and each line carries its page number.
 */
import type { PDFPageProxy } from "pdfjs-dist";
import type { Deadline } from "../limits";
import type { Pdfjs } from "../runtime/types";
import { DocumentImportError, type DocumentLine, type SourceDocument } from "../types";
import { positionItems, type PdfTextItem } from "./items";
import { openPdf } from "./load";
import { itemsToRows } from "./rows";
import { rowsToLines } from "./tables";

export interface PdfImportOptions {
  deadline: Deadline;
  onProgress?: (fraction: number) => void;
}

/** Pages with fewer visible characters than this count as having no text (scanned or blank). */
const MIN_TEXT_CHARS_PER_PAGE = 5;

/** Text lines of one page, tables rebuilt. Exported for tests that feed synthetic items. */
export function pageItemsToLines(items: PdfTextItem[], viewportTransform: number[], util: Pdfjs["Util"]): string[] {
  const lines: string[] = [];
  for (const group of positionItems(items, viewportTransform, util)) lines.push(...rowsToLines(itemsToRows(group.items)));
  return lines;
}

async function readPage(page: PDFPageProxy, pdfjs: Pdfjs): Promise<string[]> {
  const viewport = page.getViewport({ scale: 1 });
  // pdf.js normalizes every item unless told not to; rows.ts splits ligatures in cells instead.
  const content = await page.getTextContent({ disableNormalization: true });
  const items = content.items.filter((item): item is PdfTextItem & (typeof content.items)[number] => "str" in item);
  page.cleanup();
  return pageItemsToLines(items, viewport.transform, pdfjs.Util);
}

function pageList(pages: number[]): string {
  return pages.length > 8 ? `${pages.slice(0, 8).join(", ")} and ${pages.length - 8} more` : pages.join(", ");
}

export async function importPdf(bytes: Uint8Array, fileName: string, options: PdfImportOptions): Promise<SourceDocument> {
  const { deadline } = options;
  const { pdfjs, doc, close } = await openPdf(bytes, fileName, deadline);
  try {
    const lines: DocumentLine[] = [];
    const warnings: string[] = [];
    const textlessPages: number[] = [];
    const failedPages: number[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      deadline.check();
      let pageLines: string[];
      try {
        const page = await deadline.race(doc.getPage(pageNumber));
        pageLines = await deadline.race(readPage(page, pdfjs));
      } catch (error) {
        if (error instanceof DocumentImportError) throw error;
        failedPages.push(pageNumber); // a damaged page should not cost the rest of the report
        pageLines = [];
      }
      if (pageLines.join("").replace(/\s/g, "").length < MIN_TEXT_CHARS_PER_PAGE) textlessPages.push(pageNumber);
      for (const text of pageLines) lines.push({ text, line: lines.length + 1, page: pageNumber });
      options.onProgress?.(pageNumber / doc.numPages);
    }
    if (failedPages.length === doc.numPages)
      throw new DocumentImportError("corrupt", `${fileName} is damaged: none of its ${doc.numPages} pages could be read. Download the file again or save a new copy from a PDF reader.`);
    if (lines.length === 0 || textlessPages.length === doc.numPages)
      throw new DocumentImportError(
        "no_text_layer",
        `${fileName} has no text layer (it looks scanned: its pages are images). OCR is not supported; run the PDF through an OCR tool (e.g. Adobe Acrobat "Recognize Text") or import the report's text version.`,
      );
    if (failedPages.length) warnings.push(`Pages ${pageList(failedPages)} of ${fileName} are damaged and were skipped.`);
    const scanned = textlessPages.filter((p) => !failedPages.includes(p));
    if (scanned.length) warnings.push(`Pages ${pageList(scanned)} have no text (scanned images or blank); their figures cannot be read.`);
    return { fileName, format: "pdf", lines, pageCount: doc.numPages, warnings };
  } finally {
    await close();
  }
}
