// Entry point: bundled font, theme, then the app.
// Start-up marks (tandem:*) are read by the start-up benchmark; they cost nothing otherwise.
performance.mark("tandem:script");
import "@fontsource-variable/inter";
import "./styles/theme.css";
import "./styles/base.css";
import "./styles/controls.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";

const root = document.getElementById("root");
if (!root) throw new Error("index.html must contain #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
