import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "node:fs";
import { describeFailure, runExtractJob, type ExtractMessage } from "../../taskpane/extraction";

const JLMAG = "/work/shared/corpus/002_2048569ac2ce44f6.txt";

describe("extraction job (what the worker runs)", () => {
  test("one document or error per input, progress in order, done last", async () => {
    const messages: ExtractMessage[] = [];
    const bytes = new TextEncoder().encode("Indicator\tUnit\t2024\nGHG emission (Scope 1)\ttCO2e\t6,436.68\n");
    await runExtractJob({ type: "extract", jobId: 7, inputs: [{ fileName: "a.txt", bytes }, { fileName: "empty.txt", bytes: new Uint8Array() }] }, (m) => messages.push(m));
    expect(messages.every((m) => m.jobId === 7)).toBe(true);
    expect(messages[messages.length - 1].type).toBe("done");
    const doc = messages.find((m) => m.type === "document");
    expect(doc && doc.type === "document" && doc.document.lines.length).toBe(3);
    const error = messages.find((m) => m.type === "error");
    expect(error).toMatchObject({ index: 1, fileName: "empty.txt", code: "empty" });
    const progress = messages.filter((m): m is Extract<ExtractMessage, { type: "progress" }> => m.type === "progress" && m.index === 0).map((m) => m.fraction);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test("the corpus report reaches the pane with its lines and scope 1 for 2024", async () => {
    if (!require("node:fs").existsSync(JLMAG)) return;
    let document: Extract<ExtractMessage, { type: "document" }>["document"] | undefined;
    await runExtractJob({ type: "extract", jobId: 1, inputs: [{ fileName: "jlmag.txt", bytes: new Uint8Array(readFileSync(JLMAG)) }] }, (m) => {
      if (m.type === "document") document = m.document;
    });
    expect(document!.lines.length).toBeGreaterThan(3000);
    const scope1 = document!.result.records.find((r) => r.metric === "ghg_scope1" && r.year === 2024);
    expect(scope1?.value).toBeCloseTo(6436.68, 2);
    expect(document!.lines[scope1!.source.line - 1].text).toContain("GHG emission (Scope 1)");
  });

  test("failures read as analyst-facing messages", () => {
    expect(describeFailure(Object.assign(new Error("x.pdf is password-protected."), { code: "encrypted" }), "x.pdf")).toEqual({ code: "encrypted", message: "x.pdf is password-protected." });
    expect(describeFailure(new TypeError("boom"), "y.txt")).toEqual({ code: "unexpected", message: "y.txt could not be read: boom" });
    expect(describeFailure(undefined, "z.txt")).toEqual({ code: "unexpected", message: "z.txt could not be read." });
  });
});
