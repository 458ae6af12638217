/**
 * Node loaders for the ESM-only libraries. ts-jest compiles to CommonJS and would turn a literal
 * `import()` into `require()`, which cannot load ESM; a Function-built `import()` survives
 * transpilation and works under Node, tsx and jest (with --experimental-vm-modules, which
 * scripts/test.mjs sets). The browser bundle never sees this file: webpack replaces it with
 * ./browser.ts.
 */
import type { HtmlParserConstructor, LoadedPdfjs, MammothInputFor, Pdfjs, PdfResourceUrls } from "./types";

// The source is made unique per evaluation of this module: V8 reuses compiled code for an identical
// Function source, together with the import callback of the context that first compiled it. Under
// jest each test file is a new context, so a shared source would import through a torn-down one.
const dynamicImport = new Function("specifier", `return import(specifier); // ${Date.now()}-${Math.random()}`) as <T>(
  specifier: string,
) => Promise<T>;

let pdfjsPromise: Promise<LoadedPdfjs> | undefined;

/**
 * Loads pdf.js once per process. This is most of what the first PDF import costs a CLI call, so:
 * - The legacy build is the one pdf.js supports in Node; it runs its parser in this thread (a
 *   "fake worker"). Its worker module (2.3 MB) is loaded here, next to the API module, instead of
 *   by pdf.js's own `import()` inside the first getDocument(): importing it sets
 *   `globalThis.pdfjsWorker`, which pdf.js then uses.
 * - pdf.js is imported by file URL (resolved with require.resolve), not by bare name: a
 *   Function-built import() has no module of its own to resolve from, and the CLI runs from a
 *   bundle that lives elsewhere than this file.
 * - The legacy build bundles core-js, which replaces V8's native Array.prototype.push, JSON.parse
 *   and JSON.stringify for the whole process (their feature tests fail on edge cases such as
 *   2^32-long array-likes). The JavaScript replacements slow every push in pdf.js and in the
 *   engine: the natives are put back after loading (warm import ~25% less CPU here). Polyfills of
 *   features Node lacks (Promise.withResolvers, Uint8Array.fromBase64...) stay.
 * pdf.mjs itself requires @napi-rs/canvas at load for its DOMMatrix/ImageData/Path2D polyfills
 * (~0.1 s of CPU); it cannot be skipped without faking those globals.
 */
export function loadPdfjs(): Promise<LoadedPdfjs> {
  pdfjsPromise ??= keepingNativeBuiltins(async () => {
    const [pdfjs, , resources] = await Promise.all([
      importPdfjsFile<Pdfjs>("pdf.mjs"),
      importPdfjsFile<unknown>("pdf.worker.mjs"),
      nodeResourceUrls(),
    ]);
    return { pdfjs, resources };
  });
  return pdfjsPromise;
}

/** Built-ins whose native methods the legacy build's core-js may replace. */
const BUILTINS: object[] = [Array, Array.prototype, JSON, Object, Promise, String.prototype, Map.prototype, Set.prototype, Math];

/** Runs `load`, then restores any native method of BUILTINS that it replaced (added ones stay). */
async function keepingNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const natives = BUILTINS.map((target) => {
    const methods = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (d && typeof d.value === "function") methods.set(key, d);
    }
    return { target, methods };
  });
  try {
    return await load();
  } finally {
    for (const { target, methods } of natives)
      for (const [key, d] of methods) if (Object.getOwnPropertyDescriptor(target, key)?.value !== d.value) Object.defineProperty(target, key, d);
  }
}

async function importPdfjsFile<T>(file: string): Promise<T> {
  const { pathToFileURL } = await dynamicImport<typeof import("node:url")>("node:url");
  return dynamicImport<T>(pathToFileURL(require.resolve(`pdfjs-dist/legacy/build/${file}`)).href);
}

async function nodeResourceUrls(): Promise<PdfResourceUrls> {
  try {
    const { dirname, join, sep } = await dynamicImport<typeof import("node:path")>("node:path");
    const root = dirname(require.resolve("pdfjs-dist/package.json"));
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
