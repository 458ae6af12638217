/**
 * The ESM-only libraries the importers need, loaded on demand. Two implementations exist:
 * `node.ts` (Node, tsx, jest) and `browser.ts` (webpack bundle, task pane worker). webpack swaps
 * the first for the second with a NormalModuleReplacementPlugin (see webpack.config.js).
 */
import type * as PdfjsModule from "pdfjs-dist";
import type { Parser as HtmlParser } from "htmlparser2";
import type { MammothZipFile } from "mammoth/lib/zipfile";

export type Pdfjs = typeof PdfjsModule;
export type HtmlParserConstructor = typeof HtmlParser;

export interface PdfResourceUrls {
  /** Where pdf.js finds the predefined CMaps (needed by CJK PDFs whose fonts are not embedded). */
  cMapUrl?: string;
  /** Where pdf.js finds the standard 14 font data. */
  standardFontDataUrl?: string;
}

export interface LoadedPdfjs {
  pdfjs: Pdfjs;
  resources: PdfResourceUrls;
}

/**
 * What to hand mammoth for a .docx already opened (and possibly rewritten) as `zip`: its Node
 * build takes the opened zip itself; its browser build only takes bytes, so a rewritten zip is
 * zipped again there. `original` is the file as read, `changed` whether `zip` was rewritten.
 */
export type MammothInputFor = (zip: MammothZipFile, original: ArrayBuffer, changed: boolean) => Promise<object>;
