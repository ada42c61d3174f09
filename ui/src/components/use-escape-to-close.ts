// Esc closes a side pane from the list or its read-only view; forms, dialogs and menus handle their own Esc.
import { useEffect } from "react";
import { isTypingTarget } from "./is-typing-target";

export function useEscapeToClose(enabled: boolean, close: () => void) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest("[role=dialog],[role=alertdialog],[role=menu]")) return;
      close();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled, close]);
}
