// The builder's draft of one quote: edited here, saved ~600 ms after the last change. The saved
// detail refreshes the quote's state and approval; the draft itself is never replaced under the
// user's fingers. A quote that cannot change shows what is stored.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { backend } from "../../ipc/backend";
import type { QuoteDetail, QuoteInput } from "../../ipc/bindings";
import { quoteInputOf } from "./quote-input";
import { quoteQuery } from "./quote-queries";

export const autosaveMs = 600;

export type SaveStatus = "saved" | "unsaved" | "saving" | "failed";

export type QuoteEditor = {
  input: QuoteInput;
  editable: boolean;
  update: (change: (input: QuoteInput) => QuoteInput) => void;
  status: SaveStatus;
  /** The last save's error, until a save succeeds. */
  saveError: unknown;
  /** Saves what is typed now; true once nothing is left unsaved. */
  flush: () => Promise<boolean>;
};

export function useQuoteEditor(detail: QuoteDetail): QuoteEditor {
  const id = detail.quote.id;
  const editable = detail.state.can_edit;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => quoteInputOf(detail.quote));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(draft));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const latest = useRef(draft);
  const saved = useRef(savedJson);
  // Saves run one after another, so an older draft never lands after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    latest.current = draft;
  });

  const save = useCallback((): Promise<void> => {
    queue.current = queue.current.then(async () => {
      const input = latest.current;
      const json = JSON.stringify(input);
      if (json === saved.current) return;
      setSaving(true);
      try {
        const detail = await backend.saveQuote(id, input);
        queryClient.setQueryData(quoteQuery(id).queryKey, detail);
        saved.current = json;
        setSavedJson(json);
        setSaveError(null);
      } catch (error) {
        setSaveError(error);
      } finally {
        setSaving(false);
      }
    });
    return queue.current;
  }, [id, queryClient]);

  const json = JSON.stringify(draft);
  const dirty = editable && json !== savedJson;
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), autosaveMs);
    return () => clearTimeout(timer);
  }, [json, dirty, save]);

  // Leaving the screen keeps what was typed since the last save.
  useEffect(() => () => void save(), [save]);

  const flush = useCallback(async () => {
    await save();
    return JSON.stringify(latest.current) === saved.current;
  }, [save]);

  return {
    input: editable ? draft : quoteInputOf(detail.quote),
    editable,
    update: setDraft,
    status: saving ? "saving" : dirty && saveError ? "failed" : dirty ? "unsaved" : "saved",
    saveError,
    flush,
  };
}
