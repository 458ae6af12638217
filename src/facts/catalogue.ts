/** The catalogue as the fact stage sees it (label matching, metric dimensions, unit parsing). */
import { ALSO_REPORTS, INTENSITY_OF, PART_NOUN, PERCENT_SIBLING, getMetric, matchMetricCandidates } from "../catalogue";
import { parseUnitFor } from "../units";
import type { FactContext, MetricInfo } from "./types";

function matchLabel(label: string): string[] {
  return matchMetricCandidates(label).map((m) => m.metricId);
}

/** Built once per metric: the fact stage asks for the same few metrics on every row. */
const infoMemo = new Map<string, MetricInfo | undefined>();
function metricInfo(id: string): MetricInfo | undefined {
  if (infoMemo.has(id)) return infoMemo.get(id);
  const m = getMetric(id);
  let info: MetricInfo | undefined;
  if (m) {
    info = { id: m.id, dimension: m.dimension };
    if (PERCENT_SIBLING[id]) info.percentSibling = PERCENT_SIBLING[id];
    if (ALSO_REPORTS[id]) info.alsoReports = ALSO_REPORTS[id];
    if (PART_NOUN[id]) info.partNoun = PART_NOUN[id];
    if (m.intensity) {
      info.intensity = { numerator: m.intensity.numerator, unit: m.unit };
      const family = Object.values(INTENSITY_OF).find((list) => list.includes(id));
      info.intensities = family ?? [id];
    } else if (INTENSITY_OF[id]) info.intensities = INTENSITY_OF[id];
  }
  infoMemo.set(id, info);
  return info;
}

/** Rows repeat a handful of units; parsing each (unit, dimension) pair once keeps the fact stage cheap. */
const unitMemo = new Map<string, ReturnType<typeof parseUnitFor>>();
function parseUnitForCached(printed: string, expected: Parameters<typeof parseUnitFor>[1]): ReturnType<typeof parseUnitFor> {
  const key = `${expected}\u0000${printed}`;
  if (unitMemo.has(key)) return unitMemo.get(key) ?? null;
  const parsed = parseUnitFor(printed, expected);
  if (unitMemo.size > 20_000) unitMemo.clear();
  unitMemo.set(key, parsed);
  return parsed;
}

export function catalogueContext(reportYear: number | null): FactContext {
  return { matchLabel, getMetric: metricInfo, parseUnitFor: parseUnitForCached, reportYear };
}
