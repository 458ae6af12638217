import { beforeAll, describe, expect, test } from "@jest/globals";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../taskpane/components/App";
import type { PaneHost } from "../../taskpane/host";
import type { ImportedReport, PopulateSummary } from "../../src/worksheets/types";
import { createInThreadExtractor } from "../../taskpane/extraction";
import { extractedDocument, installDomPolyfills, scriptedExtractor } from "./fixtures";

beforeAll(installDomPolyfills);

function fakeHost(mode: "excel" | "browser" = "browser"): PaneHost & { calls: ImportedReport[][] } {
  const calls: ImportedReport[][] = [];
  const summary: PopulateSummary = { added: 3, updated: 1, unchanged: 0, keptUserEdits: 2, companies: ["JL MAG Rare-Earth Co., Ltd."], checks: 0, messages: ["2 values you edited in ESG Data were kept"] };
  return {
    mode,
    calls,
    async populate(reports) {
      calls.push(reports);
      return { summary, downloadName: mode === "browser" ? "esg-data.xlsx" : undefined };
    },
  };
}

function file(name: string, text = "some text"): File {
  const f = new File([text], name, { type: "text/plain" });
  // jsdom's File may lack arrayBuffer(); the pane reads files with it.
  if (typeof (f as any).arrayBuffer !== "function") (f as any).arrayBuffer = async () => new TextEncoder().encode(text).buffer;
  return f;
}

async function importFiles(...files: File[]) {
  const input = screen.getByTestId("file-input") as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: files } });
  });
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
}

const rows = () => screen.getAllByTestId("record-row");

