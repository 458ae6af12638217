/**
 * The built task pane in a real Chromium, in browser mode (office.js loads, Office.onReady gives
 * host null): import a corpus report, review its records with their evidence, edit one, populate,
 * and check the downloaded .xlsx with exceljs. The pane runs at a task pane's size (380 × 900; Excel's
 * pane is 320–450 px wide), with one wide check. Screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from "@jest/globals";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { CHECKS_SHEET_NAME, DATA_SHEET_NAME, SOURCES_SHEET_NAME } from "../../src/dataset/schema";
import { chromiumAvailable, ensureBuilt, launchChromium, ROOT, SCREENSHOTS, serveDir, type StaticServer } from "./support";

const CORPUS = "/work/shared/corpus";
const JLMAG = join(CORPUS, "002_2048569ac2ce44f6.txt");
const hasChromium = chromiumAvailable();

if (!hasChromium) {
  if (process.env.CI) throw new Error("/usr/bin/chromium is missing: install it (apt-get install -y chromium) to run the e2e tests.");
  console.warn("SKIPPED: task pane e2e tests need /usr/bin/chromium (apt-get update && apt-get install -y chromium).");
}
const describeBrowser = hasChromium ? describe : describe.skip;
jest.setTimeout(90_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const externalRequests: string[] = [];

/** A task pane as analysts see it (Excel on Windows opens it ~350 px wide), and a wide browser window. */
const PANE = { width: 380, height: 900 };
const WIDE = { width: 1000, height: 900 };

async function shot(name: string, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Nothing sticks out sideways: the page has no horizontal scrollbar at this width. */
function horizontalOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function openPane(): Promise<Page> {
  const p = await browser.newPage({ viewport: PANE, acceptDownloads: true });
  p.on("pageerror", (e) => pageErrors.push(e.message));
  const local = (url: string) => url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:");
  await p.route((url) => !local(url.toString()), (route) => {
    if (!OFFICE_TELEMETRY.test(route.request().url())) externalRequests.push(route.request().url());
    return route.abort();
  });
  await p.goto(`${server.url}/taskpane.html`);
  await p.getByTestId("host-mode").getByText("Browser mode").waitFor({ timeout: 20_000 });
  return p;
}

/** The grid row of a metric and year (rows show the metric id and the year). */
function row(metricId: string, year: number) {
  return page.getByTestId("record-row").filter({ hasText: metricId }).filter({ has: page.locator("td", { hasText: new RegExp(`^${year}$`) }) });
}

/** Scrolls the (windowed) grid until that row is rendered; resolves to its count (0 or 1). */
async function scrollToRow(metricId: string, year: number): Promise<number> {
  const grid = page.getByTestId("record-grid");
  const settle = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await grid.evaluate((el) => (el.scrollTop = 0));
  await settle();
  for (let i = 0; i < 200; i++) {
    const n = await row(metricId, year).count();
    if (n > 0) {
      await row(metricId, year).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await settle();
      return row(metricId, year).count();
    }
    const atEnd = await grid.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight - 60;
      return el.scrollTop === before;
    });
    if (atEnd) return 0;
    await settle();
  }
  return 0;
}

/**
 * docs/taskpane.png: the pane at task-pane width while reviewing: grid scrolled to the selected
 * record, its details and evidence below (the import controls above are cropped off).
 */
async function docsScreenshot() {
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  const top = await page.getByTestId("report-file").evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 8);
  const bottom = await page.getByTestId("evidence").evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY + 12);
  await page.screenshot({ path: join(ROOT, "docs", "taskpane.png"), fullPage: true, clip: { x: 0, y: top, width: PANE.width, height: bottom - top } });
}

/** office.js outside Office tries its telemetry frame; the tests keep every request on 127.0.0.1. */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

