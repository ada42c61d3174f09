// The builder's draft of one quote: edited here, saved ~600 ms after the last change. The saved
// detail refreshes the quote's state and approval; the draft itself is never replaced under the
// user's fingers. A quote that cannot change shows what is stored.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useAutosave, type SaveStatus } from "../../components/use-autosave";
import { backend } from "../../ipc/backend";
import type { QuoteDetail, QuoteInput } from "../../ipc/bindings";
import { quoteInputOf } from "./quote-input";
import { quoteQuery } from "./quote-queries";

export const autosaveMs = 600;

export type QuoteEditor = {
  input: QuoteInput;
  editable: boolean;
  update: (change: (input: QuoteInput) => QuoteInput) => void;
  status: SaveStatus;
  /** The last save's error, until a save succeeds: it marks the fields it names. */
  saveError: unknown;
  /** Saves what is typed now; true once nothing is left unsaved. */
  flush: () => Promise<boolean>;
};

export function useQuoteEditor(detail: QuoteDetail): QuoteEditor {
  const id = detail.quote.id;
  const editable = detail.state.can_edit;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => quoteInputOf(detail.quote));
  const [saveError, setSaveError] = useState<unknown>(null);
  // What is stored, so a draft typed back to it is not written again.
  const [openedJson] = useState(() => JSON.stringify(draft));
  const storedJson = useRef(openedJson);

  const write = useCallback(
    async (input: QuoteInput) => {
      const json = JSON.stringify(input);
      if (json !== storedJson.current) {
        try {
          const saved = await backend.saveQuote(id, input);
          queryClient.setQueryData(quoteQuery(id).queryKey, saved);
          storedJson.current = json;
        } catch (error) {
          setSaveError(error);
          throw error;
        }
      }
      setSaveError(null);
    },
    [id, queryClient],
  );
  const { status, schedule, flush } = useAutosave(write, autosaveMs);

  // Edits can come from callbacks made renders ago, so they apply to the latest draft.
  const latest = useRef(draft);
  const update = useCallback(
    (change: (input: QuoteInput) => QuoteInput) => {
      if (!editable) return;
      const next = change(latest.current);
      latest.current = next;
      setDraft(next);
      schedule(next);
    },
    [editable, schedule],
  );

  return { input: editable ? draft : quoteInputOf(detail.quote), editable, update, status, saveError, flush };
}
