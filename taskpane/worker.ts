/// <reference lib="webworker" />
/* The extraction worker: imports and extracts documents so that the task pane never freezes. */
import { runExtractJob, type ExtractRequest } from "./extraction";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  if (event.data?.type !== "extract") return;
  void runExtractJob(event.data, (message) => scope.postMessage(message));
};
