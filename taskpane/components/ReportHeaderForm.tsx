import { useEffect, useState } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { ReportState } from "../state";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(6rem, 1fr)", gap: tokens.spacingHorizontalM, alignItems: "start" },
  // An <input> is ~20 characters wide by default: let it shrink to its column in a narrow pane.
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

export interface ReportHeaderFormProps {
  report: ReportState;
  onCompanyName(name: string): void;
  onReportYear(year: number | null): void;
}

export function parseYear(text: string): number | null | "invalid" {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d{4}$/.test(t)) return "invalid";
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : "invalid";
}

/** The detected company and report year, editable before anything is written. */
export function ReportHeaderForm({ report, onCompanyName, onReportYear }: ReportHeaderFormProps) {
  const styles = useStyles();
  const [yearText, setYearText] = useState(report.reportYear?.toString() ?? "");
  useEffect(() => setYearText(report.reportYear?.toString() ?? ""), [report.id, report.reportYear]);
  const parsed = parseYear(yearText);
  const detected = report.detectedCompany.name;

  return (
    <form className={styles.root} aria-label="Report details" onSubmit={(e) => e.preventDefault()}>
      <Field
        label="Company"
        hint={detected ? (detected !== report.company.name ? `Detected: ${detected}` : "As detected in the report") : "No company name was found: please enter it"}
        validationState={report.company.name ? "none" : "warning"}
        className={styles.field}
      >
        <Input className={styles.input} value={report.company.name ?? ""} onChange={(_, d) => onCompanyName(d.value)} />
      </Field>
      <Field
        label="Report year"
        validationState={parsed === "invalid" ? "error" : "none"}
        validationMessage={parsed === "invalid" ? "Enter a year such as 2024" : undefined}
        hint={report.detectedYear !== null && report.detectedYear !== report.reportYear ? `Detected: ${report.detectedYear}` : undefined}
        className={styles.field}
      >
        <Input
          className={styles.input}
          value={yearText}
          inputMode="numeric"
          onChange={(_, d) => {
            setYearText(d.value);
            const y = parseYear(d.value);
            if (y !== "invalid") onReportYear(y);
          }}
        />
      </Field>
    </form>
  );
}
