import { beforeAll, describe, expect, jest, test } from "@jest/globals";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { EvidenceView, figureRanges, yearColumn } from "../../taskpane/components/EvidenceView";
import { ImportPanel } from "../../taskpane/components/ImportPanel";
import { ReportHeaderForm, parseYear } from "../../taskpane/components/ReportHeaderForm";
import { parseNumber } from "../../taskpane/components/format";
import { initialState, reducer } from "../../taskpane/state";
import type { ExtractInput } from "../../taskpane/extraction";
import { extractedDocument, installDomPolyfills, record, RECORDS } from "./fixtures";

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

  describe("a figure printed twice on its line", () => {
    const header = "Indicator\tUnit\t2024\t2023\t2022";
    const waste = "Hazardous waste\tt\t120\t95\t120";
    const doc = [header, "", waste].map((text, i) => ({ text, line: i + 1 }));
    const waste2022 = record({ metric: "waste_hazardous", year: 2022, value: 120, unit: "t", reported: { value: 120, unit: "t", text: "120" }, source: { line: 3, text: waste } });
    const marks = () => Array.from(screen.getByTestId("evidence").querySelectorAll('li[aria-current="true"] mark'));

    test("the occurrence in the record's year column is highlighted, not the first", () => {
      ui(<EvidenceView record={waste2022} fileName="r.txt" lines={doc} />);
      expect(marks()).toHaveLength(1);
      const li = screen.getByTestId("evidence").querySelector('li[aria-current="true"]')!;
      // The mark comes after "95": the 2022 cell.
      expect(li.textContent!.indexOf("95")).toBeLessThan(li.textContent!.lastIndexOf("120"));
      expect(figureRanges(waste, "120", 2022, [header])).toEqual([[waste.lastIndexOf("120"), waste.lastIndexOf("120") + 3]]);
      expect(figureRanges(waste, "120", 2024, [header])).toEqual([[waste.indexOf("120"), waste.indexOf("120") + 3]]);
    });

    test("a header with fewer cells lines up from the right; years like FY2023 count", () => {
      const line = "7\tHazardous waste\tt\t120\t95\t120";
      expect(yearColumn(line, 2023, ["Indicator\tUnit\tFY2024\tFY2023\tFY2022"])).toBe(4);
      expect(figureRanges(line, "120", 2024, ["Indicator\tUnit\t2024\t2023\t2022", "notes"])).toEqual([[line.indexOf("120"), line.indexOf("120") + 3]]);
    });

    test("when the column cannot be told, every occurrence is marked rather than a wrong one", () => {
      ui(<EvidenceView record={{ ...waste2022, source: { line: 99, text: waste } }} fileName="r.txt" lines={doc} />);
      expect(Array.from(screen.getByTestId("evidence").querySelectorAll("mark")).map((m) => m.textContent)).toEqual(["120", "120"]);
      expect(figureRanges("Emissions were 120 t in 2024 and 120 t in 2023", "120", 2024, [])).toHaveLength(2);
    });

    test("a figure inside a longer number is not a match", () => {
      const line = "PM\t121.42\t21.42";
      expect(figureRanges(line, "21.42", 2024, [])).toEqual([[line.lastIndexOf("21.42"), line.length]]);
    });
  });
});
