import { forwardRef, useState, type FormEvent } from "react";
import { Badge, Button, Field, Input, Select, makeStyles, tokens, Text } from "@fluentui/react-components";
import { confidenceBand, type RecordPatch, type ReviewRow } from "../state";
import type { MetricOption } from "../metrics";
import { formatConfidence, formatSource, formatValue, parseNumber, printedFigure } from "./format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  fields: { display: "grid", gridTemplateColumns: "minmax(5rem, 1fr) minmax(7rem, 2fr)", gap: tokens.spacingHorizontalS },
  metric: { gridColumnStart: 1, gridColumnEnd: 3, minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  title: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", flexWrap: "wrap" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: "anywhere" },
});

export interface RecordEditorProps {
  row: ReviewRow;
  metricOptions: MetricOption[];
  onSave(patch: RecordPatch): void;
  onReset(): void;
  onConfirm(): void;
  onReject(): void;
  onRestore(): void;
}

/**
 * Edits one record's value, year and metric. Remounted per record (key = row id), so the draft
 * starts from the record's current values.
 */
export const RecordEditor = forwardRef<HTMLInputElement, RecordEditorProps>(function RecordEditor(
  { row, metricOptions, onSave, onReset, onConfirm, onReject, onRestore },
  valueRef,
) {
  const styles = useStyles();
  const r = row.record;
  const [value, setValue] = useState(formatValue(r.value).replace(/,/g, ""));
  const [year, setYear] = useState(String(r.year));
  const [metric, setMetric] = useState(r.metric);
  const parsedValue = parseNumber(value);
  const parsedYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : null;
  const valid = parsedValue !== null && parsedYear !== null;
  const dirty = valid && (parsedValue !== r.value || parsedYear !== r.year || metric !== r.metric);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    onSave({ value: parsedValue!, year: parsedYear!, metric });
  };

  const metricName = metricOptions.find((m) => m.id === r.metric)?.name ?? r.metric;
  return (
    <form className={styles.root} aria-label="Edit record" onSubmit={submit} data-testid="record-editor">
      <div className={styles.title}>
        <Text weight="semibold" as="h2" size={300} style={{ margin: 0 }}>
          {metricName}, {r.year}
        </Text>
        {r.conflict && <Badge color="danger" appearance="tint" size="small">conflict</Badge>}
        {row.rejected ? (
          <Badge color="informative" appearance="outline" size="small">rejected</Badge>
        ) : row.status !== "extracted" ? (
          <Badge color={row.status === "edited" ? "warning" : "success"} appearance="tint" size="small">{row.status}</Badge>
        ) : null}
      </div>
      <dl className={styles.facts} data-testid="record-details">
        <dt className={styles.term}>Printed</dt>
        <dd className={styles.def}>{printedFigure(r)}</dd>
        <dt className={styles.term}>Source</dt>
        <dd className={styles.def}>{formatSource(r.source)}</dd>
        <dt className={styles.term}>Confidence</dt>
        <dd className={styles.def}>
          {formatConfidence(r.confidence)} ({confidenceBand(r.confidence)})
        </dd>
      </dl>
      <div className={styles.fields}>
        <Field label="Metric" className={styles.metric}>
          <Select className={styles.select} value={metric} onChange={(_, d) => setMetric(d.value)}>
            {metricOptions.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.id})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Year" validationState={parsedYear === null ? "error" : "none"} validationMessage={parsedYear === null ? "A 4-digit year" : undefined} className={styles.field}>
          <Input className={styles.input} value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field
          label={`Value (${r.unit || "no unit"})`}
          validationState={parsedValue === null ? "error" : "none"}
          validationMessage={parsedValue === null ? "Enter a number" : undefined}
          className={styles.field}
        >
          <Input className={styles.input} ref={valueRef} value={value} inputMode="decimal" onChange={(_, d) => setValue(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!dirty}>
          Save changes
        </Button>
        {row.status === "extracted" && !row.rejected && <Button onClick={onConfirm}>Confirm</Button>}
        {row.status === "edited" && <Button onClick={onReset}>Reset to extracted</Button>}
        {row.rejected ? <Button onClick={onRestore}>Restore</Button> : <Button onClick={onReject}>Reject</Button>}
        <Text aria-live="polite">
          {row.rejected ? "Rejected: not written to the workbook." : row.status === "edited" ? "Edited." : row.status === "confirmed" ? "Confirmed." : ""}
        </Text>
      </div>
    </form>
  );
});
