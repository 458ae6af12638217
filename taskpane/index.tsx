import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Text } from "@fluentui/react-components";

function App({ host }: { host: string | null }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text>ESG Data — {host ? `running in ${host}` : "browser mode"}</Text>
    </FluentProvider>
  );
}

const root = createRoot(document.getElementById("root")!);
if (typeof Office !== "undefined") {
  Office.onReady((info) => root.render(<App host={info.host ? String(info.host) : null} />));
} else {
  root.render(<App host={null} />);
}
