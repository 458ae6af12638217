import type React from "react";
import { Badge, Button, Caption1, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { DocumentLine } from "../../src/document/types";
import type { EsgRecord } from "../../src/records/types";
import { linesAround } from "../state";
import { formatConfidence, formatSource, formatValue } from "./format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  lines: {
    margin: 0,
    padding: tokens.spacingVerticalXS,
    listStyleType: "none",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowX: "auto",
  },
  // Lines wrap: at task-pane width a scrolled-away figure or year header would be missed.
  line: { display: "flex", gap: tokens.spacingHorizontalS, whiteSpace: "pre-wrap", overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
  source: { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorBrandBackground2, fontWeight: tokens.fontWeightSemibold },
  number: {
    minWidth: "3.5em",
    flexShrink: 0,
    textAlign: "right",
    userSelect: "none",
    color: tokens.colorNeutralForeground4,
    paddingRight: tokens.spacingHorizontalS,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cellSep: { color: tokens.colorNeutralForeground4 },
  alternatives: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  alt: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Shows table cells (TAB-separated in the document model) with a visible separator. */
function cells(text: string, sepClass: string) {
  const parts = text.split("\t");
  return parts.flatMap((p, i) => (i === 0 ? [p] : [<span key={i} className={sepClass} aria-hidden>{"  │  "}</span>, p]));
}

/** Where the printed figure occurs in a line, as whole numbers (not "21.42" inside "121.42"). */
function occurrences(text: string, figure: string): number[] {
  const found: number[] = [];
  const numeric = /^[\d.,\s-]+$/.test(figure);
  for (let i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + figure.length)) {
    if (numeric) {
      const before = text.slice(Math.max(0, i - 2), i);
      const after = text.slice(i + figure.length, i + figure.length + 2);
      if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
    }
    found.push(i);
  }
  return found;
}

const cellIndexAt = (text: string, pos: number) => text.slice(0, pos).split("\t").length - 1;

/**
 * Which column of a TAB-separated table holds `year`: the nearest line above (within 40 lines)
 * with exactly one cell naming the year ("2024", "FY2024", "2024年"), mapped onto the source
 * line's cells (aligned on the right when the header has fewer cells, e.g. no row-number cell).
 */
export function yearColumn(sourceText: string, year: number, above: string[]): number | null {
  const n = sourceText.split("\t").length;
  if (n < 2) return null;
  const isYear = new RegExp(`^(FY\\s?)?${year}(\\s*年(度)?)?$`, "i");
  for (let k = above.length - 1; k >= Math.max(0, above.length - 40); k--) {
    const cells = above[k].split("\t").map((c) => c.trim());
    if (cells.length < 2) continue;
    const hits = cells.flatMap((c, i) => (isYear.test(c) ? [i] : []));
    if (hits.length === 1) {
      const col = cells.length === n ? hits[0] : hits[0] + (n - cells.length);
      return col >= 0 && col < n ? col : null;
    }
  }
  return null;
}

/**
 * The occurrences of the printed figure to highlight on the source line: the only one; or the
 * one in the record's year column; when that cannot be told apart, all of them (never just the
 * first, which may be another year's cell).
 */
export function figureRanges(text: string, figure: string | undefined, year?: number, above: string[] = []): [number, number][] {
  if (!figure) return [];
  const at = occurrences(text, figure);
  const ranges = (list: number[]) => list.map((i) => [i, i + figure.length] as [number, number]);
  if (at.length <= 1 || year === undefined) return ranges(at);
  const col = yearColumn(text, year, above);
  if (col !== null) {
    const inColumn = at.filter((i) => cellIndexAt(text, i) === col);
    if (inColumn.length === 1) return ranges(inColumn);
  }
  return ranges(at);
}

/** Splits a line around the highlighted ranges. */
function highlight(text: string, ranges: [number, number][], sepClass: string) {
  if (ranges.length === 0) return cells(text, sepClass);
  const out: React.ReactNode[] = [];
  let pos = 0;
  ranges.forEach(([a, b], k) => {
    out.push(<span key={`t${k}`}>{cells(text.slice(pos, a), sepClass)}</span>, <mark key={`m${k}`}>{text.slice(a, b)}</mark>);
    pos = b;
  });
  out.push(<span key="rest">{cells(text.slice(pos), sepClass)}</span>);
  return <>{out}</>;
}

export interface EvidenceViewProps {
  record: EsgRecord;
  fileName: string;
  lines: DocumentLine[];
  onUseAlternative?(alternative: { value: number; unit: string }): void;
}

/** The record's source line with ±3 lines of context, the printed figure highlighted; conflicting candidates. */
export function EvidenceView({ record, fileName, lines, onUseAlternative }: EvidenceViewProps) {
  const styles = useStyles();
  const around = linesAround(lines, record.source.line, 3);
  const guess = record.source.line - 1;
  const sourceIndex = lines[guess]?.line === record.source.line ? guess : lines.findIndex((l) => l.line === record.source.line);
  const above = sourceIndex > 0 ? lines.slice(Math.max(0, sourceIndex - 40), sourceIndex).map((l) => l.text) : [];
  const mark = (text: string) => highlight(text, figureRanges(text, record.reported.text, record.year, above), styles.cellSep);
  return (
    <section className={styles.root} aria-label="Evidence" data-testid="evidence">
      <Caption1>
        {record.source.document ?? fileName}, {formatSource(record.source)}
      </Caption1>
      {around.length > 0 ? (
        <ol className={styles.lines} aria-label="Source text">
          {around.map((l) => {
            const isSource = l.line === record.source.line;
            return (
              <li key={l.line} className={isSource ? `${styles.line} ${styles.source}` : styles.line} aria-current={isSource ? "true" : undefined}>
                <span className={styles.number} aria-hidden>
                  {l.page ? `${l.page}:` : ""}
                  {l.line}
                </span>
                <span>{isSource ? mark(l.text) : cells(l.text, styles.cellSep)}</span>
              </li>
            );
          })}
        </ol>
      ) : (
        <Text className={styles.lines}>{mark(record.source.text)}</Text>
      )}
      {record.alternatives && record.alternatives.length > 0 && (
        <div className={styles.alternatives}>
          <Text weight="semibold">
            Other candidates {record.conflict && <Badge color="danger" appearance="tint" size="small">conflict</Badge>}
          </Text>
          {record.alternatives.map((alt, i) => (
            <div key={i} className={styles.alt}>
              <Text>
                {formatValue(alt.value)} {alt.unit} ({alt.reported.text ?? formatValue(alt.reported.value)} {alt.reported.unit}), {formatSource(alt.source)}, confidence{" "}
                {formatConfidence(alt.confidence)}
              </Text>
              {onUseAlternative && (
                <Button size="small" onClick={() => onUseAlternative({ value: alt.value, unit: alt.unit })}>
                  Use this value
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
