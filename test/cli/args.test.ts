import { parseArgs } from "../../src/cli/args";

describe("esg command-line arguments", () => {
  test("extract takes several files and options in any order", () => {
    expect(parseArgs(["extract", "a.pdf", "--json", "b.txt", "--min-confidence", "0.5"])).toEqual({
      kind: "extract", files: ["a.pdf", "b.txt"], json: true, minConfidence: 0.5, threads: 2,
    });
    expect(parseArgs(["extract", "a.txt", "--threads", "1"])).toMatchObject({ kind: "extract", threads: 1 });
  });
  test("no command, help and --help show help", () => {
    expect(parseArgs([]).kind).toBe("help");
    expect(parseArgs(["--help"]).kind).toBe("help");
    expect(parseArgs(["extract", "--help"]).kind).toBe("help");
  });
  test("usage errors say what is wrong", () => {
    expect(parseArgs(["extract"])).toEqual({ kind: "usage-error", message: "extract needs at least one file." });
    expect(parseArgs(["frobnicate"])).toEqual({ kind: "usage-error", message: 'Unknown command "frobnicate".' });
    expect(parseArgs(["extract", "a.txt", "--yaml"])).toEqual({ kind: "usage-error", message: 'Unknown option "--yaml".' });
    expect(parseArgs(["extract", "a.txt", "--min-confidence", "2"])).toEqual({ kind: "usage-error", message: "--min-confidence takes a number from 0 to 1." });
    expect(parseArgs(["extract", "a.txt", "--threads", "4"])).toEqual({ kind: "usage-error", message: "--threads takes 1 or 2." });
  });
});
