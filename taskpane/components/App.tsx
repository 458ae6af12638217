import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from "react";
import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Extractor, ExtractInput } from "../extraction";
import type { PaneHost } from "../host";
import { metricLookup, metricOptions, metricUnit } from "../metrics";
import {
  activeReport,
  initialState,
  reducer,
  reviewCounts,
  selectedRow,
  toImportedReports,
  visibleRows,
  type PaneState,
  type RecordPatch,
  type SortColumn,
} from "../state";
import { EvidenceView } from "./EvidenceView";
import { ImportPanel } from "./ImportPanel";
import { PopulateBar } from "./PopulateBar";
import { RecordEditor } from "./RecordEditor";
import { RecordGrid } from "./RecordGrid";
import { ReportHeaderForm } from "./ReportHeaderForm";
import { ReviewToolbar } from "./ReviewToolbar";

const useStyles = makeStyles({
  provider: { minHeight: "100%" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "1200px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  compactRoot: { gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between", flexWrap: "wrap" },
  title: { margin: 0 },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
  review: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  tabs: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowX: "auto" },
  details: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(300px, 100%), 1fr))",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  /** Task pane: the editor above the evidence. */
  compactDetails: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM },
  footer: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface AppProps {
  /** Null while Office.onReady is pending. */
  host: PaneHost | null;
  extractor: Extractor;
  initial?: PaneState;
  /** "auto" (default) follows the pane's width; tests can force a layout. */
  layout?: "auto" | "compact" | "wide";
}

/** Below this width (a task pane is 320–450 px) the grid shows four columns and the details stack. */
export const COMPACT_BELOW = 720;

/** Whether the element is narrower than COMPACT_BELOW, following resizes (ResizeObserver). */
function useCompact(ref: RefObject<HTMLElement>, layout: AppProps["layout"]): boolean {
  const [width, setWidth] = useState(() => (typeof window === "undefined" ? 1024 : window.innerWidth));
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || layout !== "auto") return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setWidth(w); // 0: not laid out (jsdom), keep the window's width
    };
    measure();
    if (typeof ResizeObserver === "undefined") {
      window.addEventListener("resize", measure);
      return () => window.removeEventListener("resize", measure);
    }
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, layout]);
  return layout === "compact" || (layout !== "wide" && width < COMPACT_BELOW);
}

function progressLabel(stage: string, fileName: string, index: number, count: number): string {
  const verb = stage === "importing" ? "Reading" : "Extracting figures from";
  return `${verb} ${fileName}${count > 1 ? ` (${index + 1} of ${count})` : ""}`;
}

