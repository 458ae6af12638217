/**
 * Starts the extraction Web Worker (webpack 5 bundles `new Worker(new URL(...))` as its own chunk)
 * and exposes it as an Extractor. Falls back to the main thread if a worker cannot start.
 * Kept apart from the components: `import.meta` does not exist under the jest (CommonJS) transform.
 */
import { createInThreadExtractor, type ExtractInput, type ExtractMessage, type Extractor } from "./extraction";

export function createWorkerExtractor(): Extractor {
  let worker: Worker | null = null;
  let nextJob = 1;
  const jobs = new Map<number, { inputs: ExtractInput[]; onMessage: (m: ExtractMessage) => void; resolve: () => void; settled: Set<number> }>();

  function failAll(message: string) {
    for (const [jobId, job] of jobs) {
      job.inputs.forEach((input, index) => {
        if (!job.settled.has(index)) job.onMessage({ type: "error", jobId, index, fileName: input.fileName, code: "worker", message });
      });
      job.resolve();
    }
    jobs.clear();
    worker?.terminate();
    worker = null;
  }

  function start(): Worker {
    const w = new Worker(new URL("./worker.ts", import.meta.url), { name: "esg-extract" });
    w.onmessage = (event: MessageEvent<ExtractMessage>) => {
      const message = event.data;
      const job = jobs.get(message.jobId);
      if (!job) return;
      if (message.type === "document" || message.type === "error") job.settled.add(message.index);
      job.onMessage(message);
      if (message.type === "done") {
        jobs.delete(message.jobId);
        job.resolve();
      }
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      failAll(`The extraction stopped unexpectedly${event.message ? `: ${event.message}` : ""}. Try the import again.`);
    };
    return w;
  }

  return {
    warmUp() {
      try {
        if (!worker) {
          worker = start();
          worker.postMessage({ type: "warmup" });
        }
      } catch {
        // No worker here: imports will run on the main thread.
      }
    },
    run(inputs, onMessage) {
      try {
        worker ??= start();
      } catch {
        return createInThreadExtractor().run(inputs, onMessage);
      }
      const jobId = nextJob++;
      return new Promise<void>((resolve) => {
        jobs.set(jobId, { inputs, onMessage, resolve, settled: new Set() });
        // Transfer the bytes: a 300-page PDF is not copied.
        const transfer = inputs.map((i) => i.bytes.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
        worker!.postMessage({ type: "extract", jobId, inputs }, [...new Set(transfer)]);
      });
    },
  };
}
