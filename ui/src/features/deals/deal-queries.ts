// Deal and pipeline reads and writes as TanStack Query options and mutations; all keys sit under
// ["pipelines"], ["deals"] and ["deal"], which the backend's "changed" events invalidate.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import { emptyFilter } from "../records/empty-filter";
import type { Deal, DealContactInput, DealInput, DealPage, DealSort, PipelineInput } from "../../ipc/bindings";

export const dealPageSize = 100;

export const pipelinesQuery = queryOptions({ queryKey: ["pipelines"], queryFn: backend.listPipelines });
export const usePipelines = () => useQuery(pipelinesQuery);

export const boardQuery = (pipelineId: string) =>
  queryOptions({ queryKey: ["deals", "board", pipelineId], queryFn: () => backend.dealBoard(pipelineId) });
export const forecastQuery = (pipelineId: string) =>
  queryOptions({ queryKey: ["deals", "forecast", pipelineId], queryFn: () => backend.dealForecast(pipelineId) });

/** What the table asks for, apart from the page. */
export type DealFilter = {
  pipelineId: string;
  search: string;
  stageId: string | null;
  ownerId: string | null;
  sort: DealSort;
};

/** A page remembers the filter that produced it, so a kept-previous page is never mislabelled. */
export type LoadedDealPage = DealPage & { filter: DealFilter };

export function dealPageQuery(filter: DealFilter, pageIndex: number) {
  return queryOptions({
    queryKey: ["deals", "list", filter, pageIndex],
    queryFn: async (): Promise<LoadedDealPage> => {
      const page = await backend.listDeals({
        pipeline_id: filter.pipelineId,
        search: filter.search,
        stage_id: filter.stageId,
        owner_id: filter.ownerId,
        company_id: null,
        contact_id: null,
        filter: emptyFilter,
        sort: filter.sort,
        offset: pageIndex * dealPageSize,
        limit: dealPageSize,
      });
      return { ...page, filter };
    },
  });
}

export const dealQuery = (id: string) => queryOptions({ queryKey: ["deal", id], queryFn: () => backend.getDeal(id) });
export const useDeal = (id: string) => useQuery(dealQuery(id));

export const useDealTags = () =>
  useQuery({ queryKey: ["tags", "deals"], queryFn: () => backend.tagsInUse("deals") });

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
