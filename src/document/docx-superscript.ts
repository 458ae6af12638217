/**
 * Raised and lowered runs in a .docx, made explicit for mammoth.
 *
 * mammoth maps a run to <sup>/<sub> only from `w:vertAlign` written directly in the run's own
 * properties (Word's "Superscript" button). It ignores two other ways documents say the same:
 * - `w:position` (text raised or lowered by N half-points). LibreOffice writes its superscripts
 *   this way (`<w:position w:val="7"/><w:sz w:val="16"/>`), so a footnote marker "2" after
 *   "6,436.68" came out as the figure "6,436.682".
 * - a character style (`w:rStyle`) whose own properties, or those of a style it is based on,
 *   carry `w:vertAlign` or `w:position` (e.g. a "Footnote Characters" or "Superscript" style).
 * This module rewrites run properties so that such runs carry an explicit `w:vertAlign`. The HTML
 * importer then decides, as for any <sup>, whether the text is a footnote marker (dropped) or an
 * exponent such as m³ (kept). An explicit `w:vertAlign` on the run (including "baseline") always
 * wins and is left alone.
 */

export type Raise = "superscript" | "subscript" | "baseline";

const WML_NAMESPACES = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The prefix a part uses for the WordprocessingML namespace ("w" in practice); undefined when absent. */
export function wordPrefix(xml: string): string | undefined {
  const head = xml.slice(0, 4096);
  for (const ns of WML_NAMESPACES) {
    const m = new RegExp(`xmlns:([A-Za-z_][\\w-]*)\\s*=\\s*["']${escapeRegExp(ns)}["']`).exec(head);
    if (m) return m[1];
  }
  return undefined;
}

function attribute(xml: string, element: string, attr: string, p: string): string | undefined {
  const m = new RegExp(`<${p}:${element}\\b[^>]*?\\b${p}:${attr}\\s*=\\s*["']([^"']*)["']`).exec(xml);
  return m?.[1];
}

function hasElement(xml: string, element: string, p: string): boolean {
  return new RegExp(`<${p}:${element}[\\s/>]`).test(xml);
}

/** What a set of run properties says about vertical position; undefined when it says nothing. */
function ownRaise(rPr: string, p: string): Raise | undefined {
  if (hasElement(rPr, "vertAlign", p)) {
    const v = attribute(rPr, "vertAlign", "val", p);
    return v === "superscript" || v === "subscript" ? v : "baseline";
  }
  const position = attribute(rPr, "position", "val", p);
  if (position !== undefined) {
    const half = Number.parseFloat(position); // half-points, or a measure such as "3.5pt": only the sign matters
    if (Number.isFinite(half)) return half > 0 ? "superscript" : half < 0 ? "subscript" : "baseline";
  }
  return undefined;
}

/** Run properties without a tracked change's record of the old formatting (`w:rPrChange`). */
function currentProperties(rPr: string, p: string): string {
  const i = rPr.indexOf(`<${p}:rPrChange`);
  return i < 0 ? rPr : rPr.slice(0, i);
}

