/**
 * Table rows → candidate facts. A row's label names the metric (catalogue), its unit must fit the
 * metric's dimension, and each year column gives one candidate. "Male"/"Female" rows become the
 * gender metrics of their parent total; other breakdown rows only count when their own label names
 * a metric.
 */
import type { TableBlock, TableRow } from "../blocks/types";
import { BREAKDOWN_CONTEXT, QUALIFIED_METRICS, qualifierOf } from "./qualifiers";
import { RATIO_WORDS, excludedWording, resolveUnit, roundValue, type ResolvedUnit } from "./resolve";
import type { CandidateFact, FactContext } from "./types";

const CONFIDENCE_TABLE = 0.95;
const CONFIDENCE_BREAKDOWN_GROUP = 0.85;
const CONFIDENCE_QUALIFIED = 0.85;
const PENALTY_UNALIGNED = 0.3;
const STARTS_TOTAL = /^(?:total|overall|all)\b|总|合计/i;
/** A bracketed part of a label that is words, not a unit or a code: "(Purchased Electricity)". */
const BRACKETED = /[(（]([A-Za-z\u3400-\u9fff][^()（）]{3,60})[)）]\s*$/;
const BY_CLAUSE = /\s+(?:by|according to)\s+.*$/i;

interface RowMetric {
  metric: string;
  unit: ResolvedUnit;
  confidence: number;
}

function firstValueText(row: TableRow): string {
  for (const v of row.values) if (v && v.value !== null) return v.text;
  return "";
}

/** The metric a row's own label names, with a unit that fits. */
function labelMetric(row: TableRow, ctx: FactContext): RowMetric | null {
  const wording = [row.label, ...row.context].join(" ");
  const valueText = firstValueText(row);
  for (const id of ctx.matchLabel(row.label)) {
    const info = ctx.getMetric(id);
    if (!info || excludedWording(wording, id)) continue;
    // A table-wide unit ("单位：万元") does not fit every row: a head count in a money table has none.
    const unit = resolveUnit(info, row.unit, valueText, ctx) ?? (row.unitInherited ? resolveUnit(info, "", valueText, ctx) : null);
    if (!unit) continue;
    const inBreakdown = row.context.some((c) => BREAKDOWN_CONTEXT.test(c)) && !STARTS_TOTAL.test(row.label);
    return { metric: id, unit, confidence: inBreakdown ? CONFIDENCE_BREAKDOWN_GROUP : CONFIDENCE_TABLE };
  }
  return null;
}

/** "Male" under "Number of employees by gender" (or under the row "Total number of employees"). */
function qualifiedMetric(row: TableRow, parent: string | null, ctx: FactContext): RowMetric | null {
  const q = qualifierOf(row.label);
  if (!q) return null;
  const group = row.context.length ? row.context[row.context.length - 1] : "";
  const candidates: string[] = [];
  // The group cell may name the total ("Number of employees by gender"); else the row above does.
  for (const c of row.context) {
    const stripped = c.replace(BY_CLAUSE, "").trim();
    if (stripped && stripped !== c.trim()) candidates.push(...ctx.matchLabel(stripped).slice(0, 1));
  }
  if (candidates.length === 0 && parent) candidates.push(parent);
  void group;
  for (const p of candidates) {
    const id = QUALIFIED_METRICS[p]?.[q];
    const info = id ? ctx.getMetric(id) : undefined;
    if (!id || !info) continue;
    const unit = resolveUnit(info, row.unit, firstValueText(row), ctx) ?? (row.unitInherited ? resolveUnit(info, "", firstValueText(row), ctx) : null);
    if (unit) return { metric: id, unit, confidence: CONFIDENCE_QUALIFIED };
  }
  return null;
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

export function tableFacts(table: TableBlock, ctx: FactContext): CandidateFact[] {
  const out: CandidateFact[] = [];
  let parent: string | null = null;
  for (const row of table.rows) {
    const isQualifier = qualifierOf(row.label) !== null;
    const found: RowMetric | null = isQualifier ? qualifiedMetric(row, parent, ctx) : labelMetric(row, ctx);
    if (!isQualifier) parent = found?.metric ?? (RATIO_WORDS.test(row.label) ? parent : null);
    if (!found) continue;
    emitRow(table, row, found, out);
    const second = isQualifier ? null : bracketMetric(row, found.metric, ctx);
    if (second) emitRow(table, row, second, out);
  }
  return out;
}

function emitRow(table: TableBlock, row: TableRow, found: RowMetric, out: CandidateFact[]): void {
    const confidence = found.confidence - (row.aligned ? 0 : PENALTY_UNALIGNED);
    row.values.forEach((cell, i) => {
      if (!cell || cell.value === null) return;
      const fact: CandidateFact = {
        metric: found.metric,
        year: table.years[i],
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
