/**
 * Node loaders for the ESM-only libraries. ts-jest compiles to CommonJS and would turn a literal
 * `import()` into `require()`, which cannot load ESM; a Function-built `import()` survives
 * transpilation and works under Node, tsx and jest (with --experimental-vm-modules, which
 * scripts/test.mjs sets). The browser bundle never sees this file: webpack replaces it with
 * ./browser.ts.
 */
import type { HtmlParserConstructor, LoadedPdfjs, MammothInputFor, Pdfjs, PdfResourceUrls } from "./types";

const dynamicImport = new Function("specifier", "return import(specifier)") as <T>(specifier: string) => Promise<T>;

let pdfjsPromise: Promise<LoadedPdfjs> | undefined;

export function loadPdfjs(): Promise<LoadedPdfjs> {
  pdfjsPromise ??= (async () => {
    // The legacy build is the one pdf.js supports in Node; it runs its parser in this thread.
    const pdfjs = await dynamicImport<Pdfjs>("pdfjs-dist/legacy/build/pdf.mjs");
    return { pdfjs, resources: await nodeResourceUrls() };
  })();
  return pdfjsPromise;
}

async function nodeResourceUrls(): Promise<PdfResourceUrls> {
  try {
    const { createRequire } = await dynamicImport<typeof import("node:module")>("node:module");
    const { dirname, join, sep } = await dynamicImport<typeof import("node:path")>("node:path");
    const root = dirname(createRequire(join(process.cwd(), "noop.js")).resolve("pdfjs-dist/package.json"));
    return { cMapUrl: join(root, "cmaps") + sep, standardFontDataUrl: join(root, "standard_fonts") + sep };
  } catch {
    return {}; // pdf.js still extracts text from embedded fonts without them.
  }
}

export async function loadHtmlParser(): Promise<HtmlParserConstructor> {
  const { Parser } = await dynamicImport<typeof import("htmlparser2")>("htmlparser2");
  return Parser;
}

/** mammoth's Node build reads the opened zip directly (`{ file }`): no second unzip, no re-zip. */
export const mammothInput: MammothInputFor = async (zip) => ({ file: zip });
