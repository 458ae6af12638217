import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostMode } from "../host";
import type { PopulateState } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

export interface PopulateBarProps {
  mode: HostMode | null;
  populate: PopulateState;
  recordCount: number;
  reportCount: number;
  onPopulate(): void;
  onDismiss(): void;
}

export function summaryText(summary: NonNullable<PopulateState["summary"]>): string {
  const parts = [`${summary.added} added`, `${summary.updated} updated`, `${summary.unchanged} unchanged`];
  if (summary.keptUserEdits) parts.push(`${summary.keptUserEdits} of your sheet edits kept`);
  return parts.join(", ");
}

/** One click to write the reviewed records: into Excel, or in a browser to an .xlsx download. */
export function PopulateBar({ mode, populate, recordCount, reportCount, onPopulate, onDismiss }: PopulateBarProps) {
  const styles = useStyles();
  const label = mode === "excel" ? "Populate workbook" : "Populate and download .xlsx";
  return (
    <section className={styles.root} aria-label="Populate the workbook">
      <div className={styles.row}>
        <Button appearance="primary" disabled={!mode || populate.busy || reportCount === 0} onClick={onPopulate} icon={populate.busy ? <Spinner size="tiny" /> : undefined}>
          {populate.busy ? "Populating…" : label}
        </Button>
        <Text>
          {recordCount} accepted record{recordCount === 1 ? "" : "s"} from {reportCount} report{reportCount === 1 ? "" : "s"}
          {mode === "browser" ? " · browser mode: in-memory workbook" : ""}
        </Text>
      </div>
      {populate.summary && (
        <MessageBar intent="success" data-testid="populate-summary">
          <MessageBarBody>
            <MessageBarTitle>{populate.downloadName ? `Workbook ready: ${populate.downloadName}` : "Workbook populated"}</MessageBarTitle>
            {summaryText(populate.summary)}
            {populate.summary.companies.length > 0 && ` (${populate.summary.companies.join(", ")})`}.
            {populate.summary.messages.map((m, i) => (
              <div key={i}>{m}</div>
            ))}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>✕</Button>} />
        </MessageBar>
      )}
      {populate.error && (
        <MessageBar intent="error" role="alert" data-testid="populate-error">
          <MessageBarBody>
            <MessageBarTitle>Could not populate the workbook</MessageBarTitle>
            {populate.error}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>✕</Button>} />
        </MessageBar>
      )}
    </section>
  );
}
