/**
 * Shared by the e2e tests and bench/taskpane.ts: build the bundle when stale, serve it on
 * 127.0.0.1, launch Debian's Chromium through playwright-core (never any external network).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
/** The tests' own bundle: never dist/, which `npm run build` fills with a production build that loads Office.js from Microsoft's CDN. */
export const DIST = join(ROOT, "test-output", "e2e-dist");
export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Sources that go into the bundle: when any is newer than the bundle, rebuild. */
const BUNDLE_SOURCES = ["taskpane", "src", "functions", "webpack.config.js", "package.json", "manifest.xml"];

export function bundleIsStale(outDir: string = DIST): boolean {
  const built = join(outDir, "taskpane.js");
  if (!existsSync(join(outDir, "taskpane.html")) || !existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUNDLE_SOURCES.some((s) => newestMtime(join(ROOT, s)) > builtAt);
}

export interface BuildOptions {
  mode?: "development" | "production";
  /** Output folder (default test-output/e2e-dist/). */
  outDir?: string;
  log?: (s: string) => void;
}

/**
 * Builds the bundle when it is missing or older than the sources: by default test-output/e2e-dist/ in development
 * mode (office.js copied locally). Production builds for the benchmark also copy office.js locally.
 */
export function ensureBuilt({ mode = "development", outDir = DIST, log = console.log }: BuildOptions = {}): void {
  if (!bundleIsStale(outDir)) return;
  log(`Building the task pane bundle (webpack --mode ${mode}) into ${outDir}…`);
  const webpackCli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [webpackCli, "--mode", mode];
  if (mode === "production") args.push("--env", "officejs=local");
  args.push("--output-path", resolve(outDir));
  // Serialise with other runs of these tests and the benchmark on this machine.
  const opts = { cwd: ROOT, encoding: "utf8" as const, maxBuffer: 64 * 1024 * 1024 };
  let r = spawnSync("flock", ["/tmp/esg-webpack-e2e.lock", process.execPath, ...args], opts);
  if (r.error) r = spawnSync(process.execPath, args, opts); // no flock on this machine
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A tiny static file server for the bundle on 127.0.0.1 (random port). */
export async function serveDir(dir: string = DIST): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Chromium with a fresh temporary profile (chromium.launch makes one per launch). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
