/**
 * The ESM-only libraries the importers need, loaded on demand. Two implementations exist:
 * `node.ts` (Node, tsx, jest) and `browser.ts` (webpack bundle, task pane worker). webpack swaps
 * the first for the second with a NormalModuleReplacementPlugin (see webpack.config.js).
 */
import type * as PdfjsModule from "pdfjs-dist";
import type { Parser as HtmlParser } from "htmlparser2";

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
