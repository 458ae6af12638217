// Runs the real command the way users and the benchmark do (scripts/esg.mjs, what `npm run esg` runs) and checks its contract.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SPLIT_MIN_CHARS } from "../../src/extract";

const root = join(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "esg-cli-"));

function esg(...args: string[]) {
  return esgIn(root, ...args);
}

function esgIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "scripts/esg.mjs"), ...args], { cwd, encoding: "utf8" });
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

  test("a PDF imports from any working directory, with pages in the provenance", () => {
    const r = esgIn(tmp, "extract", join(root, "test/fixtures/documents/tables.pdf"), "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.records.length).toBeGreaterThan(0);
    expect(doc.records.every((rec: { source: { page?: number } }) => Number.isInteger(rec.source.page))).toBe(true);
  });

  test("a reader that closes the pipe early gets no stack trace", () => {
    // Enough output (~0.5 MB) to outlast the pipe's buffer after `head` has gone.
    const many = Array.from({ length: 400 }, () => report).join(" ");
    const r = spawnSync("sh", ["-c", `node ${join(root, "scripts/esg.mjs")} extract ${many} --json | head -c 10`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
  });

  test("usage errors exit 2 and show the usage", () => {
    const r = esg("extract");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: esg");
  });
});

describe("esg extract on two threads", () => {
  jest.setTimeout(180_000);

  test("a large report is read by two threads, with the same output as one", () => {
    const dir = join(root, "../shared/corpus");
    const corpus = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")).join("\n");
    const big = join(tmp, "large.txt");
    writeFileSync(big, Array(Math.ceil((SPLIT_MIN_CHARS * 1.1) / corpus.length)).fill(corpus).join("\n"));
    const run = (threads: string) => spawnSync(process.execPath, [join(root, "scripts/esg.mjs"), "extract", big, "--json", "--threads", threads], { cwd: root, encoding: "utf8", env: { ...process.env, ESG_DEBUG: "1" }, maxBuffer: 64 << 20 });
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toContain("two-parts");
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).records.length).toBeGreaterThan(100);
  });
});
