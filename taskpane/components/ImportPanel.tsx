import { useCallback, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Textarea,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  Text,
} from "@fluentui/react-components";
import { SUPPORTED_EXTENSIONS, type ExtractInput } from "../extraction";
import type { ImportError, PaneState } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropZone: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  pasteRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  paste: { flexGrow: 1 },
});

export interface ImportPanelProps {
  importing: PaneState["importing"];
  errors: ImportError[];
  onImport(inputs: ExtractInput[]): void;
  onDismissError(id: string): void;
}

/** Marks the start of an import for the speed benchmark (drop → reviewable grid). */
function markImportStart() {
  performance.clearMarks?.("esg-import-start");
  performance.mark?.("esg-import-start");
}

async function readFiles(files: File[]): Promise<ExtractInput[]> {
  return Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** Import: pick or drop files (several at once), or paste text; progress and errors. */
export function ImportPanel({ importing, errors, onImport, onDismissError }: ImportPanelProps) {
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState("");
  const busy = importing !== null;

  const importFiles = useCallback(
    async (list: FileList | null) => {
      const files = list ? Array.from(list) : [];
      if (files.length === 0 || busy) return;
      markImportStart();
      onImport(await readFiles(files));
    },
    [busy, onImport],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void importFiles(e.dataTransfer?.files ?? null);
  };

  const importText = () => {
    if (!text.trim() || busy) return;
    markImportStart();
    onImport([{ fileName: "pasted-text.txt", bytes: new TextEncoder().encode(text) }]);
    setText("");
  };

  return (
    <section className={styles.root} aria-label="Import a report">
      <div
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
          if (!dragging) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Text>Drop reports here ({SUPPORTED_EXTENSIONS.filter((x) => x !== ".htm").join(" ")}) or</Text>
        <Button appearance="primary" disabled={busy} onClick={() => inputRef.current?.click()}>
          Choose files…
        </Button>
        <input
          ref={inputRef}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept={SUPPORTED_EXTENSIONS.join(",")}
          aria-label="Report files"
          tabIndex={-1}
          data-testid="file-input"
          onChange={(e) => {
            void importFiles(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
      </div>

      <div className={styles.pasteRow}>
        <Field className={styles.paste} label="Or paste report text">
          <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={2} disabled={busy} />
        </Field>
        <Button onClick={importText} disabled={busy || !text.trim()}>
          Extract
        </Button>
      </div>

      {importing && (
        <Field label="Importing" hint={importing.label} validationState="none">
          <ProgressBar value={importing.fraction} max={1} aria-label={`Importing: ${importing.label}`} />
        </Field>
      )}

      {errors.map((error) => (
        <MessageBar key={error.id} intent="error" role="alert" data-testid="import-error">
          <MessageBarBody>
            <MessageBarTitle>Could not import {error.fileName}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={`Dismiss error for ${error.fileName}`} onClick={() => onDismissError(error.id)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ))}
    </section>
  );
}