describeBrowser("task pane in Chromium (browser mode)", () => {
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDir();
    browser = await launchChromium();
    page = await openPane();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("opens in browser mode with the import controls", async () => {
    await expect(page.getByRole("button", { name: "Choose files…" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("textbox", { name: "Or paste report text" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Populate and download .xlsx" }).isDisabled()).resolves.toBe(true);
    await expect(page.locator("main").getAttribute("data-layout")).resolves.toBe("compact");
    await expect(horizontalOverflow()).resolves.toBe(0);
    await shot("01-empty");
  });

  test("imports a corpus report through the worker: company, year and records with their evidence", async () => {
    await page.setInputFiles('[data-testid="file-input"]', JLMAG);
    await page.getByTestId("report-file").waitFor({ timeout: 30_000 });
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId("report-file").textContent()).resolves.toContain("002_2048569ac2ce44f6.txt");
    await expect(page.getByRole("textbox", { name: "Company" }).inputValue()).resolves.toMatch(/JL MAG/);
    await expect(page.getByRole("textbox", { name: "Report year" }).inputValue()).resolves.toBe("2024");

    const count = await page.getByTestId("record-row").count();
    expect(count).toBeGreaterThan(0);
    // Compact grid: four columns, labelled and sortable; nothing wider than the pane.
    const headers = await page.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["Metric", "Year", "Value", "Conf."]);
    await expect(page.getByRole("grid").getAttribute("aria-colcount")).resolves.toBe("4");
    await expect(horizontalOverflow()).resolves.toBe(0);
    await shot("02-imported");

    // Scope 1 for 2024 is 6,436.68 tCO2e, on the KPI table's "GHG emission (Scope 1)" line.
    await page.getByRole("combobox", { name: "Category" }).selectOption("E");
    await expect(scrollToRow("ghg_scope1", 2024)).resolves.toBe(1);
    const scope1 = row("ghg_scope1", 2024);
    await expect(scope1.getByTestId("record-value").textContent()).resolves.toBe("6,436.68");
    await scope1.click();
    const evidence = page.getByTestId("evidence");
    await expect(evidence.locator('li[aria-current="true"]').textContent()).resolves.toContain("GHG emission (Scope 1)");
    await expect(evidence.locator('li[aria-current="true"] mark').textContent()).resolves.toBe("6,436.68");
    await expect(evidence.locator("li").count()).resolves.toBe(7);
    // The printed figure and the source, not in the compact grid, are in the details panel.
    const details = page.getByTestId("record-details");
    await expect(details.textContent()).resolves.toMatch(/Printed6,436\.68 tCO.*Sourceline \d+/);
    await expect(horizontalOverflow()).resolves.toBe(0);
    await shot("03-evidence");
  });

  test("edits a value from the keyboard and rejects a record", async () => {
    const scope1 = row("ghg_scope1", 2024);
    await scope1.focus();
    await page.keyboard.press("Enter");
    const value = page.getByTestId("record-editor").getByRole("textbox", { name: /Value/ });
    await expect(value.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await value.fill("6500.5");
    await page.keyboard.press("Enter");
    await expect(scope1.getByTestId("record-value").textContent()).resolves.toBe("6,500.5");
    await expect(scope1.textContent()).resolves.toContain("edited");

    // The compact grid has no Reject column: Delete on the row rejects it.
    const scope1Prior = row("ghg_scope1", 2022);
    if ((await scrollToRow("ghg_scope1", 2022)) === 1) {
      await scope1Prior.click();
      await page.keyboard.press("Delete");
      await expect(scope1Prior.textContent()).resolves.toContain("rejected");
    }
    await scrollToRow("ghg_scope1", 2024);
    await scope1.click();
    await shot("04-edited");
    // Updating the README picture is opt-in (UPDATE_DOCS_SCREENSHOT=1 npm test -- test/e2e), so test runs leave the tree clean.
    if (process.env.UPDATE_DOCS_SCREENSHOT === "1") await docsScreenshot();
  });

  test("in a wide browser window the grid shows every column and the details sit side by side", async () => {
    await page.setViewportSize(WIDE);
    await page.locator('main[data-layout="wide"]').waitFor();
    const headers = await page.getByRole("columnheader").allTextContents();
    expect(headers).toEqual(["Metric", "Year", "Value", "Unit", "Printed", "Conf.", "Flags", "Source", "Action"]);
    await scrollToRow("ghg_scope1", 2024);
    await expect(row("ghg_scope1", 2024).textContent()).resolves.toContain("6,436.68 tCO");
    const [editor, evidence] = await Promise.all([page.getByTestId("record-editor").boundingBox(), page.getByTestId("evidence").boundingBox()]);
    expect(evidence!.x).toBeGreaterThan(editor!.x + editor!.width - 1);
    await expect(horizontalOverflow()).resolves.toBe(0);
    await shot("04-edited-wide");
    await page.setViewportSize(PANE);
    await page.locator('main[data-layout="compact"]').waitFor();
  });

  test("populates: the .xlsx download has the ESG sheets, the edited value and no rejected record", async () => {
    await page.getByRole("combobox", { name: "Category" }).selectOption("all");
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page.getByRole("button", { name: "Populate and download .xlsx" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const out = join(ROOT, "test-output", "e2e-populated.xlsx");
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    await file.saveAs(out);
    const summary = page.getByTestId("populate-summary");
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/\d+ added/);
    await shot("05-populated");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining([DATA_SHEET_NAME, SOURCES_SHEET_NAME, CHECKS_SHEET_NAME]));

    const data = wb.getWorksheet(DATA_SHEET_NAME)!;
    const header = (data.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    for (const name of ["Company", "Year", "Metric ID", "Value", "Status", "Evidence"]) expect(col(name)).toBeGreaterThan(0);
    const rows: Record<string, unknown>[] = [];
    data.eachRow((r, i) => {
      if (i === 1) return;
      const cell = (name: string) => {
        const v = r.getCell(col(name)).value as unknown;
        return v && typeof v === "object" && "result" in (v as object) ? (v as { result: unknown }).result : v;
      };
      rows.push({ company: cell("Company"), year: cell("Year"), metric: cell("Metric ID"), value: cell("Value"), status: cell("Status"), evidence: cell("Evidence") });
    });
    const accepted = Number((await page.getByText(/accepted records? from/).textContent())!.match(/(\d+) accepted/)![1]);
    expect(rows.length).toBe(accepted);
    const scope1 = rows.filter((r) => r.metric === "ghg_scope1");
    expect(scope1.find((r) => Number(r.year) === 2024)).toMatchObject({ value: 6500.5, status: "edited" });
    expect(String(scope1.find((r) => Number(r.year) === 2024)!.company)).toMatch(/JL MAG/);
    expect(String(scope1.find((r) => Number(r.year) === 2024)!.evidence)).toContain("GHG emission (Scope 1)");
    expect(scope1.some((r) => Number(r.year) === 2022)).toBe(false);

    const sources = wb.getWorksheet(SOURCES_SHEET_NAME)!;
    expect(sources.rowCount).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(sources.getRow(2).values)).toContain("002_2048569ac2ce44f6.txt");
  });

  test("drops several files at once; a bad file shows an error bar and the others import", async () => {
    const text = readFileSync(join(CORPUS, "003_f6fca52da94b0220.txt"), "utf8");
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "jinko-policy.txt", { type: "text/plain" }));
      dt.items.add(new File([], "empty.txt", { type: "text/plain" }));
      document.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    const error = page.getByTestId("import-error");
    await error.waitFor({ timeout: 30_000 });
    await expect(error.textContent()).resolves.toContain("empty.txt");
    await page.getByRole("tab").nth(1).waitFor();
    await expect(page.getByRole("tab").count()).resolves.toBe(2);
    await expect(page.getByTestId("report-file").textContent()).resolves.toContain("jinko-policy.txt");
    await shot("06-second-report-and-error");
  });

  test("imports PDF and .docx in the browser (pdf.js in a nested worker); an encrypted PDF gets the importer's message", async () => {
    const fixtures = join(ROOT, "test", "fixtures", "documents");
    const tabsBefore = await page.getByRole("tab").count();
    const errorsBefore = await page.getByTestId("import-error").count();
    await page.setInputFiles('[data-testid="file-input"]', [join(fixtures, "tables.pdf"), join(fixtures, "tables.docx"), join(fixtures, "encrypted.pdf")]);
    await page.getByTestId("import-error").nth(errorsBefore).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("import-error").nth(errorsBefore).textContent()).resolves.toContain("encrypted.pdf");
    await page.getByRole("progressbar").waitFor({ state: "detached", timeout: 60_000 });
    await expect(page.getByRole("tab").count()).resolves.toBe(tabsBefore + 2);

    await page.getByRole("tab").nth(tabsBefore).click();
    await expect(page.getByTestId("report-file").textContent()).resolves.toMatch(/tables\.pdf · PDF · \d+ pages? · [\d,]+ lines/);
    if ((await page.getByTestId("record-row").count()) > 0) {
      await page.getByTestId("record-row").first().click();
      await expect(page.getByTestId("evidence").textContent()).resolves.toMatch(/tables\.pdf, p\. \d+, line \d+/);
    }
    await shot("07-pdf");
    await page.getByRole("tab").nth(tabsBefore + 1).click();
    await expect(page.getByTestId("report-file").textContent()).resolves.toMatch(/tables\.docx · DOCX · [\d,]+ lines/);
  });

  test("stays offline and error-free", () => {
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
