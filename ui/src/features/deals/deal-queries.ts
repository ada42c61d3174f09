// Deal and pipeline reads and writes as TanStack Query options and mutations; all keys sit under
// ["pipelines"], ["deals"] and ["deal"], which the backend's "changed" events invalidate.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Deal, DealContactInput, DealInput, DealPage, DealSort, PipelineInput, RecordFilter } from "../../ipc/bindings";

export const dealPageSize = 100;

export const pipelinesQuery = queryOptions({ queryKey: ["pipelines"], queryFn: backend.listPipelines });
export const usePipelines = () => useQuery(pipelinesQuery);

export const boardQuery = (pipelineId: string) =>
  queryOptions({ queryKey: ["deals", "board", pipelineId], queryFn: () => backend.dealBoard(pipelineId) });
export const forecastQuery = (pipelineId: string) =>
  queryOptions({ queryKey: ["deals", "forecast", pipelineId], queryFn: () => backend.dealForecast(pipelineId) });

/** What the table asks for, apart from the page. Stages and owners are narrowed by `filter`. */
export type DealListQuery = {
  pipelineId: string;
  search: string;
  filter: RecordFilter;
  sort: DealSort;
};

/** A page remembers the query that produced it, so a kept-previous page is never mislabelled. */
export type LoadedDealPage = DealPage & { query: DealListQuery };

export function dealPageQuery(query: DealListQuery, pageIndex: number) {
  return queryOptions({
    queryKey: ["deals", "list", query, pageIndex],
    queryFn: async (): Promise<LoadedDealPage> => {
      const page = await backend.listDeals({
        pipeline_id: query.pipelineId,
        search: query.search,
        contact_id: null,
        filter: query.filter,
        sort: query.sort,
        offset: pageIndex * dealPageSize,
        limit: dealPageSize,
      });
      return { ...page, query };
    },
  });
}

export const dealQuery = (id: string) => queryOptions({ queryKey: ["deal", id], queryFn: () => backend.getDeal(id) });
export const useDeal = (id: string) => useQuery(dealQuery(id));

export function useSaveDeal(dealId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DealInput) => (dealId ? backend.updateDeal(dealId, input) : backend.createDeal(input)),
    onSuccess: (saved: Deal) => queryClient.setQueryData(["deal", saved.id], saved),
  });
}

export const useDeleteDeal = () => useMutation({ mutationFn: (id: string) => backend.deleteDeal(id) });

export function useAddDealContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DealContactInput) => backend.addDealContact(input),
    onSuccess: (deal: Deal) => queryClient.setQueryData(["deal", deal.id], deal),
  });
}

export function useRemoveDealContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dealId, dealContactId }: { dealId: string; dealContactId: string }) =>
      backend.removeDealContact(dealId, dealContactId),
    onSuccess: (deal: Deal) => queryClient.setQueryData(["deal", deal.id], deal),
  });
}

export const useSavePipeline = () =>
  useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: PipelineInput }) => backend.savePipeline(id, input),
  });
