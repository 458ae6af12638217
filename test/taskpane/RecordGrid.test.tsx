import { describe, expect, test, beforeAll } from "@jest/globals";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useReducer } from "react";
import { RecordGrid } from "../../taskpane/components/RecordGrid";
import { metricLookup } from "../../taskpane/metrics";
import { initialState, reducer, visibleRows } from "../../taskpane/state";
import { extractedDocument, installDomPolyfills, record, RECORDS } from "./fixtures";
import type { EsgRecord } from "../../src/records/types";

beforeAll(installDomPolyfills);

/** The grid wired to the real reducer, as the App wires it. */
function Harness({ records = RECORDS, compact = false }: { records?: EsgRecord[]; compact?: boolean }) {
  const [state, dispatch] = useReducer(reducer, reducer(initialState, { type: "reportImported", id: "r1", document: extractedDocument("r.txt", records), importedAt: "" }));
  const rows = visibleRows(state.reports[0].rows, state.filters, state.sort, metricLookup);
  return (
    <FluentProvider theme={webLightTheme}>
      <RecordGrid
        reportId="r1"
        rows={rows}
        metrics={metricLookup}
        sort={state.sort}
        selectedRowId={state.selectedRowId}
        onSort={(column) => dispatch({ type: "sortBy", column })}
        onSelect={(rowId) => dispatch({ type: "selectRow", rowId })}
        onReject={(rowId) => dispatch({ type: "rejectRow", rowId })}
        onRestore={(rowId) => dispatch({ type: "restoreRow", rowId })}
        compact={compact}
      />
    </FluentProvider>
  );
}

const dataRows = () => screen.getAllByTestId("record-row");
const metricIds = () => dataRows().map((r) => r.querySelector("td span span:last-child")!.textContent);

