// Quote reads and writes as TanStack Query options and mutations. Keys: ["deal_quotes", dealId],
// ["quote", id] and ["quote_changes", id], which the backend's "changed" events invalidate;
// ["quote_totals", draft] is a pure computation of what was typed, so it never goes stale.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { AcceptanceInput, QuoteDetail, QuoteDraft } from "../../ipc/bindings";

export const dealQuotesQuery = (dealId: string) =>
  queryOptions({ queryKey: ["deal_quotes", dealId], queryFn: () => backend.quotesOfDeal(dealId) });
export const useDealQuotes = (dealId: string) => useQuery(dealQuotesQuery(dealId));

export const quoteQuery = (id: string) => queryOptions({ queryKey: ["quote", id], queryFn: () => backend.getQuote(id) });
export const useQuote = (id: string) => useQuery(quoteQuery(id));

export const useQuoteChanges = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ["quote_changes", id], queryFn: () => backend.quoteChanges(id), enabled });

/** The figures for the lines as typed; the last answer stays up while the next one is computed. */
export const useQuoteTotals = (draft: QuoteDraft | null) =>
  useQuery({
    queryKey: ["quote_totals", draft],
    queryFn: () => backend.quoteTotals(draft!),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });

/** Every quote command answers with the quote as it now is: the screen shows it at once. */
function useQuoteCommand<A>(run: (args: A) => Promise<QuoteDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => queryClient.setQueryData(quoteQuery(detail.quote.id).queryKey, detail),
  });
}

export const useCreateQuote = () => useQuoteCommand((dealId: string) => backend.createQuote(dealId));
export const useRequestApproval = () => useQuoteCommand((id: string) => backend.requestQuoteApproval(id));
export const useDecideApproval = () =>
  useQuoteCommand(({ id, approve, comment }: { id: string; approve: boolean; comment: string }) =>
    backend.decideQuoteApproval(id, approve, comment),
  );
export const useMarkSent = () => useQuoteCommand((id: string) => backend.markQuoteSent(id));
export const useAcceptQuote = () =>
  useQuoteCommand(({ id, input }: { id: string; input: AcceptanceInput }) => backend.acceptQuote(id, input));
export const useDeclineQuote = () =>
  useQuoteCommand(({ id, reason }: { id: string; reason: string }) => backend.declineQuote(id, reason));
export const useReviseQuote = () => useQuoteCommand((id: string) => backend.reviseQuote(id));
