import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { App } from "./components/App";
import { detectHost, type PaneHost } from "./host";
import { createWorkerExtractor } from "./workerExtractor";

const extractor = createWorkerExtractor();

function Root() {
  const [host, setHost] = useState<PaneHost | null>(null);
  useEffect(() => {
    void detectHost().then(setHost);
    // Load the extraction worker while the analyst is still choosing a file.
    const t = setTimeout(() => extractor.warmUp?.(), 0);
    return () => clearTimeout(t);
  }, []);
  return <App host={host} extractor={extractor} />;
}

createRoot(document.getElementById("root")!).render(<Root />);
