/**
 * Offline checks for manifest.xml. Microsoft's validator needs a web service this project cannot
 * reach, and no XSD ships on npm, so these encode the rules that break sideloading in practice.
 * Usage: npx tsx scripts/manifest/validate.ts [manifest.xml]
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";

const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** Order of OfficeApp's children in the schema's sequence (TaskPaneApp); the first ones are required. */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Rule", "DisableEntityHighlighting", "Dictionary", "VersionOverrides",
];
const TOP_LEVEL_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

/** Which kind of resource an element's resid must name. */
const RESID_KIND: Record<string, string> = {
  Runtime: "Url", SourceLocation: "Url", FunctionFile: "Url", LearnMoreUrl: "Url", "bt:Image": "Image",
  Namespace: "ShortString", Label: "ShortString", Title: "ShortString", Description: "LongString",
};

export interface ManifestReport {
  errors: string[];
}

function children(el: XmlElement, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!localName || (n as XmlElement).localName === localName)) out.push(n as XmlElement);
  }
  return out;
}

function descendants(el: XmlElement, localName: string): XmlElement[] {
  return Array.from(el.getElementsByTagNameNS("*", localName)) as unknown as XmlElement[];
}

function xsiType(el: XmlElement): string | null {
  return el.getAttributeNS(XSI_NS, "type");
}

