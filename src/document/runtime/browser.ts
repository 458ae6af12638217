/**
 * Browser loaders (webpack swaps ./node.ts for this file; see webpack.config.js). pdf.js is a
 * lazy chunk; its parser runs in pdf.js's own worker, started from `pdfjs/pdf.worker.min.mjs`,
 * which webpack copies next to the bundle (CopyWebpackPlugin). That works from the page and from
 * the task pane's Web Worker (a nested worker). pdf.js's in-thread "fake worker" is not used: its
 * module takes over the message port of any worker that imports it.
 * `setPdfWorkerSrc(url)` and `setPdfResourceUrls(...)` override the default URLs, which are
 * resolved against the running script's location (the bundle's folder).
 */
import type { HtmlParserConstructor, LoadedPdfjs, MammothInputFor, Pdfjs, PdfResourceUrls } from "./types";

let pdfjsPromise: Promise<LoadedPdfjs> | undefined;
let workerSrc: string | undefined;
let resourceUrls: PdfResourceUrls | undefined;

export function setPdfWorkerSrc(url: string): void {
  workerSrc = url;
}

export function setPdfResourceUrls(urls: PdfResourceUrls): void {
  resourceUrls = urls;
}

function bundleUrl(path: string): string | undefined {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  return base ? new URL(path, base).href : undefined;
}

function defaultResourceUrls(): PdfResourceUrls {
  return { cMapUrl: bundleUrl("pdfjs/cmaps/"), standardFontDataUrl: bundleUrl("pdfjs/standard_fonts/") };
}

export function loadPdfjs(): Promise<LoadedPdfjs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = (await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/build/pdf.mjs")) as unknown as Pdfjs;
    // pdf.js only starts its worker itself from a page (it reads window.location); inside the task
    // pane's worker we start it and hand over the port, which works in both places.
    const src = workerSrc ?? bundleUrl("pdfjs/pdf.worker.min.mjs");
    if (!pdfjs.GlobalWorkerOptions.workerPort && src) pdfjs.GlobalWorkerOptions.workerPort = new Worker(src, { type: "module" });
    return { pdfjs, resources: resourceUrls ?? defaultResourceUrls() };
  })();
  return pdfjsPromise;
}

export async function loadHtmlParser(): Promise<HtmlParserConstructor> {
  const { Parser } = await import(/* webpackChunkName: "htmlparser2" */ "htmlparser2");
  return Parser;
}

/** mammoth's browser build only opens bytes (`{ arrayBuffer }`): re-zip only when something was rewritten. */
export const mammothInput: MammothInputFor = async (zip, original, changed) => ({ arrayBuffer: changed ? await zip.toArrayBuffer() : original });
