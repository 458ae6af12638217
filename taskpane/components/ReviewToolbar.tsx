import { useState } from "react";
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CONFIDENCE_BANDS, type CategoryFilter, type ConfidenceFilter, type Filters, type ReviewCounts } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  accept: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  threshold: { width: "5.5rem" },
  counts: { flexBasis: "100%", color: tokens.colorNeutralForeground2 },
});

export interface ReviewToolbarProps {
  filters: Filters;
  counts: ReviewCounts;
  shown: number;
  onCategory(category: CategoryFilter): void;
  onConfidence(confidence: ConfidenceFilter): void;
  onAcceptAbove(threshold: number): void;
}

/** Filters (category, confidence), bulk accept above a confidence, and review counts. */
export function ReviewToolbar({ filters, counts, shown, onCategory, onConfidence, onAcceptAbove }: ReviewToolbarProps) {
  const styles = useStyles();
  const [threshold, setThreshold] = useState("0.80");
  const t = Number(threshold);
  const validThreshold = threshold.trim() !== "" && Number.isFinite(t) && t >= 0 && t <= 1;

  return (
    <div className={styles.root} role="toolbar" aria-label="Review tools">
      <Field label="Category">
        <Select value={filters.category} onChange={(_, d) => onCategory(d.value as CategoryFilter)}>
          <option value="all">All categories</option>
          <option value="E">E: Environmental</option>
          <option value="S">S: Social</option>
          <option value="G">G: Governance</option>
        </Select>
      </Field>
      <Field label="Confidence">
        <Select value={filters.confidence} onChange={(_, d) => onConfidence(d.value as ConfidenceFilter)}>
          <option value="all">Any confidence</option>
          {(Object.keys(CONFIDENCE_BANDS) as (keyof typeof CONFIDENCE_BANDS)[]).map((k) => (
            <option key={k} value={k}>
              {CONFIDENCE_BANDS[k].label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.accept}>
        <Field label="Accept at or above" validationState={validThreshold ? "none" : "error"}>
          <Input className={styles.threshold} value={threshold} inputMode="decimal" onChange={(_, d) => setThreshold(d.value)} />
        </Field>
        <Button disabled={!validThreshold} onClick={() => onAcceptAbove(t)}>
          Accept all ≥ {validThreshold ? t.toFixed(2) : "…"}
        </Button>
      </div>
      <Text className={styles.counts} aria-live="polite" data-testid="review-counts">
        {counts.total} records, {shown} shown · {counts.confirmed} confirmed · {counts.edited} edited · {counts.rejected} rejected
        {counts.conflicts > 0 ? ` · ${counts.conflicts} with conflicts` : ""}
      </Text>
    </div>
  );
}
