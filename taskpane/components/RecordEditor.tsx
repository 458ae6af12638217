import { forwardRef, useState, type FormEvent } from "react";
import { Button, Field, Input, Select, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { RecordPatch, ReviewRow } from "../state";
import type { MetricOption } from "../metrics";
import { formatValue, parseNumber } from "./format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  fields: { display: "grid", gridTemplateColumns: "minmax(5rem, 1fr) minmax(7rem, 2fr)", gap: tokens.spacingHorizontalS },
  metric: { gridColumnStart: 1, gridColumnEnd: 3, minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
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

  return (
    <form className={styles.root} aria-label="Edit record" onSubmit={submit} data-testid="record-editor">
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
        <Field label="Year" validationState={parsedYear === null ? "error" : "none"} validationMessage={parsedYear === null ? "A 4-digit year" : undefined}>
          <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
        <Field
          label={`Value (${r.unit || "no unit"})`}
          validationState={parsedValue === null ? "error" : "none"}
          validationMessage={parsedValue === null ? "Enter a number" : undefined}
        >
          <Input ref={valueRef} value={value} inputMode="decimal" onChange={(_, d) => setValue(d.value)} />
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
