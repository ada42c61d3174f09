// Reads and writes of a quote's proposal. Keys: ["proposal_templates"], ["proposal_pdf", id, n].
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { backend } from "../../ipc/backend";
import type { QuoteDetail } from "../../ipc/bindings";
import { quoteQuery } from "../quotes/quote-queries";

/** Templates are built into the app: they never change while it runs. */
export const useProposalTemplates = () =>
  useQuery({ queryKey: ["proposal_templates"], queryFn: backend.proposalTemplates, staleTime: Infinity });

/** Puts a saved quote into the quote screen's cache, so switching tabs shows the saved proposal at once. */
export function usePublishQuote() {
  const queryClient = useQueryClient();
  return useCallback((saved: QuoteDetail) => queryClient.setQueryData(quoteQuery(saved.quote.id).queryKey, saved), [queryClient]);
}

/**
 * The printed proposal. `revision` goes up after each save so the preview follows the edits; the
 * last PDF stays up while the next one is made, and none is kept once the preview closes.
 */
export const useProposalPdf = (quoteId: string, revision: number) =>
  useQuery({
    queryKey: ["proposal_pdf", quoteId, revision],
    queryFn: () => backend.proposalPdf(quoteId),
    placeholderData: keepPreviousData,
    gcTime: 0,
  });

export const useExportProposalPdf = () => useMutation({ mutationFn: (quoteId: string) => backend.exportProposalPdf(quoteId) });
