/**
 * Task pane speed: from dropping the largest corpus report (004, 294 KB) on the pane to a
 * reviewable grid, in Chromium, on the production bundle (office.js served locally).
 * Measured with performance marks in the page: "esg-import-start" (drop handler) →
 * "esg-grid-painted" (first frame painted after the grid rendered the new report).
 *   npm run bench -- taskpane            production bundle in test-output/bench-dist (built if stale)
 *   BENCH_DEV=1 npm run bench -- taskpane   the development bundle in dist/ (slower: dev React, eval source maps)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromiumAvailable, DIST, ensureBuilt, launchChromium, ROOT, serveDir } from "../test/e2e/support";

const FILE = "/work/shared/corpus/004_9e6cc86f74c9154c.txt";
const BUDGET_MS = 1000;
const WARM_RUNS = 5;
const dev = process.env.BENCH_DEV === "1";

async function main() {
  if (!chromiumAvailable()) {
    console.log("SKIPPED: /usr/bin/chromium is missing (apt-get install -y chromium).");
    process.exit(process.env.CI ? 1 : 0);
  }
  const outDir = dev ? DIST : join(ROOT, "test-output", "bench-dist");
  ensureBuilt({ mode: dev ? "development" : "production", outDir });
  const server = await serveDir(outDir);
  const browser = await launchChromium();
  const text = readFileSync(FILE, "utf8");
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.route((url) => !url.toString().startsWith(server.url), (route) => route.abort());
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("host-mode").getByText("Browser mode").waitFor({ timeout: 30_000 });

    const dropOnce = async (name: string) => {
      await page.evaluate(
        ({ text, name }) => {
          performance.clearMarks();
          const dt = new DataTransfer();
          dt.items.add(new File([text], name, { type: "text/plain" }));
          document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        { text, name },
      );
      await page.waitForFunction(() => performance.getEntriesByName("esg-grid-painted").length > 0, undefined, { timeout: 30_000 });
      // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
      const marks: { document: number; rendered: number; painted: number } = await page.evaluate(`(() => {
        const t = (n) => (performance.getEntriesByName(n)[0] || { startTime: NaN }).startTime;
        const start = t("esg-import-start");
        return { document: t("esg-document-received") - start, rendered: t("esg-grid-rendered") - start, painted: t("esg-grid-painted") - start };
      })()`);
      const rows = await page.getByTestId("record-row").count();
      return { ...marks, rows };
    };

    // Cold: the first drop after the pane opened (worker started and warmed while idle, as for an analyst).
    await page.waitForTimeout(500);
    const cold = await dropOnce("004-cold.txt");
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await dropOnce(`004-warm-${i}.txt`));
    const sorted = warm.map((w) => w.painted).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const f = (n: number) => `${Math.round(n)} ms`;
    console.log(`task pane ${dev ? "(development bundle)" : "(production bundle)"}, ${FILE.split("/").pop()} (${Math.round(text.length / 1024)} KB), Chromium headless`);
    console.log(`  first drop → grid painted: ${f(cold.painted)} (worker result ${f(cold.document)}, grid rendered ${f(cold.rendered)}), ${cold.rows} rows rendered`);
    console.log(`  next ${WARM_RUNS} drops → grid painted: median ${f(median)}, max ${f(sorted[sorted.length - 1])}`);
    const worst = Math.max(cold.painted, median);
    console.log(`  budget ${BUDGET_MS} ms: ${worst < BUDGET_MS ? "OK" : "OVER"}`);
    if (cold.rows === 0) console.log("  note: the engine returned no records for this file");
    process.exitCode = worst < BUDGET_MS ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
