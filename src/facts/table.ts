/**
 * Table rows → candidate facts. A row's label names the metric (catalogue), its unit must fit the
 * metric's dimension, and each year column gives one candidate. "Male"/"Female" rows become the
 * gender metrics of their parent total; other breakdown rows only count when their own label names
 * a metric.
 */
import { subColumnCells } from "../blocks/rows";
import type { TableBlock, TableRow } from "../blocks/types";
import { BREAKDOWN_CONTEXT, QUALIFIED_METRICS, qualifierOf } from "./qualifiers";
import { RATIO_WORDS, excludedWording, resolveIntensityOf, resolveMetricUnit, roundValue, type ResolvedUnit } from "./resolve";
import type { CandidateFact, FactContext } from "./types";

const CONFIDENCE_TABLE = 0.95;
const CONFIDENCE_BREAKDOWN_GROUP = 0.85;
const CONFIDENCE_QUALIFIED = 0.85;
/** A figure reported through a catalogue relation (location-based Scope 2 as Scope 2): an explicit row wins. */
const PENALTY_RELATED = 0.1;
const PENALTY_UNALIGNED = 0.3;
const STARTS_TOTAL = /^(?:total|overall|all)\b|总|合计/i;
/** A bracketed part of a label that is words, not a unit or a code: "(Purchased Electricity)". */
const BRACKETED = /[(（]([A-Za-z\u3400-\u9fff][^()（）]{3,60})[)）]\s*$/;
const BY_CLAUSE = /\s+(?:by|according to)\s+.*$/i;
/** "Hazardous waste – dyeing sludge", "Water: municipal", "By gender – Male": head and sub-item. */
const SUBITEM = /^(.+?)(?:\s+[-–—]\s+|(?<=[\u3400-\u9fff])[-–—－](?=[\u3400-\u9fff])|\s*[:：]\s*)(.+)$/;
/** The separators SUBITEM needs: a label without one (most) skips its lazy, backtracking scan. */
const SUBITEM_MARK = /[-–—－:：]/;

/** SUBITEM's match of `label`, or null. */
function subItem(label: string): RegExpExecArray | null {
  return SUBITEM_MARK.test(label) ? SUBITEM.exec(label) : null;
}
/** "of which: purchased electricity", "including: …", "其中：…": a part of the row above. */
const PART_PREFIX = /^(?:of which|of whom|including|incl\.|among which|thereof|其中|包括)\s*[:：,，]?\s*/i;
/** "– purchased from grid", "- of which female": a sub-row of the row above. */
const SUBROW_DASH = /^[-–—•·]\s*/;
/** "Total waste" → "waste": a part of the total is named without the total's word ("hazardous waste"). */
const HEAD_TOTAL_WORD = /^(?:total|overall)\s+|^(?:总|合计)/i;
/** "total", "合计": a sub-item that is the total itself. */
const TOTAL_WORD = /^(?:total|overall|in total|sum|合计|总计|总量)$/i;
/** "Table 6 Employees", "表6 员工情况": the caption's number goes before the caption names a metric. */
const TABLE_NUMBER = /^(?:table|表)\s*[A-Z]?[\d.]+\s*[.:：]?\s*/i;
/**
 * A row label that is the total of the rows above it and names nothing else: "Total", "Overall", "All
 * employees", "合计". Its metric is the one its group cell, the heading above its rows or the caption names.
 */
const GROUP_TOTAL = /^(?:total|totals|overall|sum|in total|grand total|all|all (?:employees|staff|workers|personnel|persons|people|sites|regions|categories|suppliers|operations|types)|company[- ]wide|group[- ]wide|合计|总计|总量|共计|全部|全体员工|所有员工)\s*[:：]?$/i;
/** A leading framework code on a heading: "B5.1 Number of suppliers …". */
const HEADING_CODE = /^(?:KPI\s*)?(?:[A-D]\d{1,2}(?:\.\d{1,2})?|GRI\s?\d{1,3}(?:-\d{1,2})?)\s+/i;
/** A total is the sum of its parts when they agree to this relative difference (rounded figures). */
const SUM_TOLERANCE = 0.005;

interface RowMetric {
  metric: string;
  unit: ResolvedUnit;
  confidence: number;
}

