// Document import on real files: fixtures made by LibreOffice (scripts/fixtures/generate-documents.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocumentImportError, importDocument, MAX_DOCUMENT_BYTES, type SourceDocument } from "../../src/document/index";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "../fixtures/documents", name)));
const rows = (doc: SourceDocument): Array<[number | undefined, string]> => doc.lines.map((l) => [l.page, l.text]);

async function importError(bytes: Uint8Array, name: string, options = {}): Promise<DocumentImportError> {
  try {
    await importDocument(bytes, name, options);
  } catch (error) {
    if (error instanceof DocumentImportError) return error;
    throw error;
  }
  throw new Error(`${name} imported without error`);
}

const TABLE_ROWS = [
  "Indicator\tValue",
  "Total energy consumption (MWh)\t416,544",
  "Water consumption (m3)\t1,486,491",
];
const YEAR_ROWS = [
  "Indicator\tUnit\t2024\t2023\t2022",
  "GHG emission (Scope 1)\ttCO2e\t6,436.68\t4,052\t3,221",
  "Total indirect energy consumption (purchased electricity)\tMWh\t392,534\t282,030\t185,736",
  "Hazardous waste\tt\t1,024\t-\t886",
];
const SIDE_BY_SIDE_ROWS = [
  "Employees\t2024\t2023",
  "Total employees\t6,241\t5,730",
  "Female employees\t2,102\t1,950",
  "Safety\t2024\t2023",
  "Work-related fatalities\t0\t0",
  "Lost days due to injury\t312\t280",
];

describe("PDF", () => {
  test("rebuilds two-column, wrapped-label and side-by-side tables, drops footnote markers, keeps pages", async () => {
    const doc = await importDocument(fixture("tables.pdf"), "tables.pdf");
    expect(doc.format).toBe("pdf");
    expect(doc.pageCount).toBe(2);
    expect(rows(doc)).toEqual([
      [1, "Environmental performance"],
      [1, "Greenhouse gas emissions are reported for all production bases."],
      [1, ""],
      ...TABLE_ROWS.map((t) => [1, t]),
      [1, ""],
      [1, "Key indicators by year"],
      [1, ""],
      ...YEAR_ROWS.map((t) => [1, t]),
      [1, "Scope 1 and Scope 2. Includes the new plant."],
      [2, "Social and governance"],
      ...SIDE_BY_SIDE_ROWS.map((t) => [2, t]),
      [2, "End of data."],
    ]);
    expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
    expect(doc.warnings).toEqual([]);
  });

  test("reads Chinese text set in an embedded CJK font", async () => {
    const doc = await importDocument(fixture("chinese.pdf"), "chinese.pdf");
    expect(rows(doc)).toEqual([
      [1, "江西金力永磁科技股份有限公司"],
      [1, "2024 年环境、社会及管治报告"],
      [1, ""],
      [1, "指标\t单位\t2024 年\t2023 年"],
      [1, "温室气体排放总量（范围一）\t吨二氧化碳当量\t6,436.68\t4,052"],
      [1, "用水量\t吨\t1,486,491\t1,008,951"],
      [1, "本报告披露公司在环境方面的表现。"],
    ]);
  });

  test("reports progress per page, ending at 1", async () => {
    const seen: number[] = [];
    await importDocument(fixture("tables.pdf"), "tables.pdf", { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0, 0.5, 1, 1]);
  });

  test("a password-protected PDF is a clear 'encrypted' error", async () => {
    const error = await importError(fixture("encrypted.pdf"), "encrypted.pdf");
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/password-protected/);
  });

  test("a PDF without a text layer (scanned) is a 'no_text_layer' error", async () => {
    const { PDFDocument, rgb } = await import("pdf-lib");
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    const error = await importError(await pdf.save(), "scan.pdf");
    expect(error.code).toBe("no_text_layer");
    expect(error.message).toMatch(/no text layer .*OCR is not supported/);
  });

  test("a truncated PDF is a 'corrupt' error", async () => {
    const bytes = fixture("tables.pdf");
    const error = await importError(bytes.subarray(0, 2000), "tables.pdf");
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/damaged or only partly downloaded/);
  });

  test("a file named .pdf without a PDF header is a 'corrupt' error", async () => {
    const error = await importError(new TextEncoder().encode("not a pdf at all"), "report.pdf");
    expect(error.code).toBe("corrupt");
  });

  test("stops with a 'timeout' error instead of running past the time budget", async () => {
    const error = await importError(fixture("tables.pdf"), "tables.pdf", { timeoutMs: 1 });
    expect(error.code).toBe("timeout");
  });

  test("a PDF renamed .txt is still read as a PDF, with a warning", async () => {
    const doc = await importDocument(fixture("chinese.pdf"), "report.txt");
    expect(doc.format).toBe("pdf");
    expect(doc.warnings[0]).toMatch(/named \.txt but contains PDF/);
  });
});

