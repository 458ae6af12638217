// Runs the real command the way users and the benchmark do, through tsx, and checks its contract.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "esg-cli-"));

function esg(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const report = join(tmp, "report.txt");
writeFileSync(report, "Acme Green Co., Ltd.\n2024 ESG Report\nIndicator\tUnit\t2024\t2023\nGHG emission (Scope 1)\ttCO2e\t1,234.5\t1,100\n");

describe("esg extract", () => {
  jest.setTimeout(60_000);

  test("--json prints one JSON document with the contract's fields", () => {
    const r = esg("extract", report, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["company", "reportYear", "records"]));
    expect(Array.isArray(doc.records)).toBe(true);
  });

  test("several files with --json print one document listing each", () => {
    const r = esg("extract", report, report, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(2);
  });

  test("without --json it prints a table headed by the file", () => {
    const r = esg("extract", report);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toContain("report.txt");
  });

  test.each([
    ["a missing file", () => join(tmp, "nope.txt"), /nope\.txt: no such file\./],
    ["a folder", () => { const d = join(tmp, "dir"); mkdirSync(d, { recursive: true }); return d; }, /is a folder, not a file\./],
    ["an empty file", () => { const f = join(tmp, "empty.txt"); writeFileSync(f, ""); return f; }, /empty/i],
  ])("answers %s with a clear message and a non-zero exit, no stack trace", (_name, make, message) => {
    const r = esg("extract", make());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  test("a good file and a bad one: the good one is still extracted, the exit code says one failed", () => {
    const r = esg("extract", report, join(tmp, "missing.pdf"), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.pdf: no such file/);
  });

  test("usage errors exit 2 and show the usage", () => {
    const r = esg("extract");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: esg");
  });
});