/** The task pane: import → review → populate. */
export function App({ host, extractor, initial = initialState, layout = "auto" }: AppProps) {
  const styles = useStyles();
  const rootRef = useRef<HTMLElement>(null);
  const compact = useCompact(rootRef, layout);
  const [state, dispatch] = useReducer(reducer, initial);
  const reportSeq = useRef(0);
  const valueInput = useRef<HTMLInputElement>(null);

  const onImport = useCallback(
    async (inputs: ExtractInput[]) => {
      const n = inputs.length;
      dispatch({ type: "importStarted", label: progressLabel("importing", n === 1 ? inputs[0].fileName : `${n} files`, 0, 1) });
      try {
        await extractor.run(inputs, (m) => {
          if (m.type === "progress") {
            dispatch({ type: "importProgress", fraction: (m.index + m.fraction) / n, label: progressLabel(m.stage, inputs[m.index].fileName, m.index, n) });
          } else if (m.type === "document") {
            performance.mark?.("esg-document-received");
            dispatch({ type: "reportImported", id: `r${++reportSeq.current}`, document: m.document, importedAt: new Date().toISOString() });
          } else if (m.type === "error") {
            dispatch({ type: "importFailed", id: `e${++reportSeq.current}`, fileName: m.fileName, code: m.code, message: m.message });
          }
        });
      } catch (error) {
        dispatch({ type: "importFailed", id: `e${++reportSeq.current}`, fileName: n === 1 ? inputs[0].fileName : `${n} files`, code: "unexpected", message: String((error as Error)?.message ?? error) });
      } finally {
        dispatch({ type: "importFinished" });
      }
    },
    [extractor],
  );

  const report = activeReport(state);
  const row = selectedRow(state);
  const rows = useMemo(() => (report ? visibleRows(report.rows, state.filters, state.sort, metricLookup) : []), [report, state.filters, state.sort]);
  const counts = useMemo(() => reviewCounts(report?.rows ?? []), [report]);
  const options = useMemo(() => metricOptions(report ? report.rows.map((r) => r.record.metric) : []), [report]);
  const acceptedCount = useMemo(() => state.reports.reduce((n, r) => n + r.rows.filter((x) => !x.rejected).length, 0), [state.reports]);

  const onSelect = useCallback((rowId: string | null) => dispatch({ type: "selectRow", rowId }), []);
  const onReject = useCallback((rowId: string) => dispatch({ type: "rejectRow", rowId }), []);
  const onRestore = useCallback((rowId: string) => dispatch({ type: "restoreRow", rowId }), []);
  const onSort = useCallback((column: SortColumn) => dispatch({ type: "sortBy", column }), []);
  const onOpen = useCallback(() => requestAnimationFrame(() => valueInput.current?.focus()), []);

  const onSave = (patch: RecordPatch) => {
    if (!row) return;
    const next: RecordPatch = { ...patch };
    if (patch.metric && patch.metric !== row.record.metric) {
      const unit = metricUnit(patch.metric);
      if (unit) next.unit = unit;
    }
    dispatch({ type: "editRecord", rowId: row.id, patch: next });
  };

  const onPopulate = async () => {
    if (!host) return;
    dispatch({ type: "populateStarted" });
    try {
      const outcome = await host.populate(toImportedReports(state));
      dispatch({ type: "populateSucceeded", summary: outcome.summary, downloadName: outcome.downloadName });
    } catch (error) {
      dispatch({ type: "populateFailed", message: String((error as Error)?.message ?? error) });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main ref={rootRef} className={mergeClasses(styles.root, compact && styles.compactRoot)} data-layout={compact ? "compact" : "wide"}>
        <header className={styles.header}>
          <Title3 as="h1" className={styles.title}>ESG report import</Title3>
          <Badge appearance="outline" color={host?.mode === "excel" ? "brand" : "informative"} data-testid="host-mode">
            {host ? (host.mode === "excel" ? "Excel" : "Browser mode") : "Starting…"}
          </Badge>
        </header>

        <ImportPanel importing={state.importing} errors={state.errors} onImport={onImport} onDismissError={(id) => dispatch({ type: "dismissError", id })} />

        {report && (
          <section className={styles.review} aria-label="Review extracted records">
            {state.reports.length > 1 && (
              <div className={styles.tabs}>
                <TabList selectedValue={report.id} onTabSelect={(_, d) => dispatch({ type: "setActiveReport", reportId: String(d.value) })} aria-label="Imported reports">
                  {state.reports.map((r) => (
                    <Tab key={r.id} value={r.id}>
                      {r.company.name ?? r.fileName}
                    </Tab>
                  ))}
                </TabList>
              </div>
            )}
            <div className={styles.header}>
              <Text weight="semibold" className={styles.fileName} data-testid="report-file">
                {report.fileName} · {report.format.toUpperCase()}
                {report.pageCount ? ` · ${report.pageCount} pages` : ""} · {report.lines.length.toLocaleString("en-US")} lines
              </Text>
              <Button size="small" appearance="subtle" onClick={() => dispatch({ type: "removeReport", reportId: report.id })}>
                Remove report
              </Button>
            </div>
            <ReportHeaderForm
              report={report}
              onCompanyName={(name) => dispatch({ type: "setCompanyName", reportId: report.id, name })}
              onReportYear={(year) => dispatch({ type: "setReportYear", reportId: report.id, year })}
            />
            {report.warnings.length > 0 && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>Notes</MessageBarTitle>
                  {report.warnings.slice(0, 5).join(" ")}
                  {report.warnings.length > 5 ? ` (+${report.warnings.length - 5} more)` : ""}
                </MessageBarBody>
              </MessageBar>
            )}
            <ReviewToolbar
              filters={state.filters}
              counts={counts}
              shown={rows.length}
              onCategory={(category) => dispatch({ type: "setCategoryFilter", category })}
              onConfidence={(confidence) => dispatch({ type: "setConfidenceFilter", confidence })}
              onAcceptAbove={(threshold) => dispatch({ type: "acceptAbove", threshold })}
            />
            <RecordGrid
              reportId={report.id}
              rows={rows}
              metrics={metricLookup}
              sort={state.sort}
              selectedRowId={state.selectedRowId}
              onSort={onSort}
              onSelect={onSelect}
              onReject={onReject}
              onRestore={onRestore}
              onOpen={onOpen}
              compact={compact}
              emptyText={report.rows.length === 0 ? "No figures were found in this document." : undefined}
            />
            {row ? (
              <div className={mergeClasses(styles.details, compact && styles.compactDetails)} data-testid="record-details-panel">
                <RecordEditor
                  key={`${row.id}:${row.record.value}:${row.record.year}:${row.record.metric}`}
                  ref={valueInput}
                  row={row}
                  metricOptions={options}
                  onSave={onSave}
                  onReset={() => dispatch({ type: "editRecord", rowId: row.id, patch: { value: row.original.value, year: row.original.year, metric: row.original.metric, unit: row.original.unit } })}
                  onConfirm={() => dispatch({ type: "confirmRow", rowId: row.id })}
                  onReject={() => dispatch({ type: "rejectRow", rowId: row.id })}
                  onRestore={() => dispatch({ type: "restoreRow", rowId: row.id })}
                />
                <EvidenceView
                  record={row.record}
                  fileName={report.fileName}
                  lines={report.lines}
                  onUseAlternative={(alt) => dispatch({ type: "editRecord", rowId: row.id, patch: alt })}
                />
              </div>
            ) : (
              report.rows.length > 0 && <Text size={200}>Select a record to see its source text and edit it.</Text>
            )}
          </section>
        )}

        <footer className={styles.footer}>
          <PopulateBar
            mode={host?.mode ?? null}
            populate={state.populate}
            recordCount={acceptedCount}
            reportCount={state.reports.length}
            onPopulate={onPopulate}
            onDismiss={() => dispatch({ type: "dismissPopulate" })}
          />
        </footer>
      </main>
    </FluentProvider>
  );
}