function firstValueText(row: TableRow): string {
  for (const v of row.values) if (v && v.value !== null) return v.text;
  return "";
}

/**
 * "Hazardous waste – dyeing sludge": a sub-item of the head's metric, not its total, when the sub-item
 * neither changes the metric ("Scope 2 – location-based" does) nor restates it ("Scope 1: direct emissions").
 */
function isSubItemOf(label: string, metric: string, ctx: FactContext): boolean {
  const m = subItem(label);
  if (!m || STARTS_TOTAL.test(m[1]) || TOTAL_WORD.test(m[2].trim())) return false;
  if (ctx.matchLabel(m[1])[0] !== metric) return false;
  return !ctx.matchLabel(m[2]).includes(metric);
}

/** The metric a row's own label names, with a unit that fits. */
function labelMetric(row: TableRow, ctx: FactContext): RowMetric | null {
  const part = PART_PREFIX.exec(row.label);
  const label = part ? row.label.slice(part[0].length) : row.label;
  // The label with its context, for the wording checks: built only for a label that names a metric.
  let wording: string | undefined;
  const valueText = firstValueText(row);
  for (const id of ctx.matchLabel(label)) {
    const info = ctx.getMetric(id);
    if (!info) continue;
    wording ??= [label, ...row.context].join(" ");
    if (excludedWording(wording, id)) continue;
    // A table-wide unit ("单位：万元") does not fit every row: a head count in a money table has none.
    const hit = resolveMetricUnit(info, row.unit, valueText, ctx, label) ?? (row.unitInherited ? resolveMetricUnit(info, "", valueText, ctx, label) : null);
    if (!hit) continue;
    if (isSubItemOf(label, id, ctx)) return null;
    const total = STARTS_TOTAL.test(label);
    // Under a group cell that names the same metric ("Complaints received" › "Product complaints"), or
    // under "By …", or introduced by "of which": a part, which a total row beats.
    const inBreakdown = !total && (part !== null || row.context.some((c) => BREAKDOWN_CONTEXT.test(c) || ctx.matchLabel(c)[0] === id));
    return { metric: hit.metric, unit: hit.unit, confidence: inBreakdown ? CONFIDENCE_BREAKDOWN_GROUP : CONFIDENCE_TABLE };
  }
  return null;
}

/** The total a table's caption names ("Table 6 Employees" → employees_total), for gender rows with no total above. */
function captionMetric(table: TableBlock, ctx: FactContext): string | null {
  const caption = table.title.replace(TABLE_NUMBER, "").replace(BY_CLAUSE, "").trim();
  if (!caption) return null;
  return ctx.matchLabel(caption)[0] ?? ctx.matchLabel(`number of ${caption}`)[0] ?? null;
}

/** The table's "Total …" rows whose metric has gender parts, in row order (built once per table). */
function totalsWithParts(table: TableBlock, ctx: FactContext): { index: number; metric: string }[] {
  const out: { index: number; metric: string }[] = [];
  table.rows.forEach((row, index) => {
    if (!STARTS_TOTAL.test(row.label)) return;
    const id = ctx.matchLabel(row.label)[0];
    if (id && QUALIFIED_METRICS[id]) out.push({ index, metric: id });
  });
  return out;
}

/**
 * "Male" under "Number of employees by gender", under the row "Total number of employees", under a
 * "By gender" sub-heading of a table captioned "Employees" or closed by a "Total number of employees" row.
 */
function qualifiedMetric(row: TableRow, label: string, parents: readonly string[], ctx: FactContext): RowMetric | null {
  const q = qualifierOf(label);
  if (!q) return null;
  for (const p of parents) {
    const id = QUALIFIED_METRICS[p]?.[q];
    const info = id ? ctx.getMetric(id) : undefined;
    if (!id || !info) continue;
    const valueText = firstValueText(row);
    const hit = resolveMetricUnit(info, row.unit, valueText, ctx) ?? (row.unitInherited ? resolveMetricUnit(info, "", valueText, ctx) : null);
    if (hit) return { metric: hit.metric, unit: hit.unit, confidence: CONFIDENCE_QUALIFIED };
  }
  return null;
}

