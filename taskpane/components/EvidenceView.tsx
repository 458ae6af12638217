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
  line: { display: "flex", gap: tokens.spacingHorizontalS, whiteSpace: "pre", color: tokens.colorNeutralForeground3 },
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

/** Splits a line around the printed figure so that it can be highlighted. */
function highlight(text: string, figure: string | undefined, sepClass: string) {
  const i = figure ? text.indexOf(figure) : -1;
  if (!figure || i < 0) return cells(text, sepClass);
  return (
    <>
      {cells(text.slice(0, i), sepClass)}
      <mark>{figure}</mark>
      {cells(text.slice(i + figure.length), sepClass)}
    </>
  );
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
                <span>{isSource ? highlight(l.text, record.reported.text, styles.cellSep) : cells(l.text, styles.cellSep)}</span>
              </li>
            );
          })}
        </ol>
      ) : (
        <Text className={styles.lines}>{highlight(record.source.text, record.reported.text, styles.cellSep)}</Text>
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
