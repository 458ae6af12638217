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

/**
 * Loads pdf.js once per process. This is most of what the first PDF import costs a CLI call, so:
 * - The legacy build is the one pdf.js supports in Node; it runs its parser in this thread (a
 *   "fake worker"). Its worker module (2.3 MB) is loaded here, next to the API module, instead of
 *   by pdf.js's own `import()` inside the first getDocument(): importing it sets
 *   `globalThis.pdfjsWorker`, which pdf.js then uses.
 * - tsx (which runs the CLI and the benchmarks) passes every module through its loader thread,
 *   which rewrites each dynamic `import()` and builds a high-resolution source map of the file:
 *   for pdf.mjs + pdf.worker.mjs (3.3 MB) that is ~2 s of CPU before pdf.js can run. pdf.js is
 *   plain JavaScript and needs no transform, so it is imported by file URL with a
 *   `tsx-namespace` query: tsx leaves modules of another namespace to Node's own loader. Without
 *   tsx (jest, plain Node) the query changes nothing; if tsx ever stops honouring it, pdf.js
 *   still loads, only slower.
 * - With source maps on (tsx turns them on), Node also reads and parses the maps of what it loads
 *   (2.4 MB + 5.8 MB of JSON for pdf.js). Stack traces into pdf.js's bundle are not worth that:
 *   maps are off while pdf.js loads, and back on afterwards.
 * - The legacy build bundles core-js, which replaces V8's native Array.prototype.push, JSON.parse
 *   and JSON.stringify for the whole process (their feature tests fail on edge cases such as
 *   2^32-long array-likes). The JavaScript replacements slow every push in pdf.js and in the
 *   engine: the natives are put back after loading (warm import ~25% less CPU here). Polyfills of
 *   features Node lacks (Promise.withResolvers, Uint8Array.fromBase64...) stay.
 * pdf.mjs itself requires @napi-rs/canvas at load for its DOMMatrix/ImageData/Path2D polyfills
 * (~0.1 s of CPU); it cannot be skipped without faking those globals.
 */
export function loadPdfjs(): Promise<LoadedPdfjs> {
  pdfjsPromise ??= withoutSourceMaps(() =>
    keepingNativeBuiltins(async () => {
      const [pdfjs, , resources] = await Promise.all([
        importPdfjsFile<Pdfjs>("pdf.mjs"),
        importPdfjsFile<unknown>("pdf.worker.mjs"),
        nodeResourceUrls(),
      ]);
      return { pdfjs, resources };
    }),
  );
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

/** Query that keeps a module out of tsx's transforms (see loadPdfjs). */
const OUTSIDE_TSX = "?tsx-namespace=esg-pdfjs";

async function importPdfjsFile<T>(file: string): Promise<T> {
  const specifier = `pdfjs-dist/legacy/build/${file}`;
  let url: string | undefined;
  try {
    const { pathToFileURL } = await dynamicImport<typeof import("node:url")>("node:url");
    url = pathToFileURL(require.resolve(specifier)).href + OUTSIDE_TSX;
  } catch {
    // No CommonJS `require` here: import by name (through any loader hooks).
  }
  return dynamicImport<T>(url ?? specifier);
}

async function withoutSourceMaps<T>(load: () => Promise<T>): Promise<T> {
  const enabled = typeof process.setSourceMapsEnabled === "function" && process.sourceMapsEnabled === true;
  if (enabled) process.setSourceMapsEnabled(false);
  try {
    return await load();
  } finally {
    if (enabled) process.setSourceMapsEnabled(true);
  }
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