/**
 * Parents named by the row's group cells: "Number of employees by gender" → employees_total, then a
 * label cell spanning the gender rows ("Share of staff trained" over "Men" / "Women").
 */
function contextParents(row: TableRow, ctx: FactContext): string[] {
  const out: string[] = [];
  for (const c of row.context) {
    const stripped = c.replace(BY_CLAUSE, "").trim();
    if (stripped && stripped !== c.trim()) out.push(...ctx.matchLabel(stripped).slice(0, 1));
  }
  for (const c of row.context) {
    const id = ctx.matchLabel(c)[0];
    if (id && QUALIFIED_METRICS[id] && !out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * "Total indirect energy consumption (Purchased Electricity)": the bracketed words name a second
 * metric with the same figures. Returns it when it differs from the row's own metric.
 */
function bracketMetric(row: TableRow, own: string, ctx: FactContext): RowMetric | null {
  const m = BRACKETED.exec(row.label);
  if (!m || !m[1].trim()) return null;
  const inner = labelMetric({ ...row, label: m[1].trim() }, ctx);
  return inner && inner.metric !== own ? inner : null;
}

/** "By gender – Male": the qualifier after a breakdown heading. */
function qualifierLabel(label: string): { label: string; group: string | null } {
  if (qualifierOf(label)) return { label, group: null };
  const m = subItem(label);
  if (m && BREAKDOWN_CONTEXT.test(m[1]) && qualifierOf(m[2])) return { label: m[2], group: m[1] };
  return { label, group: null };
}

/** Whether a row's figures add up to the total row's in every year both print (at least one). */
function sumOf(parts: readonly TableRow[], total: TableRow): "match" | "mismatch" | "unknown" {
  if (parts.length < 2 || parts.some((p) => p.unit !== total.unit)) return "unknown";
  let matched = false;
  for (let i = 0; i < total.values.length; i++) {
    const t = total.values[i]?.value;
    if (t === null || t === undefined) continue;
    let sum = 0;
    let complete = true;
    for (const p of parts) {
      const v = p.values[i]?.value;
      if (v === null || v === undefined) complete = false;
      else sum += v;
    }
    if (!complete) continue;
    if (Math.abs(sum - t) > SUM_TOLERANCE * Math.max(Math.abs(t), 1)) return "mismatch";
    matched = true;
  }
  return matched ? "match" : "unknown";
}

/** A heading or caption as a label: its table number, framework code and "by …" clause removed. */
function headingLabel(text: string): string {
  return text.replace(TABLE_NUMBER, "").replace(HEADING_CODE, "").replace(BY_CLAUSE, "").trim();
}

/**
 * "Total" (or "All employees") closing a block of rows: the metric its group cell, the heading over the
 * block or the table's caption names, with a unit that fits. The rows of the block are the rows above
 * back to the previous total or heading (those under the same group cell, for a group cell). A group
 * cell or heading counts when the block's figures add up to the total or no row of the block names a
 * metric of its own (region or age rows); the caption, further away, only when they add up.
 */
function groupTotal(table: TableBlock, r: number, ownMetric: readonly boolean[], ctx: FactContext): RowMetric | null {
  const row = table.rows[r];
  const candidates: { text: string; group: boolean; needSum: boolean }[] = [];
  for (let k = row.context.length - 1; k >= 0; k--) candidates.push({ text: row.context[k], group: true, needSum: false });
  if (row.section) candidates.push({ text: row.section, group: false, needSum: false });
  if (table.title) candidates.push({ text: table.title, group: false, needSum: true });
  for (const c of candidates) {
    const label = headingLabel(c.text);
    if (!label) continue;
    // "Suppliers by country" names the count of suppliers, as a caption does.
    const found = labelMetric({ ...row, label, context: [] }, ctx) ?? labelMetric({ ...row, label: `number of ${label}`, context: [] }, ctx);
    if (!found) continue;
    // The block: rows above up to the previous total or a change of heading (or of this group cell).
    let start = r;
    while (start > 0) {
      const above = table.rows[start - 1];
      if (above.section !== row.section || GROUP_TOTAL.test(above.label) || STARTS_TOTAL.test(above.label)) break;
      if (c.group && !above.context.includes(c.text)) break;
      start--;
    }
    if (start === r) continue;
    const block = table.rows.slice(start, r);
    const main = block.filter((b) => !SUBROW_DASH.test(b.label) && !PART_PREFIX.test(b.label));
    const sum = sumOf(main.length ? main : block, row);
    if (sum === "match" || (!c.needSum && !ownMetric.slice(start, r).some(Boolean))) {
      return { metric: found.metric, unit: found.unit, confidence: CONFIDENCE_TABLE };
    }
  }
  return null;
}

export function tableFacts(table: TableBlock, ctx: FactContext): CandidateFact[] {
  const out: CandidateFact[] = [];
  let parent: string | null = null;
  /** The parent the previous gender row resolved to: "Female" right after "Male" shares it. */
  let groupParent: string | null = null;
  let caption: string | null | undefined;
  let totals: { index: number; metric: string }[] | undefined;
  /** The label of the last row that is not a dash-marked sub-row: the head its sub-rows belong to. */
  let head = "";
  /** Per row: its own label named a metric that is not a breakdown's (a region row names none). */
  const ownMetric: boolean[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    ownMetric.push(false);
    const q = qualifierLabel(row.label);
    const isQualifier = qualifierOf(q.label) !== null;
    let found: RowMetric | null = null;
    if (isQualifier) {
      // Nearest evidence first: the group cell, the row above, the previous gender row's parent, then
      // (under a "By gender" heading) the table's caption or the Total row that closes the group.
      const parents = contextParents(row, ctx);
      if (parent) parents.push(parent);
      if (groupParent) parents.push(groupParent);
      const grouped = q.group !== null || row.context.some((c) => BREAKDOWN_CONTEXT.test(c));
      if (grouped && !parents.some((p) => QUALIFIED_METRICS[p])) {
        if (caption === undefined) caption = captionMetric(table, ctx);
        if (caption && QUALIFIED_METRICS[caption]) parents.push(caption);
        else {
          totals ??= totalsWithParts(table, ctx);
          const below = totals.find((t) => t.index > r);
          if (below) parents.push(below.metric);
        }
      }
      found = qualifiedMetric(row, q.label, parents, ctx);
      groupParent = found ? parents.find((p) => QUALIFIED_METRICS[p]) ?? null : null;
    } else {
      const sub = SUBROW_DASH.test(row.label);
      found = GROUP_TOTAL.test(row.label) && r > 0 ? groupTotal(table, r, ownMetric, ctx) : null;
      found ??= labelMetric(row, ctx);
      ownMetric[r] = found !== null && found.confidence >= CONFIDENCE_TABLE;
      if (!found && sub && head) {
        // "– purchased from grid" under "Electricity consumption": the part named with its head's words.
        const part = row.label.replace(SUBROW_DASH, "").replace(PART_PREFIX, "");
        const bare = head.replace(HEAD_TOTAL_WORD, "");
        found = labelMetric({ ...row, label: `${part} ${bare}` }, ctx) ?? labelMetric({ ...row, label: `${bare} ${part}` }, ctx);
        if (found) found = { ...found, confidence: Math.min(found.confidence, CONFIDENCE_BREAKDOWN_GROUP) };
      }
      if (!sub) head = row.label;
      // An intensity row is a ratio row: the gender rows below still belong to the total above it.
      const intensity = found !== null && ctx.getMetric(found.metric)?.dimension === "intensity";
      if (intensity) ownMetric[r] = false;
      parent = found && !intensity ? found.metric : RATIO_WORDS.test(row.label) ? parent : null;
      groupParent = null;
    }
    if (!found) continue;
    emitRow(table, row, found, out);
    if (!isQualifier) emitIntensityColumns(table, row, found, ctx, out);
    const related = ctx.getMetric(found.metric)?.alsoReports;
    if (related) emitRow(table, row, { ...found, metric: related, confidence: found.confidence - PENALTY_RELATED }, out);
    const second = isQualifier ? null : bracketMetric(row, found.metric, ctx);
    if (second) emitRow(table, row, second, out);
  }
  return out;
}

/** A sub-column head naming an intensity: "Intensity", "Intensity (tCO2e/RMB m)", "强度", "tCO2e per RMB million". */
const INTENSITY_HEAD = /intensity|强度|\bper\b|每|\//i;
/** Footnote markers after a head ("Intensity¹", "Intensity*"). */
const HEAD_MARKERS = /[\s*†‡§⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;
const BRACKETS = /[(（]([^()（）]{1,60})[)）]/g;

/**
 * The unit of an intensity sub-column: its head's bracket ("Intensity (tCO2e/RMB million)"), the head
 * itself when it is a ratio unit ("tCO2e/RMB million"), else, for a head that only says "Intensity",
 * the one ratio unit the table's caption prints in brackets. "" when none (the column is not read).
 */
function intensityHeadUnit(head: string, title: string, ctx: FactContext): string {
  const text = head.trim().replace(HEAD_MARKERS, "");
  if (!INTENSITY_HEAD.test(text)) return "";
  const isRatio = (u: string) => ctx.parseUnitFor(u, "by_report")?.intensity === true;
  const inHead = [...text.matchAll(BRACKETS)].map((m) => m[1].trim()).filter(isRatio);
  if (inHead.length === 1) return inHead[0];
  if (isRatio(text)) return text;
  if (inHead.length > 0 || !/intensity|强度/i.test(text)) return "";
  const inTitle = [...title.matchAll(BRACKETS)].map((m) => m[1].trim()).filter(isRatio);
  return inTitle.length === 1 ? inTitle[0] : "";
}

/**
 * A row under "Total | Intensity" sub-columns: the intensity beside each year's own figure is the
 * intensity metric of the row's total (Total GHG emissions → ghg_intensity_revenue, or _product when
 * the unit is per tonne of product), when the sub-column's head or the caption prints a unit that
 * converts to the metric's; nothing otherwise (a bare "Intensity", per employee, HK$).
 */
function emitIntensityColumns(table: TableBlock, row: TableRow, found: RowMetric, ctx: FactContext, out: CandidateFact[]): void {
  const info = ctx.getMetric(found.metric);
  if (!info?.intensities || info.dimension === "intensity") return;
  const units = new Map<number, string>();
  row.values.forEach((cell, i) => {
    const noted = cell ? subColumnCells(cell) : undefined;
    if (!cell || !noted) return;
    const own = noted.cells.find((c) => c.cell === cell);
    if (!own || own.year !== i || own.sub !== noted.sub.main) return;
    for (const c of noted.cells) {
      if (c.year !== i || c.sub === noted.sub.main || c.cell.value === null) continue;
      const head = noted.sub.heads[c.sub] ?? "";
      if (!units.has(c.sub)) units.set(c.sub, intensityHeadUnit(head, table.title, ctx));
      const unitText = units.get(c.sub) as string;
      if (!unitText) continue;
      const hit = resolveIntensityOf(info.intensities ?? [], unitText, c.cell.text, ctx, `${row.label} ${head}`);
      if (!hit) continue;
      const fact: CandidateFact = {
        metric: hit.metric,
        year: row.year ?? table.years[i],
        value: roundValue(c.cell.value * hit.unit.factor),
        unit: hit.unit.canonical,
        reported: { value: c.cell.value, unit: unitText, text: c.cell.text },
        source: { line: row.line, text: row.raw },
        confidence: found.confidence,
        origin: "table",
      };
      if (row.page !== undefined) fact.source.page = row.page;
      out.push(fact);
    }
  });
}

function emitRow(table: TableBlock, row: TableRow, found: RowMetric, out: CandidateFact[]): void {
  const confidence = found.confidence - (row.aligned ? 0 : PENALTY_UNALIGNED);
  row.values.forEach((cell, i) => {
    if (!cell || cell.value === null) return;
    const fact: CandidateFact = {
      metric: found.metric,
      year: row.year ?? table.years[i],
      value: roundValue(cell.value * found.unit.factor),
      unit: found.unit.canonical,
      reported: { value: cell.value, unit: row.unit, text: cell.text },
      source: { line: row.line, text: row.raw },
      confidence,
      origin: "table",
    };
    if (row.page !== undefined) fact.source.page = row.page;
    out.push(fact);
  });
}
