import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifest } from "../../scripts/manifest/validate";

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

/** Applies one textual change and fails loudly if the change did not apply (so each case really mutates). */
function mutate(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`mutation did not apply: ${from}`);
  return changed;
}

describe("manifest.xml", () => {
  test("passes every offline check", () => {
    expect(validateManifest(manifest).errors).toEqual([]);
  });

  test.each<[string, string, string | RegExp, string]>([
    ["not well-formed", "not well-formed XML", "</Hosts>\n  <Requirements>", "<Requirements>"],
    ["elements out of order", "<Version> is out of order", /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"],
    ["an unresolved resid", 'resid "Taskpane.Missing" on <SourceLocation> does not resolve', 'SourceLocation resid="Taskpane.Url"/>\n            </Page>', 'SourceLocation resid="Taskpane.Missing"/>\n            </Page>'],
    ["a resid of the wrong kind", 'names a ShortString, but <SourceLocation> needs a Url', '<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Group.Label"/>'],
    ["another namespace", 'namespace must be "ESG"', '<bt:String id="Functions.Namespace" DefaultValue="ESG"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="long"', 'lifetime="short"'],
    ["no SharedRuntime requirement", "SharedRuntime set", '<Set Name="SharedRuntime" MinVersion="1.1"/>', ""],
    ["an http URL", 'must be an https URL, not "http://localhost:3000/functions.json"', "https://localhost:3000/functions.json", "http://localhost:3000/functions.json"],
    ["metadata that is not functions.json", "<Metadata> must point at functions.json", 'DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://localhost:3000/meta.txt"'],
    ["a missing custom functions extension point", "CustomFunctions", 'xsi:type="CustomFunctions"', 'xsi:type="ContextMenu"'],
    ["a bad Id", "<Id> must be a GUID", /<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>"],
    ["a missing Permissions", "<Permissions> is missing", /<Permissions>[^<]+<\/Permissions>/, ""],
  ])("fails with %s", (_name, expected, from, to) => {
    const errors = validateManifest(mutate(from, to)).errors;
    expect(errors.join("\n")).toContain(expected);
  });
});
