// HTML and .docx tables with cells spanning rows and columns: the importer lays them out with
// lines/html's spanRows, so a unit or group label spanning rows applies to each row it covers.
import { importDocument, type SourceDocument } from "../../src/document/index";
import { extractReport } from "../../src/extract";

const html = (body: string): Uint8Array => new TextEncoder().encode(`<html><body>${body}</body></html>`);
const texts = (doc: SourceDocument): string[] => doc.lines.map((l) => l.text);

/** Three GHG rows sharing one unit cell (rowspan 3); the first two share a group label (rowspan 2). */
const GHG_TABLE =
  "<p>Emissions</p><table>" +
  "<tr><th>Category</th><th>Indicator</th><th>Unit</th><th>2024</th></tr>" +
  "<tr><td rowspan='2'>GHG emissions</td><td>Scope 1</td><td rowspan='3'>tCO2e</td><td>1,200</td></tr>" +
  "<tr><td>Scope 2</td><td>3,400</td></tr>" +
  "<tr><td>Total</td><td>Total GHG emissions</td><td>4,600</td></tr>" +
  "</table><p>End.</p>";

describe("HTML tables with rowspan and colspan", () => {
  test("a unit spanning 3 rows and a label spanning 2 rows reach each row they cover", async () => {
    const doc = await importDocument(html(GHG_TABLE), "spans.html");
    expect(texts(doc)).toEqual([
      "Emissions",
      "Category\tIndicator\tUnit\t2024",
      "GHG emissions\tScope 1\ttCO2e\t1,200",
      "GHG emissions\tScope 2\ttCO2e\t3,400",
      "Total\tTotal GHG emissions\ttCO2e\t4,600",
      "End.",
    ]);
    expect(doc.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("a header spanning columns keeps the year columns aligned with the figures", async () => {
    const doc = await importDocument(
      html(
        "<table><tr><th rowspan='2'>Indicator</th><th rowspan='2'>Unit</th><th colspan='2'>Year</th></tr>" +
          "<tr><th>2024</th><th>2023</th></tr>" +
          "<tr><td>Water consumption</td><td>m3</td><td>12</td><td>10</td></tr></table>",
      ),
      "colspan.html",
    );
    expect(texts(doc)).toEqual(["Indicator\tUnit\tYear", "Indicator\tUnit\t2024\t2023", "Water consumption\tm3\t12\t10"]);
  });

  test("a figure spanning rows stays in its own row only", async () => {
    const doc = await importDocument(
      html(
        "<table><tr><td>Indicator</td><td>2024</td><td>2023</td></tr>" +
          "<tr><td>Scope 1 emissions (tCO2e)</td><td>1,200</td><td rowspan='2'>900</td></tr>" +
          "<tr><td>Scope 2 emissions (tCO2e)</td><td>3,400</td></tr></table>",
      ),
      "figure.html",
    );
    expect(texts(doc)).toEqual(["Indicator\t2024\t2023", "Scope 1 emissions (tCO2e)\t1,200\t900", "Scope 2 emissions (tCO2e)\t3,400"]);
  });

  test("a table nested in a cell still comes before the outer row, and rows stay in order", async () => {
    const doc = await importDocument(
      html("<table><tr><td>A</td><td>1</td></tr><tr><td>B<table><tr><td>inner</td><td>2</td></tr></table></td><td>3</td></tr></table>"),
      "nested.html",
    );
    expect(texts(doc)).toEqual(["A\t1", "inner\t2", "B\t3"]);
  });

  test("end to end: each row of the spanning table is read in the spanned unit (ktCO2e → tCO2e)", async () => {
    // Not the metric's canonical unit, so a row that lost the unit would be read wrong.
    const table = GHG_TABLE.replace("tCO2e", "ktCO2e").replace("1,200", "1.2").replace("3,400", "3.4").replace("4,600", "4.6");
    const doc = await importDocument(html(`<h1>Example Co ESG Report 2024</h1>${table}`), "spans.html");
    const report = extractReport(doc);
    const value = (metric: string): number | undefined => report.records.find((r) => r.metric === metric && r.year === 2024)?.value;
    expect([value("ghg_scope1"), value("ghg_scope2"), value("ghg_total")]).toEqual([1200, 3400, 4600]);
    // The evidence row of each record shows its unit (and the group label where one spans it).
    const evidence = (metric: string): string | undefined => report.records.find((r) => r.metric === metric && r.year === 2024)?.source?.text;
    expect(evidence("ghg_scope2")).toBe("GHG emissions\tScope 2\tktCO2e\t3.4");
    expect(evidence("ghg_total")).toBe("Total\tTotal GHG emissions\tktCO2e\t4.6");
  });
});

describe("Word .docx tables with vertically merged cells", () => {
  test("a merged unit cell (w:vMerge) applies to each row", async () => {
    const cell = (text: string, merge?: "restart" | "continue"): string =>
      `<w:tc><w:tcPr>${merge === "restart" ? '<w:vMerge w:val="restart"/>' : merge ? "<w:vMerge/>" : ""}</w:tcPr><w:p>${text ? `<w:r><w:t>${text}</w:t></w:r>` : ""}</w:p></w:tc>`;
    const row = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
    const body =
      "<w:tbl>" +
      row(cell("Indicator"), cell("Unit"), cell("2024")) +
      row(cell("Scope 1"), cell("tCO2e", "restart"), cell("1,200")) +
      row(cell("Scope 2"), cell("", "continue"), cell("3,400")) +
      row(cell("Total GHG emissions"), cell("", "continue"), cell("4,600")) +
      "</w:tbl>";
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const mod = await import("jszip");
    const JSZip = (mod.default ?? mod) as typeof mod.default; // JSZip comes with mammoth
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`);
    const doc = await importDocument(await zip.generateAsync({ type: "uint8array" }), "merged.docx");
    expect(texts(doc)).toEqual(["Indicator\tUnit\t2024", "Scope 1\ttCO2e\t1,200", "Scope 2\ttCO2e\t3,400", "Total GHG emissions\ttCO2e\t4,600"]);
  });
});
