// Entry point: bundled font, theme, then the app.
import "@fontsource-variable/inter";
import "./styles/theme.css";
import "./styles/base.css";
import "./styles/controls.css";
import "./styles/record-views.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { markOnce } from "./components/start-up-mark";

// Imports run first anyway: this marks when the bundle has been evaluated.
markOnce("tandem:script");

const root = document.getElementById("root");
if (!root) throw new Error("index.html must contain #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