/** Character styles (by styleId) that raise or lower their text, following `w:basedOn`. */
export function raisedCharacterStyles(stylesXml: string): Map<string, Raise> {
  const p = wordPrefix(stylesXml);
  const result = new Map<string, Raise>();
  if (!p) return result;
  const own = new Map<string, { raise?: Raise; basedOn?: string }>();
  const styleRe = new RegExp(`<${p}:style\\b([^>]*)>([\\s\\S]*?)</${p}:style>`, "g");
  for (const m of stylesXml.matchAll(styleRe)) {
    const attrs = m[1];
    if (!new RegExp(`\\b${p}:type\\s*=\\s*["']character["']`).test(attrs)) continue;
    const id = new RegExp(`\\b${p}:styleId\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
    if (!id) continue;
    const rPr = new RegExp(`<${p}:rPr>([\\s\\S]*?)</${p}:rPr>`).exec(m[2])?.[1];
    own.set(id, { raise: rPr ? ownRaise(currentProperties(rPr, p), p) : undefined, basedOn: attribute(m[2], "basedOn", "val", p) });
  }
  for (const id of own.keys()) {
    const seen = new Set<string>();
    let current: string | undefined = id;
    while (current && !seen.has(current)) {
      seen.add(current);
      const style = own.get(current);
      if (!style) break;
      if (style.raise) {
        if (style.raise !== "baseline") result.set(id, style.raise);
        break;
      }
      current = style.basedOn;
    }
  }
  return result;
}

/**
 * Gives every raised or lowered run an explicit `w:vertAlign`. Returns the rewritten part, or
 * undefined when nothing needed rewriting.
 */
export function markRaisedRuns(xml: string, styles: Map<string, Raise> = new Map()): string | undefined {
  const p = wordPrefix(xml);
  if (!p) return undefined;
  // Cheap exit: most Word documents have neither raised runs nor raising character styles.
  if (!xml.includes(`<${p}:position`) && (styles.size === 0 || !xml.includes(`<${p}:rStyle`))) return undefined;
  let changed = false;
  const rPrRe = new RegExp(`<${p}:rPr>([\\s\\S]*?)</${p}:rPr>`, "g");
  const out = xml.replace(rPrRe, (whole, inner: string) => {
    const props = currentProperties(inner, p);
    if (hasElement(props, "vertAlign", p)) return whole; // explicit on the run: mammoth reads it
    let raise = ownRaise(props, p);
    if (raise === undefined) {
      const styleId = attribute(props, "rStyle", "val", p);
      raise = styleId === undefined ? undefined : styles.get(styleId);
    }
    if (raise !== "superscript" && raise !== "subscript") return whole;
    changed = true;
    return `<${p}:rPr><${p}:vertAlign ${p}:val="${raise}"/>${inner}</${p}:rPr>`;
  });
  return changed ? out : undefined;
}

/** The files of a .docx that this module reads and rewrites (mammoth's zip wrapper has this shape). */
export interface DocxZip {
  exists(name: string): boolean;
  read(name: string, encoding: "utf-8"): Promise<string>;
  write(name: string, contents: string): void;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

function relationshipTargets(relsXml: string, type: string): string[] {
  const targets: string[] = [];
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const t = /\bType\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    if (target && !/\bTargetMode\s*=\s*["']External/.test(m[0]) && (t === REL + type || t === STRICT_REL + type)) targets.push(target);
  }
  return targets;
}

function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir ? `${dir}/${target}` : target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part && part !== ".") out.push(part);
  }
  return out.join("/");
}

async function readIfExists(zip: DocxZip, name: string): Promise<string | undefined> {
  return zip.exists(name) ? zip.read(name, "utf-8") : undefined;
}

/**
 * Rewrites the main document, footnotes and endnotes of `zip` in place (the parts mammoth
 * converts). Returns true when any part changed.
 */
export async function normalizeDocxSuperscripts(zip: DocxZip): Promise<boolean> {
  const packageRels = (await readIfExists(zip, "_rels/.rels")) ?? "";
  const main = resolvePath("", relationshipTargets(packageRels, "officeDocument")[0] ?? "word/document.xml");
  const slash = main.lastIndexOf("/");
  const dir = slash < 0 ? "" : main.slice(0, slash);
  const docRels = (await readIfExists(zip, `${dir ? dir + "/" : ""}_rels/${main.slice(slash + 1)}.rels`)) ?? "";
  const part = (type: string, fallback: string): string => resolvePath(dir, relationshipTargets(docRels, type)[0] ?? fallback);

  const stylesXml = await readIfExists(zip, part("styles", "styles.xml"));
  const styles = stylesXml ? raisedCharacterStyles(stylesXml) : new Map<string, Raise>();
  let changed = false;
  for (const name of new Set([main, part("footnotes", "footnotes.xml"), part("endnotes", "endnotes.xml")])) {
    const xml = await readIfExists(zip, name);
    const rewritten = xml === undefined ? undefined : markRaisedRuns(xml, styles);
    if (rewritten !== undefined) {
      zip.write(name, rewritten);
      changed = true;
    }
  }
  return changed;
}
