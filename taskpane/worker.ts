/// <reference lib="webworker" />
/* The extraction worker: imports and extracts documents so that the task pane never freezes. */
import { runExtractJob, warmUpPipeline, type ExtractRequest, type WarmUpRequest } from "./extraction";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ExtractRequest | WarmUpRequest>) => {
  const request = event.data;
  if (request?.type === "warmup") void warmUpPipeline().catch(() => undefined);
  else if (request?.type === "extract") void runExtractJob(request, (message) => scope.postMessage(message));
};
