import { describe, expect, test } from "@jest/globals";
import {
  initialState,
  linesAround,
  reducer,
  reviewCounts,
  toImportedReports,
  visibleRows,
  type Action,
  type PaneState,
} from "../../taskpane/state";
import { metricLookup } from "../../taskpane/metrics";
import { extractedDocument, RECORDS } from "./fixtures";

const run = (actions: Action[], state: PaneState = initialState) => actions.reduce(reducer, state);
const imported = (id = "r1"): Action => ({ type: "reportImported", id, document: extractedDocument(`${id}.txt`), importedAt: "2025-01-01T00:00:00.000Z" });

describe("task pane reducer", () => {
  test("an imported report becomes the active one, with one review row per record", () => {
    const s = run([imported("r1"), imported("r2")]);
    expect(s.reports.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(s.activeReportId).toBe("r2");
    expect(s.reports[0].rows).toHaveLength(RECORDS.length);
    expect(s.reports[0].rows[0]).toMatchObject({ id: "r1#0", status: "extracted", rejected: false });
    expect(s.reports[0].company.name).toBe("JL MAG Rare-Earth Co., Ltd.");
  });

  test("progress is clamped and cleared when the import finishes", () => {
    let s = run([{ type: "importStarted", label: "a" }, { type: "importProgress", fraction: 1.7, label: "b" }]);
    expect(s.importing).toEqual({ fraction: 1, label: "b" });
    s = reducer(s, { type: "importFinished" });
    expect(s.importing).toBeNull();
  });

  test("editing marks a record edited; editing back to the original values makes it extracted again", () => {
    let s = run([imported(), { type: "editRecord", rowId: "r1#0", patch: { value: 6500 } }]);
    expect(s.reports[0].rows[0]).toMatchObject({ status: "edited", record: { value: 6500, year: 2024 } });
    expect(s.reports[0].rows[0].original.value).toBe(6436.68);
    s = reducer(s, { type: "editRecord", rowId: "r1#0", patch: { value: 6436.68 } });
    expect(s.reports[0].rows[0].status).toBe("extracted");
  });

  test("non-finite edits are ignored and a no-op edit keeps the same state object", () => {
    const s = run([imported()]);
    expect(reducer(s, { type: "editRecord", rowId: "r1#0", patch: { value: NaN } })).toBe(s);
    expect(reducer(s, { type: "editRecord", rowId: "r1#0", patch: { year: 2024 } })).toBe(s);
  });

  test("reject and restore; rejected records are not handed to the worksheets", () => {
    let s = run([imported(), { type: "rejectRow", rowId: "r1#1" }]);
    expect(s.reports[0].rows[1].rejected).toBe(true);
    expect(toImportedReports(s)[0].records.map((r) => r.year)).not.toContain(2023);
    expect(toImportedReports(s)[0].records).toHaveLength(RECORDS.length - 1);
    s = reducer(s, { type: "restoreRow", rowId: "r1#1" });
    expect(toImportedReports(s)[0].records).toHaveLength(RECORDS.length);
  });

  test("accept all above a confidence confirms only extracted, non-rejected rows at or above it", () => {
    const s = run([imported(), { type: "rejectRow", rowId: "r1#0" }, { type: "editRecord", rowId: "r1#1", patch: { value: 1 } }, { type: "acceptAbove", threshold: 0.6 }]);
    expect(s.reports[0].rows.map((r) => (r.rejected ? "rejected" : r.status))).toEqual(["rejected", "edited", "confirmed", "extracted"]);
  });

  test("company and year corrections reach the hand-off, with the new name as an alias", () => {
    const s = run([imported(), { type: "setCompanyName", reportId: "r1", name: "JL MAG" }, { type: "setReportYear", reportId: "r1", year: 2023 }]);
    const [report] = toImportedReports(s);
    expect(report.company.name).toBe("JL MAG");
    expect(report.company.aliases).toContain("JL MAG");
    expect(report.reportYear).toBe(2023);
    expect(report.records[0]).toMatchObject({ metric: "ghg_scope1", status: "extracted", value: 6436.68 });
    expect(report.document).toEqual({ fileName: "r1.txt", format: "txt", pageCount: undefined });
  });

  test("filters by category and confidence band, sorts both ways", () => {
    const s = run([imported()]);
    const rows = s.reports[0].rows;
    expect(visibleRows(rows, { category: "S", confidence: "all" }, s.sort, metricLookup).map((r) => r.record.metric)).toEqual(["employees_total"]);
    expect(visibleRows(rows, { category: "all", confidence: "medium" }, s.sort, metricLookup).map((r) => r.record.metric)).toEqual(["ghg_scope2"]);
    expect(visibleRows(rows, { category: "all", confidence: "high" }, s.sort, metricLookup)).toHaveLength(2);
    const byValueDesc = visibleRows(rows, { category: "all", confidence: "all" }, { column: "value", direction: "descending" }, metricLookup);
    expect(byValueDesc.map((r) => r.record.value)).toEqual([169115.7, 6436.68, 4052, 1234]);
    const s2 = run([{ type: "sortBy", column: "value" }, { type: "sortBy", column: "value" }], s);
    expect(s2.sort).toEqual({ column: "value", direction: "descending" });
  });

  test("counts for the toolbar", () => {
    const s = run([imported(), { type: "rejectRow", rowId: "r1#3" }, { type: "confirmRow", rowId: "r1#0" }]);
    expect(reviewCounts(s.reports[0].rows)).toEqual({ total: 4, rejected: 1, edited: 0, confirmed: 1, conflicts: 1 });
  });

  test("errors are listed and dismissed; removing the active report activates the last one", () => {
    let s = run([imported("r1"), imported("r2"), { type: "importFailed", id: "e1", fileName: "x.pdf", code: "encrypted", message: "x.pdf is password-protected." }]);
    expect(s.errors).toHaveLength(1);
    s = run([{ type: "dismissError", id: "e1" }, { type: "removeReport", reportId: "r2" }], s);
    expect(s.errors).toHaveLength(0);
    expect(s.activeReportId).toBe("r1");
  });

  test("linesAround gives ±3 lines around a source line and copes with the document edges", () => {
    const lines = extractedDocument().lines;
    expect(linesAround(lines, 12).map((l) => l.line)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(linesAround(lines, 1).map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(linesAround(lines, 999)).toEqual([]);
  });
});
