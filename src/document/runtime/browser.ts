/**
 * Browser loaders (webpack swaps ./node.ts for this file; see webpack.config.js). The task pane
 * runs importDocument inside its own Web Worker, so pdf.js parses in that same thread: setting
 * `globalThis.pdfjsWorker` to the worker module makes pdf.js use its in-thread ("fake") worker,
 * which needs no separate worker file or URL. webpack bundles pdf.js and its worker as lazy
 * chunks. If a caller prefers a real nested worker, call `setPdfWorkerSrc(url)` first (the URL of
 * a copied `pdf.worker.min.mjs`).
 * CMaps (for CJK PDFs whose fonts are not embedded) are copied by webpack to `pdfjs/cmaps/` next
 * to the bundle; `setPdfResourceUrls` overrides where they are fetched from.
 */
import type { HtmlParserConstructor, LoadedPdfjs, Pdfjs, PdfResourceUrls } from "./types";

let pdfjsPromise: Promise<LoadedPdfjs> | undefined;
let workerSrc: string | undefined;
let resourceUrls: PdfResourceUrls | undefined;

export function setPdfWorkerSrc(url: string): void {
  workerSrc = url;
}

export function setPdfResourceUrls(urls: PdfResourceUrls): void {
  resourceUrls = urls;
}

function defaultResourceUrls(): PdfResourceUrls {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  if (!base) return {};
  return { cMapUrl: new URL("pdfjs/cmaps/", base).href, standardFontDataUrl: new URL("pdfjs/standard_fonts/", base).href };
}

export function loadPdfjs(): Promise<LoadedPdfjs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = (await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/build/pdf.mjs")) as unknown as Pdfjs;
    if (workerSrc) {
      pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
    } else {
      const holder = globalThis as { pdfjsWorker?: unknown };
      holder.pdfjsWorker ??= await import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/build/pdf.worker.min.mjs");
    }
    return { pdfjs, resources: resourceUrls ?? defaultResourceUrls() };
  })();
  return pdfjsPromise;
}

export async function loadHtmlParser(): Promise<HtmlParserConstructor> {
  const { Parser } = await import(/* webpackChunkName: "htmlparser2" */ "htmlparser2");
  return Parser;
}