export function validateManifest(xml: string): ManifestReport {
  const errors: string[] = [];
  const parseErrors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(String(message));
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    // xmldom throws on fatal errors (after reporting them through onError).
    parseErrors.push(String((e as Error).message ?? e));
  }
  if (parseErrors.length) return { errors: parseErrors.map((m) => `not well-formed XML: ${m.split("\n")[0]}`) };

  const root = doc!.documentElement as unknown as XmlElement | null;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== OFFICE_NS) {
    return { errors: ["the root element must be <OfficeApp> in the appforoffice/1.1 namespace"] };
  }
  if (xsiType(root) !== "TaskPaneApp") errors.push(`OfficeApp must be xsi:type="TaskPaneApp", not ${xsiType(root)}`);

  // The schema is a sequence: each present child must follow the order, and required ones must be there.
  const top = children(root).map((c) => c.localName!);
  let last = -1;
  for (const name of top) {
    const index = TOP_LEVEL_ORDER.indexOf(name);
    if (index === -1) errors.push(`unexpected element <${name}> under <OfficeApp>`);
    else if (index < last) errors.push(`<${name}> is out of order: it must come before <${TOP_LEVEL_ORDER[last]}>`);
    else last = index;
  }
  for (const name of TOP_LEVEL_REQUIRED) if (!top.includes(name)) errors.push(`<${name}> is missing`);

  const id = children(root, "Id")[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) errors.push(`<Id> must be a GUID, not "${id}"`);
  const version = children(root, "Version")[0]?.textContent?.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> must look like 1.0.0.0, not "${version}"`);

  // Resources: ids are unique, at most 32 characters, and every resid resolves to one of the right kind.
  const resources = new Map<string, string>();
  for (const [container, kind] of [["Images", "Image"], ["Urls", "Url"], ["ShortStrings", "ShortString"], ["LongStrings", "LongString"]] as const) {
    for (const group of descendants(root, container)) {
      for (const item of children(group)) {
        const rid = item.getAttribute("id") ?? "";
        if (rid.length > 32) errors.push(`resource id "${rid}" is longer than 32 characters`);
        if (resources.has(rid)) errors.push(`resource id "${rid}" is defined twice`);
        resources.set(rid, kind);
        if (kind === "Url" || kind === "Image") checkHttps(item.getAttribute("DefaultValue"), `resource ${rid}`, errors);
      }
    }
  }
  for (const el of Array.from(root.getElementsByTagNameNS("*", "*")) as unknown as XmlElement[]) {
    const resid = el.getAttribute("resid");
    if (resid === null || resid === "") continue;
    const kind = resources.get(resid);
    const name = el.tagName === "bt:Image" ? "bt:Image" : el.localName!;
    if (!kind) errors.push(`resid "${resid}" on <${name}> does not resolve to any resource`);
    else if (RESID_KIND[name] && RESID_KIND[name] !== kind && !(RESID_KIND[name] === "ShortString" && kind === "LongString" && name === "Description")) {
      errors.push(`resid "${resid}" on <${name}> names a ${kind}, but <${name}> needs a ${RESID_KIND[name]}`);
    }
  }

  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const el of children(root, tag).concat(descendants(children(root, "DefaultSettings")[0] ?? root, tag))) {
      const v = el.getAttribute("DefaultValue");
      if (v !== null) checkHttps(v, `<${tag}>`, errors);
    }
  }

  const stringValue = (rid: string | null) => {
    for (const el of descendants(root, "String")) if (el.getAttribute("id") === rid) return el.getAttribute("DefaultValue");
    return null;
  };
  const urlValue = (rid: string | null) => {
    for (const el of descendants(root, "Url")) if (el.getAttribute("id") === rid) return el.getAttribute("DefaultValue") ?? "";
    return "";
  };

  // Custom functions: the extension point, the ESG namespace, script/page/metadata URLs.
  const cf = descendants(root, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  if (!cf) errors.push("no <ExtensionPoint xsi:type=\"CustomFunctions\">");
  else {
    const ns = descendants(cf, "Namespace")[0];
    const nsValue = stringValue(ns?.getAttribute("resid") ?? null);
    if (nsValue !== "ESG") errors.push(`the custom functions namespace must be "ESG", not ${JSON.stringify(nsValue)}`);
    const loc = (section: string) => urlValue(descendants(descendants(cf, section)[0] ?? cf, "SourceLocation")[0]?.getAttribute("resid") ?? null);
    if (!/\.js$/.test(loc("Script"))) errors.push("the custom functions <Script> must point at a .js file");
    if (!/\.html$/.test(loc("Page"))) errors.push("the custom functions <Page> must point at an .html page");
    if (!/functions\.json$/.test(loc("Metadata"))) errors.push("the custom functions <Metadata> must point at functions.json");
  }

  // Shared runtime: one long-lived runtime whose page is also the functions page and the task pane.
  const runtime = descendants(root, "Runtime")[0];
  if (!runtime) errors.push("no <Runtime>: the shared runtime is missing");
  else {
    if (runtime.getAttribute("lifetime") !== "long") errors.push('the shared <Runtime> must have lifetime="long"');
    const runtimeUrl = urlValue(runtime.getAttribute("resid"));
    const cfPage = cf ? urlValue(descendants(descendants(cf, "Page")[0] ?? cf, "SourceLocation")[0]?.getAttribute("resid") ?? null) : "";
    if (cf && cfPage !== runtimeUrl) errors.push("the custom functions <Page> must be the shared runtime's page");
  }
  const sets = descendants(children(root, "Requirements")[0] ?? root, "Set").map((s) => s.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) errors.push("<Requirements> must name the SharedRuntime set");

  const hosts = children(children(root, "Hosts")[0] ?? root, "Host").map((h) => h.getAttribute("Name"));
  if (!hosts.includes("Workbook")) errors.push('<Hosts> must include <Host Name="Workbook"> (Excel)');
  const permissions = children(root, "Permissions")[0]?.textContent?.trim();
  if (permissions !== "ReadWriteDocument") errors.push("<Permissions> must be ReadWriteDocument: the add-in writes worksheets");

  const button = descendants(root, "Action").find((a) => xsiType(a) === "ShowTaskpane");
  if (!button) errors.push("no ribbon button opens the task pane (<Action xsi:type=\"ShowTaskpane\">)");
  return { errors };
}

function checkHttps(url: string | null, where: string, errors: string[]): void {
  if (url !== null && !/^https:\/\//.test(url)) errors.push(`${where} must be an https URL, not "${url}"`);
}

if (require.main === module) {
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  const file = process.argv[2] ?? "manifest.xml";
  const { errors } = validateManifest(readFileSync(file, "utf8"));
  if (errors.length) {
    for (const e of errors) console.error(`${file}: ${e}`);
    process.exit(1);
  }
  console.log(`${file}: valid`);
}
