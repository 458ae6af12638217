/**
 * Streaming glue: one live formula = one evaluation function kept subscribed to the store.
 * Excel cancels the invocation when the formula is deleted or its arguments change.
 */
import type { EsgQueries } from "../src/dataset/queries";
import type { QueryError, QueryResult } from "../src/dataset/results";
import type { DatasetStore } from "./store";

/** The part of CustomFunctions.StreamingInvocation the glue uses (fakes in tests implement it). */
export interface LiveInvocation<T> {
  setResult(value: T | CustomFunctions.Error): void;
  onCanceled?: () => void;
}

/** Turns a query error into what Excel shows (a CustomFunctions.Error in Excel). */
export type ErrorFactory = (error: QueryError) => CustomFunctions.Error;

/** Excel's own: #N/A, #VALUE!, #DIV/0! with the message in the cell's error tooltip. #DIV/0! takes no message. */
export const excelError: ErrorFactory = (error) => {
  const code = CustomFunctions.ErrorCode[error.code];
  return error.code === "divisionByZero" ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, error.message);
};

/**
 * Evaluates now (after the first read) and again whenever the dataset changes; sets a result
 * only when it differs from the last one, so unrelated edits do not repaint every cell.
 */
export function streamQuery<T>(
  store: DatasetStore,
  invocation: LiveInvocation<T>,
  evaluate: (queries: EsgQueries) => QueryResult<T>,
  toError: ErrorFactory,
): void {
  let last: string | undefined;
  const push = (queries: EsgQueries) => {
    let result: QueryResult<T>;
    try {
      result = evaluate(queries);
    } catch (error) {
      result = { ok: false, error: { code: "notAvailable", message: `ESG function failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
    const fingerprint = JSON.stringify(result);
    if (fingerprint === last) return;
    last = fingerprint;
    invocation.setResult(result.ok ? result.value : toError(result.error));
  };
  const unsubscribe = store.subscribe(push);
  invocation.onCanceled = unsubscribe;
  const current = store.current();
  if (current) push(current);
  else
    store.ready().then(push, (error: unknown) => {
      const message = `Could not read the ESG Data table: ${error instanceof Error ? error.message : String(error)}`;
      const fingerprint = `read-error:${message}`;
      if (fingerprint !== last) {
        last = fingerprint;
        invocation.setResult(toError({ code: "notAvailable", message }));
      }
    });
}
