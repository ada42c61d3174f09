// Campaign reads and writes as TanStack Query options and mutations. Keys sit under
// ["campaigns"], ["campaign"] and ["campaign_records"], which "changed" events invalidate.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Campaign, CampaignInput, RecordFilter, Touch } from "../../ipc/bindings";

export const campaignsQuery = queryOptions({ queryKey: ["campaigns"], queryFn: backend.listCampaigns });

export function useCampaigns({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...campaignsQuery, enabled });
}

export function useCampaign(id: string) {
  return useQuery({ queryKey: ["campaign", id], queryFn: () => backend.getCampaign(id) });
}

export function useCampaignRecords(id: string) {
  return useQuery({ queryKey: ["campaign_records", id], queryFn: () => backend.campaignRecords(id) });
}

export function useSaveCampaign(campaignId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => (campaignId ? backend.updateCampaign(campaignId, input) : backend.createCampaign(input)),
    onSuccess: (saved: Campaign) => queryClient.setQueryData(["campaign", saved.id], saved),
  });
}

export function useDeleteCampaign() {
  return useMutation({ mutationFn: (id: string) => backend.deleteCampaign(id) });
}

/** The list "Set campaign…" applies to: what the contact list or a pipeline's deal table shows. */
export type CampaignTarget =
  | { table: "contacts"; search: string; filter: RecordFilter }
  | { table: "deals"; pipelineId: string; search: string; filter: RecordFilter };

export function useSetListCampaign() {
  return useMutation({
    mutationFn: ({ target, touch, campaignId }: { target: CampaignTarget; touch: Touch; campaignId: string | null }) =>
      target.table === "contacts"
        ? backend.setContactsCampaign({ search: target.search, filter: target.filter, touch, campaign_id: campaignId })
        : backend.setDealsCampaign({ pipeline_id: target.pipelineId, search: target.search, filter: target.filter, touch, campaign_id: campaignId }),
  });
}
