// Populate benchmark: plan + .xlsx for 5,000 records, and the Office.js writer's sync count against office-addin-mock.
// `npm run bench -- populate`
import Module from "node:module";
import { performance } from "node:perf_hooks";

// office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose full import pulls ESM-only
// packages; point it at the enum file, as jest.config.js does.
const moduleWithResolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) =>
  resolve(request === "office-addin-manifest" ? "office-addin-manifest/lib/officeApp.js" : request, ...rest);

async function main(): Promise<void> {
  const { buildPopulatePlan, EMPTY_WORKBOOK } = await import("../src/worksheets/plan");
  const { createWorkbookState, populateWorkbook, workbookToXlsx } = await import("../src/worksheets");
  const { syntheticReports, TEST_CATALOGUE } = await import("../test/worksheets/fixtures");
  const { FakeExcel } = await import("../test/excel/fakeExcel");
  const { populateExcelWorkbook } = await import("../taskpane/excel");

  const RECORDS = 5000;
  const reports = syntheticReports(RECORDS, 10);
  const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
    return result;
  };

  const catalogue = TEST_CATALOGUE;
  const plan = await time(`plan, ${RECORDS} records into an empty workbook`, () => buildPopulatePlan(reports, EMPTY_WORKBOOK, { catalogue }));
  const first = populateWorkbook(createWorkbookState(), reports, catalogue);
  await time(`plan, re-import of the same ${RECORDS} records`, () => populateWorkbook(first.state, reports, catalogue));
  const bytes = await time(`xlsx write (${plan.dataRows.length} rows, ${plan.modelSheets.length} model sheets)`, () => workbookToXlsx(first.state));
  console.log(`xlsx size                                    ${(bytes.length / 1024).toFixed(0).padStart(6)} KiB`);
  console.log(`checks found                                 ${plan.checks.length.toString().padStart(6)}`);

  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  excel.install();
  await time(`Office.js writer on the mock, ${RECORDS} records`, () => populateExcelWorkbook(reports, { catalogue }));
  console.log(`context.sync() calls, first populate         ${excel.syncCount.toString().padStart(6)}`);
  const before = excel.syncCount;
  await time(`Office.js writer on the mock, re-import`, () => populateExcelWorkbook(reports, { catalogue }));
  console.log(`context.sync() calls, re-import              ${(excel.syncCount - before).toString().padStart(6)}`);
  if (excel.syncCount - before > 5 || before > 5) {
    console.error("FAIL: more than 5 syncs for 5,000 records");
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