describe("Word .docx", () => {
  test("tables come through as TAB rows, side-by-side tables one after the other", async () => {
    const doc = await importDocument(fixture("tables.docx"), "tables.docx");
    expect(doc.format).toBe("docx");
    const texts = doc.lines.map((l) => l.text);
    // LibreOffice saves superscripts as raised runs (w:position, no w:vertAlign): footnote markers
    // still come off the figure ("6,436.68", not "6,436.682") and the label, the m³ exponent stays.
    expect(texts).toEqual([
      "Environmental performance",
      "Greenhouse gas emissions are reported for all production bases.",
      ...TABLE_ROWS,
      "Key indicators by year",
      ...YEAR_ROWS,
      "Scope 1 and Scope 2. Includes the new plant.",
      "Social and governance",
      ...SIDE_BY_SIDE_ROWS,
      "End of data.",
    ]);
  });

  test("Word superscripts (w:vertAlign on the run), superscript character styles and raised runs: markers dropped, exponents kept", async () => {
    const run = (text: string, rPr = ""): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const cell = (...runs: string[]): string => `<w:tc><w:p>${runs.join("")}</w:p></w:tc>`;
    const row = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
    const sup = '<w:vertAlign w:val="superscript"/>';
    const body = [
      `<w:p>${run("Emissions")}${run("1", sup)}${run(" are reported.")}</w:p>`,
      "<w:tbl>",
      row(cell(run("GHG emission (Scope 1)")), cell(run("6,436.68"), run("2", sup))), // Word's Superscript button
      row(cell(run("Water consumption (m"), run("3", sup), run(")")), cell(run("1,486,491"))), // exponent
      row(cell(run("Energy (MWh)")), cell(run("416,544"), run("3", '<w:rStyle w:val="FootnoteMark"/>'))), // character style
      row(cell(run("Waste (t)")), cell(run("1,024"), run("a", '<w:rStyle w:val="NoteChild"/>'))), // style based on one
      row(cell(run("Water withdrawal (m"), run("3", '<w:rStyle w:val="Raised"/>'), run(")")), cell(run("2,000"), run("4", '<w:position w:val="6"/><w:sz w:val="14"/>'))),
      row(cell(run("Units sold")), cell(run("1,20"), run("5", '<w:rStyle w:val="FootnoteMark"/><w:vertAlign w:val="baseline"/>'))), // explicit baseline wins
      row(cell(run("CO"), run("2", '<w:position w:val="-4"/>'), run(" intensity")), cell(run("0.42"))), // lowered: subscript, kept
      "</w:tbl>",
    ].join("");
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${ns}>` +
      '<w:style w:type="character" w:styleId="FootnoteMark"><w:name w:val="Footnote Mark"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="NoteChild"><w:name w:val="Note Child"/><w:basedOn w:val="FootnoteMark"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Raised"><w:name w:val="Raised"/><w:rPr><w:position w:val="5"/></w:rPr></w:style>' +
      "</w:styles>";
    const mod = await import("jszip");
    const JSZip = (mod.default ?? mod) as typeof mod.default; // JSZip comes with mammoth
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      "word/_rels/document.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    zip.file("word/styles.xml", styles);
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`);
    const doc = await importDocument(await zip.generateAsync({ type: "uint8array" }), "word.docx");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Emissions are reported.",
      "GHG emission (Scope 1)\t6,436.68",
      "Water consumption (m3)\t1,486,491",
      "Energy (MWh)\t416,544",
      "Waste (t)\t1,024",
      "Water withdrawal (m3)\t2,000",
      "Units sold\t1,205",
      "CO2 intensity\t0.42",
    ]);
  });

  test("Chinese document", async () => {
    const doc = await importDocument(fixture("chinese.docx"), "chinese.docx");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "江西金力永磁科技股份有限公司",
      "2024年环境、社会及管治报告",
      "指标\t单位\t2024年\t2023年",
      "温室气体排放总量（范围一）\t吨二氧化碳当量\t6,436.68\t4,052",
      "用水量\t吨\t1,486,491\t1,008,951",
      "本报告披露公司在环境方面的表现。",
    ]);
  });

  test("a damaged .docx is a 'corrupt' error", async () => {
    const bytes = fixture("tables.docx");
    const error = await importError(bytes.subarray(0, bytes.length - 400), "tables.docx");
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/could not be read as a Word document/);
  });
});

