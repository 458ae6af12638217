import { beforeAll, describe, expect, jest, test } from "@jest/globals";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { EvidenceView } from "../../taskpane/components/EvidenceView";
import { ImportPanel } from "../../taskpane/components/ImportPanel";
import { ReportHeaderForm, parseYear } from "../../taskpane/components/ReportHeaderForm";
import { parseNumber } from "../../taskpane/components/format";
import { initialState, reducer } from "../../taskpane/state";
import type { ExtractInput } from "../../taskpane/extraction";
import { extractedDocument, installDomPolyfills, RECORDS } from "./fixtures";

beforeAll(installDomPolyfills);
const ui = (el: ReactElement) => render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function textFile(name: string, text: string): File {
  const f = new File([text], name);
  if (typeof (f as any).arrayBuffer !== "function") (f as any).arrayBuffer = async () => new TextEncoder().encode(text).buffer;
  return f;
}

describe("ImportPanel", () => {
  test("dropping several files hands them all over, with their bytes", async () => {
    const onImport = jest.fn<(inputs: ExtractInput[]) => void>();
    ui(<ImportPanel importing={null} errors={[]} onImport={onImport} onDismissError={() => undefined} />);
    await act(async () => {
      fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [textFile("a.txt", "abc"), textFile("b.md", "# x")] } });
    });
    expect(onImport).toHaveBeenCalledTimes(1);
    const inputs = onImport.mock.calls[0][0];
    expect(inputs.map((i) => i.fileName)).toEqual(["a.txt", "b.md"]);
    expect(new TextDecoder().decode(inputs[0].bytes)).toBe("abc");
  });

  test("the file picker accepts every supported format; controls are disabled while importing, with a labelled progress bar", () => {
    ui(<ImportPanel importing={{ fraction: 0.4, label: "Reading big.pdf" }} errors={[]} onImport={() => undefined} onDismissError={() => undefined} />);
    expect(screen.getByLabelText("Report files").getAttribute("accept")).toBe(".txt,.md,.html,.htm,.pdf,.docx");
    expect((screen.getByRole("button", { name: "Choose files…" }) as HTMLButtonElement).disabled).toBe(true);
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.4");
    expect(screen.getByText("Reading big.pdf")).toBeTruthy();
  });
});

describe("ReportHeaderForm", () => {
  const report = reducer(initialState, { type: "reportImported", id: "r1", document: extractedDocument(), importedAt: "" }).reports[0];

  test("shows what was detected and reports valid edits only", () => {
    const onYear = jest.fn();
    const onName = jest.fn();
    ui(<ReportHeaderForm report={{ ...report, reportYear: 2023 }} onCompanyName={onName} onReportYear={onYear} />);
    expect(screen.getByText("Detected: 2024")).toBeTruthy();
    const year = screen.getByRole("textbox", { name: "Report year" });
    fireEvent.change(year, { target: { value: "19" } });
    expect(onYear).not.toHaveBeenCalled();
    expect(year.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(year, { target: { value: "" } });
    expect(onYear).toHaveBeenLastCalledWith(null);
    fireEvent.change(screen.getByRole("textbox", { name: "Company" }), { target: { value: "JL MAG" } });
    expect(onName).toHaveBeenCalledWith("JL MAG");
  });

  test("parseYear and parseNumber", () => {
    expect(parseYear("2024")).toBe(2024);
    expect(parseYear(" ")).toBeNull();
    expect(parseYear("1800")).toBe("invalid");
    expect(parseNumber("6,436.68")).toBe(6436.68);
    expect(parseNumber("1 234")).toBe(1234);
    expect(parseNumber("-0.5")).toBe(-0.5);
    expect(parseNumber("12abc")).toBeNull();
  });
});

describe("EvidenceView", () => {
  const lines = extractedDocument().lines;

  test("source line with context, table cells separated, the printed figure marked", () => {
    ui(<EvidenceView record={RECORDS[0]} fileName="r.txt" lines={lines} />);
    const list = screen.getByRole("list", { name: "Source text" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(7);
    const current = items.find((li) => li.getAttribute("aria-current") === "true")!;
    expect(current.textContent).toContain("GHG emission (Scope 1)  │  tCO ₂ e  │  6,436.68");
    expect(current.querySelector("mark")!.textContent).toBe("6,436.68");
  });

  test("without the document's lines it still shows the evidence text; pages are named", () => {
    const record = { ...RECORDS[0], source: { ...RECORDS[0].source, page: 7, line: 999 } };
    ui(<EvidenceView record={record} fileName="r.pdf" lines={lines} />);
    expect(screen.getByText("r.pdf, p. 7, line 999")).toBeTruthy();
    expect(screen.getByTestId("evidence").querySelector("mark")!.textContent).toBe("6,436.68");
  });
});
