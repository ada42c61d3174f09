// Lead scoring's server state: the rules and thresholds (["lead_scoring"]), a contact's score
// (["lead_score", id]) and the leads to qualify (["leads_to_qualify", query]). The backend's
// "changed" events for scoring_rules, scoring_settings and lead_scores refresh them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Bant, LeadQuery, ScoringRule, ScoringSettings } from "../../ipc/bindings";

export const useLeadScoring = () => useQuery({ queryKey: ["lead_scoring"], queryFn: backend.leadScoring });

/** What saving the draft would do; `enabled` only while the draft differs from what is saved. */
export const useScoringPreview = (draft: { rules: ScoringRule[]; settings: ScoringSettings } | null) =>
  useQuery({
    queryKey: ["lead_scoring_preview", draft],
    queryFn: () => backend.previewLeadScoring(draft!.rules, draft!.settings),
    enabled: draft !== null,
    retry: false,
  });

export function useSaveLeadScoring() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rules, settings }: { rules: ScoringRule[]; settings: ScoringSettings }) => backend.saveLeadScoring(rules, settings),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["lead_scoring"] });
      void queryClient.invalidateQueries({ queryKey: ["lead_score"] });
      void queryClient.invalidateQueries({ queryKey: ["leads_to_qualify"] });
      // Saving rescored everyone already, so the scorer has no pass of its own to announce.
      void queryClient.invalidateQueries({ queryKey: ["contacts"] });
    },
  });
}

export const useContactScore = (contactId: string) =>
  useQuery({ queryKey: ["lead_score", contactId], queryFn: () => backend.contactScore(contactId) });

export const useLeadsToQualify = (query: LeadQuery) =>
  useQuery({ queryKey: ["leads_to_qualify", query], queryFn: () => backend.leadsToQualify(query) });

export function useSaveContactBant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, bant }: { contactId: string; bant: Bant }) => backend.saveContactBant(contactId, bant),
    onSuccess: (_saved, { contactId }) => {
      void queryClient.invalidateQueries({ queryKey: ["leads_to_qualify"] });
      void queryClient.invalidateQueries({ queryKey: ["lead_score", contactId] });
      void queryClient.invalidateQueries({ queryKey: ["contact", contactId] });
    },
  });
}