describe("HTML, Markdown and text", () => {
  test("HTML: tables as rows, footnote superscripts dropped, exponents kept, title kept", async () => {
    const doc = await importDocument(fixture("tables.html"), "tables.html");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Tables fixture",
      "Environmental performance",
      "Greenhouse gas emissions are reported for all production bases.",
      ...TABLE_ROWS,
      "Key indicators by year",
      ...YEAR_ROWS,
      "Scope 1 and Scope 2. Includes the new plant.",
      "Social and governance",
      ...SIDE_BY_SIDE_ROWS,
      "End of data.",
    ]);
  });

  test("HTML: scripts, styles and hidden elements are dropped; colspan keeps columns aligned", async () => {
    const html =
      "<html><head><style>p{}</style><script>var x = '<p>no</p>';</script></head><body><div hidden><p>secret</p></div>" +
      "<p>Visible <b>bold</b> text</p><table><tr><td colspan='2'>Indicator</td><td>2024</td></tr><tr><td>Water</td><td>t</td><td>12</td></tr></table><ul><li>One</li><li>Two</li></ul></body></html>";
    const doc = await importDocument(new TextEncoder().encode(html), "page.html");
    expect(doc.lines.map((l) => l.text)).toEqual(["Visible bold text", "Indicator\t\t2024", "Water\tt\t12", "One", "Two"]);
  });

  test("Markdown: pipe tables become TAB rows and line numbers match the file", async () => {
    const doc = await importDocument(fixture("report.md"), "report.md");
    expect(doc.lines.map((l) => [l.line, l.text])).toEqual([
      [1, "ESG data 2024"],
      [2, ""],
      [3, "Company: JL MAG Rare-Earth Co., Ltd."],
      [4, ""],
      [5, "Indicator\tUnit\t2024\t2023"],
      [6, ""],
      [7, "GHG emission (Scope 1)\ttCO2e\t6,436.68\t4,052"],
      [8, "Water consumption\tt\t1,486,491\t1,008,951"],
      [9, ""],
      [10, "Energy use was 416,544 MWh in 2024."],
      [11, ""],
    ]);
  });

  const chineseLines = ["江西金力永磁科技股份有限公司", "2024年环境、社会及管治报告", "指标\t单位\t2024年\t2023年", "温室气体排放总量\t吨二氧化碳当量\t6,436.68\t4,052", "用水量\t吨\t1,486,491\t1,008,951", ""];

  test("text in GB18030 is detected and decoded, with a note", async () => {
    const doc = await importDocument(fixture("chinese-gb18030.txt"), "chinese.txt");
    expect(doc.lines.map((l) => l.text)).toEqual(chineseLines);
    expect(doc.warnings).toEqual(["Decoded chinese.txt as GB18030."]);
  });

  test("text in UTF-16 LE with BOM", async () => {
    const doc = await importDocument(fixture("chinese-utf16le.txt"), "chinese.txt");
    expect(doc.lines.map((l) => l.text)).toEqual(chineseLines);
  });

  test("UTF-8 text keeps its lines and line numbers", async () => {
    const doc = await importDocument(new TextEncoder().encode("\ufeffa\r\nb\tc\n"), "x.txt");
    expect(doc.lines).toEqual([{ text: "a", line: 1 }, { text: "b\tc", line: 2 }, { text: "", line: 3 }]);
    expect(doc.warnings).toEqual([]);
  });
});

describe("bad input", () => {
  test("empty file", async () => {
    expect((await importError(new Uint8Array(0), "a.pdf")).code).toBe("empty");
    expect((await importError(new TextEncoder().encode("  \n\n"), "a.txt")).code).toBe("empty");
  });

  test("file over the size limit", async () => {
    const error = await importError(fixture("tables.pdf"), "big.pdf", { maxBytes: 1000 });
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/over the 0\.0 MB limit/);
    expect(MAX_DOCUMENT_BYTES).toBe(100 * 1024 * 1024);
  });

  test("binary junk renamed .txt", async () => {
    let seed = 7;
    const junk = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const error = await importError(junk, "notes.txt");
    expect(error.code).toBe("binary");
    expect(error.message).toMatch(/does not contain readable text/);
  });

  test.each([
    ["report.doc", "hello", /Legacy Word/],
    ["scan.png", "\x89PNG\r\n\x1a\n....", /OCR/],
    ["scan.pdf", "\xff\xd8\xff\xe0....", /OCR/],
    ["data.zip", "PK\x03\x04....", /Zip archives/],
    ["data.xlsx", "PK\x03\x04....xl/workbook.xml", /Spreadsheets/],
    ["old.docx", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1....", /password-protected/],
  ])("%s is refused with advice", async (name, content, advice) => {
    const bytes = Uint8Array.from([...content].map((c) => c.charCodeAt(0)));
    const error = await importError(bytes, name);
    expect(["unsupported_type", "encrypted"]).toContain(error.code);
    expect(error.message).toMatch(advice);
  });
});
