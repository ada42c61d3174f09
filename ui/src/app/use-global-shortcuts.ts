// Window-wide keys: Mod+K palette, Mod+Z undo, "g h/f/c/o/d/m/l/s/t" to move, "n" new record, "l" log activity, "/" search.
import { useEffect, useRef } from "react";
import { isTypingTarget } from "../components/is-typing-target";
import { useNavigation, type Screen } from "./navigation-context";
import { useUndo } from "./use-undo";

// "g h" (home) for Today: "g t" was already Trash.
const goTargets: Record<string, Screen> = { h: "today", f: "dashboard", c: "contacts", o: "companies", d: "deals", m: "campaigns", l: "library", s: "settings", t: "trash" };
const sequenceTimeoutMs = 1200;

export function useGlobalShortcuts({
  openPalette,
  paletteOpen,
}: {
  openPalette: () => void;
  paletteOpen: boolean;
}) {
  const navigation = useNavigation();
  const undo = useUndo();
  const pendingG = useRef(0);
  // Read the latest values from inside one long-lived listener.
  const latest = useRef({ navigation, undo, openPalette, paletteOpen });
  useEffect(() => {
    latest.current = { navigation, undo, openPalette, paletteOpen };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { navigation, undo, openPalette, paletteOpen } = latest.current;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();

      if (mod && !event.shiftKey && !event.altKey && key === "k") {
        event.preventDefault();
        openPalette();
        return;
      }
      if (paletteOpen || event.defaultPrevented) return;
      // Native text undo wins inside inputs.
      if (isTypingTarget(event.target)) return;
      // Keys pressed inside an open dialog belong to the dialog.
      if (event.target instanceof Element && event.target.closest("[role=dialog],[role=alertdialog]")) return;

      if (mod && !event.shiftKey && !event.altKey && key === "z") {
        event.preventDefault();
        void undo();
        return;
      }
      if (mod || event.altKey) return;

      if (Date.now() - pendingG.current < sequenceTimeoutMs) {
        pendingG.current = 0;
        const target = goTargets[key];
        if (target) {
          event.preventDefault();
          navigation.go(target);
          return;
        }
      }
      if (key === "g") {
        pendingG.current = Date.now();
        return;
      }
      if (key === "n") {
        event.preventDefault();
        // "n" makes a record of the kind the user is looking at.
        // The library adds through its Add menu (files, links, snippets), not one kind of record.
        // A quote's lines are added from its own buttons.
        // Campaigns keeps its pane to itself and answers "n" there.
        if (navigation.screen === "library" || navigation.screen === "quote" || navigation.screen === "campaigns") return;
        if (navigation.screen === "today") navigation.newTask();
        else if (navigation.screen === "deals") navigation.newDeal();
        else if (navigation.screen === "companies") navigation.newCompany();
        else navigation.newContact();
        return;
      }
      if (key === "l") {
        // "l" logs an activity on the record page being shown, if it has a composer.
        const composer = document.querySelector<HTMLElement>("[data-composer-focus]");
        if (composer) {
          event.preventDefault();
          composer.focus();
        }
        return;
      }
      if (event.key === "/") {
        event.preventDefault();
        // A screen with its own search box (the library) marks it; elsewhere "/" searches contacts.
        const own = document.querySelector<HTMLElement>("[data-screen-search]");
        if (own) own.focus();
        else navigation.focusSearch();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