describe("App (task pane)", () => {
  test("import → company and year form → grid with evidence on demand", async () => {
    const extractor = scriptedExtractor(() => extractedDocument("jlmag.txt"));
    render(<App host={fakeHost()} extractor={extractor} />);
    expect(screen.getByTestId("host-mode").textContent).toBe("Browser mode");
    await importFiles(file("jlmag.txt"));
    expect(extractor.calls).toEqual([["jlmag.txt"]]);
    expect((screen.getByRole("textbox", { name: "Company" }) as HTMLInputElement).value).toBe("JL MAG Rare-Earth Co., Ltd.");
    expect((screen.getByRole("textbox", { name: "Report year" }) as HTMLInputElement).value).toBe("2024");
    expect(rows()).toHaveLength(4);

    fireEvent.click(rows().find((r) => r.textContent!.includes("6,436.68"))!);
    const evidence = screen.getByTestId("evidence");
    const items = within(evidence).getAllByRole("listitem");
    expect(items.map((li) => li.textContent!.replace(/^\d+/, ""))).toHaveLength(7);
    const current = items.find((li) => li.getAttribute("aria-current") === "true")!;
    expect(current.textContent).toContain("GHG emission (Scope 1)");
    expect(current.querySelector("mark")!.textContent).toBe("6,436.68");
    expect(evidence.textContent).toContain("jlmag.txt, line 12");
  });

  test("edit a value and a year with the form; reset; reject from the editor", async () => {
    render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument())} />);
    await importFiles(file("a.txt"));
    fireEvent.click(rows().find((r) => r.textContent!.includes("6,436.68"))!);
    const editor = screen.getByTestId("record-editor");
    const value = within(editor).getByRole("textbox", { name: /Value/ });
    const save = within(editor).getByRole("button", { name: "Save changes" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(value, { target: { value: "abc" } });
    expect(within(editor).getByText("Enter a number")).toBeTruthy();
    fireEvent.change(value, { target: { value: "6,500.5" } });
    fireEvent.change(within(editor).getByRole("textbox", { name: "Year" }), { target: { value: "2023" } });
    fireEvent.click(save);
    const edited = rows().find((r) => r.textContent!.includes("6,500.5"))!;
    expect(edited.textContent).toContain("2023");
    expect(edited.textContent).toContain("edited");
    expect(screen.getByTestId("review-counts").textContent).toContain("1 edited");

    fireEvent.click(within(screen.getByTestId("record-editor")).getByRole("button", { name: "Reset to extracted" }));
    expect(rows().some((r) => r.textContent!.includes("6,436.68"))).toBe(true);
    fireEvent.click(within(screen.getByTestId("record-editor")).getByRole("button", { name: "Reject" }));
    expect(screen.getByTestId("review-counts").textContent).toContain("1 rejected");
  });

  test("change the metric of a record", async () => {
    render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument())} />);
    await importFiles(file("a.txt"));
    fireEvent.click(rows().find((r) => r.textContent!.includes("169,115.7"))!);
    const editor = screen.getByTestId("record-editor");
    fireEvent.change(within(editor).getByRole("combobox", { name: "Metric" }), { target: { value: "ghg_scope1" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Save changes" }));
    const row = rows().find((r) => r.textContent!.includes("169,115.7"))!;
    expect(row.textContent).toContain("ghg_scope1");
  });

  test("use a conflicting candidate's value from the evidence view", async () => {
    render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument())} />);
    await importFiles(file("a.txt"));
    fireEvent.click(rows().find((r) => r.textContent!.includes("conflict"))!);
    expect(screen.getByTestId("evidence").textContent).toContain("Other candidates");
    fireEvent.click(screen.getByRole("button", { name: "Use this value" }));
    expect(rows().some((r) => r.textContent!.includes("169,000"))).toBe(true);
  });

  test("filter by category and confidence; accept all above a confidence", async () => {
    render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument())} />);
    await importFiles(file("a.txt"));
    fireEvent.change(screen.getByRole("combobox", { name: "Category" }), { target: { value: "S" } });
    expect(rows()).toHaveLength(1);
    fireEvent.change(screen.getByRole("combobox", { name: "Category" }), { target: { value: "all" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Confidence" }), { target: { value: "low" } });
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining("employees_total")]);
    fireEvent.change(screen.getByRole("combobox", { name: "Confidence" }), { target: { value: "all" } });

    fireEvent.change(screen.getByRole("textbox", { name: "Accept at or above" }), { target: { value: "0.9" } });
    fireEvent.click(screen.getByRole("button", { name: "Accept all ≥ 0.90" }));
    expect(screen.getByTestId("review-counts").textContent).toContain("2 confirmed");
    fireEvent.change(screen.getByRole("textbox", { name: "Accept at or above" }), { target: { value: "2" } });
    expect((screen.getByRole("button", { name: /Accept all/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("company and year are editable before populating, and populate hands over the reviewed reports", async () => {
    const host = fakeHost();
    render(<App host={host} extractor={scriptedExtractor(() => extractedDocument())} />);
    await importFiles(file("a.txt"));
    fireEvent.change(screen.getByRole("textbox", { name: "Company" }), { target: { value: "JL MAG" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Report year" }), { target: { value: "20" } });
    expect(screen.getByText("Enter a year such as 2024")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Report year" }), { target: { value: "2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Reject Total employees 2024" }));

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Populate and download .xlsx" }));
    });
    const summary = await screen.findByTestId("populate-summary");
    expect(summary.textContent).toContain("Workbook ready: esg-data.xlsx");
    expect(summary.textContent).toContain("3 added, 1 updated, 0 unchanged, 2 of your sheet edits kept");
    expect(host.calls).toHaveLength(1);
    const [report] = host.calls[0];
    expect(report.company.name).toBe("JL MAG");
    expect(report.reportYear).toBe(2023);
    expect(report.records.map((r) => r.metric)).toEqual(["ghg_scope1", "ghg_scope1", "ghg_scope2"]);
    expect(report.records.every((r) => r.status === "extracted")).toBe(true);
  });

  test("in Excel the button populates the workbook; a failure shows an error bar", async () => {
    const host: PaneHost = { mode: "excel", populate: async () => { throw new Error("The workbook is protected."); } };
    render(<App host={host} extractor={scriptedExtractor(() => extractedDocument())} />);
    expect(screen.getByTestId("host-mode").textContent).toBe("Excel");
    await importFiles(file("a.txt"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Populate workbook" }));
    });
    expect((await screen.findByTestId("populate-error")).textContent).toContain("The workbook is protected.");
  });

  test("several files at once: each becomes a report tab; an import error shows a MessageBar, not a crash", async () => {
    const extractor = scriptedExtractor((name) =>
      name === "locked.pdf" ? { code: "encrypted", message: "locked.pdf is password-protected: remove the password and import it again." } : extractedDocument(name),
    );
    render(<App host={fakeHost()} extractor={extractor} />);
    await importFiles(file("a.txt"), file("locked.pdf"), file("b.txt"));
    const alert = screen.getByTestId("import-error");
    expect(alert.textContent).toContain("Could not import locked.pdf");
    expect(alert.textContent).toContain("password-protected");
    expect(screen.getAllByRole("tab")).toHaveLength(2);
    expect(screen.getByTestId("report-file").textContent).toContain("b.txt");
    fireEvent.click(screen.getAllByRole("tab")[0]);
    expect(screen.getByTestId("report-file").textContent).toContain("a.txt");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss error for locked.pdf" }));
    expect(screen.queryByTestId("import-error")).toBeNull();
  });

  test("pasted text runs through the real import and extraction pipeline", async () => {
    render(<App host={fakeHost()} extractor={createInThreadExtractor()} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Or paste report text" }), { target: { value: "GHG emission (Scope 1)\ttCO2e\t6,436.68" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Extract" }));
    });
    await waitFor(() => expect(screen.getByTestId("report-file").textContent).toContain("pasted-text.txt"));
    expect(screen.getByTestId("report-file").textContent).toContain("1 lines");
  });

  test("an empty file gives the importer's analyst-facing message", async () => {
    render(<App host={fakeHost()} extractor={createInThreadExtractor()} />);
    await importFiles(file("empty.txt", ""));
    expect(screen.getByTestId("import-error").textContent).toContain("empty");
  });

  test("populate waits for host detection", () => {
    render(<App host={null} extractor={scriptedExtractor(() => extractedDocument())} />);
    expect(screen.getByTestId("host-mode").textContent).toBe("Starting…");
    expect((screen.getByRole("button", { name: /Populate/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("at task-pane width: compact grid, and the details panel shows the printed figure and the source above the evidence", async () => {
    render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument("jlmag.txt"))} layout="compact" />);
    await importFiles(file("jlmag.txt"));
    expect(screen.getByRole("main").getAttribute("data-layout")).toBe("compact");
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Metric", "Year", "Value", "Conf."]);
    expect(screen.queryByRole("button", { name: /^Reject Total employees/ })).toBeNull();

    fireEvent.click(rows().find((r) => r.textContent!.includes("6,436.68"))!);
    const details = screen.getByTestId("record-details");
    expect(details.textContent).toBe("Printed6,436.68 tCO ₂ eSourceline 12Confidence0.95 (high)");
    expect(within(screen.getByTestId("record-editor")).getByRole("heading", { name: "Scope 1 (direct) GHG emissions, 2024" })).toBeTruthy();
    // Stacked: the editor (with its Reject button) first, then the evidence.
    const panel = screen.getByTestId("record-details-panel");
    expect(Array.from(panel.children).map((c) => c.getAttribute("data-testid"))).toEqual(["record-editor", "evidence"]);
    fireEvent.click(within(screen.getByTestId("record-editor")).getByRole("button", { name: "Reject" }));
    expect(rows().find((r) => r.textContent!.includes("6,436.68"))!.textContent).toContain("rejected");
  });

  test("the layout follows the window when nothing forces it", async () => {
    const width = window.innerWidth;
    (window as any).innerWidth = 360;
    try {
      render(<App host={fakeHost()} extractor={scriptedExtractor(() => extractedDocument())} />);
      expect(screen.getByRole("main").getAttribute("data-layout")).toBe("compact");
    } finally {
      (window as any).innerWidth = width;
    }
  });
});