describe("RecordGrid", () => {
  test("shows every column a reviewer needs, labelled for screen readers", () => {
    render(<Harness />);
    const table = screen.getByRole("grid", { name: "Extracted records" });
    expect(table.getAttribute("aria-rowcount")).toBe(String(RECORDS.length + 1));
    for (const h of ["Metric", "Year", "Value", "Unit", "Printed", "Conf.", "Flags", "Source"]) expect(within(table).getByRole("columnheader", { name: new RegExp(h) })).toBeTruthy();
    const scope1 = dataRows().find((r) => r.textContent!.includes("6,436.68"))!;
    expect(scope1.textContent).toContain("Scope 1 (direct) GHG emissions");
    expect(scope1.textContent).toContain("ghg_scope1");
    expect(scope1.textContent).toContain("2024");
    expect(scope1.textContent).toContain("tCO2e");
    expect(scope1.textContent).toContain("6,436.68 tCO ₂ e");
    expect(scope1.textContent).toContain("0.95");
    expect(scope1.textContent).toContain("line 12");
    expect(dataRows().find((r) => r.textContent!.includes("ghg_scope2"))!.textContent).toContain("conflict");
  });

  test("sorts by a column header, ascending then descending, with aria-sort", () => {
    render(<Harness />);
    const valueHeader = screen.getByRole("columnheader", { name: /Value/ });
    expect(valueHeader.getAttribute("aria-sort")).toBe("none");
    fireEvent.click(valueHeader);
    expect(valueHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(dataRows().map((r) => within(r).getByTestId("record-value").textContent)).toEqual(["1,234", "4,052", "6,436.68", "169,115.7"]);
    fireEvent.click(valueHeader);
    expect(valueHeader.getAttribute("aria-sort")).toBe("descending");
    expect(within(dataRows()[0]).getByTestId("record-value").textContent).toBe("169,115.7");
  });

  test("sorting works from the keyboard too", () => {
    render(<Harness />);
    const header = screen.getByRole("columnheader", { name: /Conf/ });
    const button = within(header).getByRole("button");
    fireEvent.keyDown(button, { key: "Enter" });
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(metricIds()[0]).toBe("employees_total");
  });

  test("arrow keys move the selection, Delete rejects and restores", () => {
    render(<Harness />);
    const first = dataRows()[0];
    expect(first.tabIndex).toBe(0);
    expect(dataRows()[1].tabIndex).toBe(-1);
    fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(dataRows()[0].getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(dataRows()[0], { key: "ArrowDown" });
    expect(dataRows()[1].getAttribute("aria-selected")).toBe("true");
    expect(dataRows()[1].tabIndex).toBe(0);
    fireEvent.keyDown(dataRows()[1], { key: "End" });
    expect(dataRows()[3].getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(dataRows()[3], { key: "Delete" });
    expect(dataRows()[3].textContent).toContain("rejected");
    expect(within(dataRows()[3]).getByRole("button").textContent).toBe("Restore");
    fireEvent.keyDown(dataRows()[3], { key: "Delete" });
    expect(dataRows()[3].textContent).not.toContain("rejected");
  });

  test("the reject button names its record and toggles", () => {
    render(<Harness />);
    const button = screen.getByRole("button", { name: "Reject Total employees 2024" });
    fireEvent.click(button);
    expect(screen.getByRole("button", { name: "Restore Total employees 2024" })).toBeTruthy();
  });

  test("renders only a window of rows when there are hundreds, and reaches the last one by keyboard", () => {
    const many = Array.from({ length: 600 }, (_, i) => record({ metric: `metric_${String(i).padStart(3, "0")}`, value: i, source: { line: i + 1, text: "" } }));
    const t0 = performance.now();
    render(<Harness records={many} />);
    const elapsed = performance.now() - t0;
    expect(dataRows().length).toBeLessThan(60);
    expect(screen.getByRole("grid").getAttribute("aria-rowcount")).toBe("601");
    fireEvent.keyDown(dataRows()[0], { key: "End" });
    const last = dataRows().find((r) => r.getAttribute("aria-selected") === "true")!;
    expect(last.textContent).toContain("metric_599");
    expect(last.getAttribute("aria-rowindex")).toBe("601");
    expect(elapsed).toBeLessThan(3000);
  });

  test("an empty result says so", () => {
    render(<Harness records={[]} />);
    expect(screen.getByText("No records match these filters.")).toBeTruthy();
  });
});

describe("RecordGrid, compact (task pane width)", () => {
  test("four labelled columns: metric over id with flags, year, value over unit, confidence badge", () => {
    render(<Harness compact />);
    const table = screen.getByRole("grid", { name: "Extracted records" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Metric", "Year", "Value", "Conf."]);
    expect(table.getAttribute("aria-colcount")).toBe("4");
    expect(table.getAttribute("aria-rowcount")).toBe(String(RECORDS.length + 1));
    const scope1 = dataRows().find((r) => r.textContent!.includes("6,436.68"))!;
    const cells = within(scope1).getAllByRole("cell");
    expect(cells).toHaveLength(4);
    expect(cells[0].textContent).toBe("Scope 1 (direct) GHG emissionsghg_scope1");
    expect(cells[1].textContent).toBe("2024");
    expect(within(scope1).getByTestId("record-value").textContent).toBe("6,436.68");
    expect(cells[2].textContent).toBe("6,436.68tCO2e");
    expect(cells[3].textContent).toBe("0.95");
    expect(cells[3].getAttribute("aria-label")).toBe("0.95, high");
    // Printed figure, source and the reject button are left to the details panel.
    expect(scope1.textContent).not.toContain("tCO ₂ e");
    expect(scope1.textContent).not.toContain("line 12");
    expect(within(scope1).queryByRole("button")).toBeNull();
    expect(dataRows().find((r) => r.textContent!.includes("ghg_scope2"))!.textContent).toContain("conflict");
  });

  test("sorting and the keyboard work as in the wide grid; Delete marks the row rejected", () => {
    render(<Harness compact />);
    const valueHeader = screen.getByRole("columnheader", { name: /Value/ });
    fireEvent.click(valueHeader);
    expect(valueHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(dataRows().map((r) => within(r).getByTestId("record-value").textContent)).toEqual(["1,234", "4,052", "6,436.68", "169,115.7"]);
    fireEvent.keyDown(dataRows()[0], { key: "ArrowDown" });
    fireEvent.keyDown(dataRows()[0], { key: "ArrowDown" });
    expect(dataRows()[1].getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(dataRows()[1], { key: "Delete" });
    expect(dataRows()[1].textContent).toContain("rejected");
  });
});
