// Suggested follow-ups and the rules that raise them; ["nudges"] and ["nudge_rules"] are refreshed
// by "changed" events for the nudge tables.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Nudge, NudgeRuleSetting } from "../../ipc/bindings";

export const useNudges = () => useQuery({ queryKey: ["nudges"], queryFn: backend.listNudges });
export const useNudgeRules = () => useQuery({ queryKey: ["nudge_rules"], queryFn: backend.nudgeRules });

/** Takes a handled nudge off the list at once; the "changed" event brings back the truth. */
function useDropNudge() {
  const queryClient = useQueryClient();
  return (id: string) => queryClient.setQueryData<Nudge[]>(["nudges"], (all) => all?.filter((n) => n.id !== id));
}

export function useAcceptNudge() {
  const drop = useDropNudge();
  return useMutation({ mutationFn: (id: string) => backend.acceptNudge(id), onSuccess: (_task, id) => drop(id) });
}

export function useDismissNudge() {
  const drop = useDropNudge();
  return useMutation({ mutationFn: (id: string) => backend.dismissNudge(id), onSuccess: (_done, id) => drop(id) });
}

export function useSaveNudgeRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: NudgeRuleSetting[]) => backend.saveNudgeRules(rules),
    onSuccess: (rules) => queryClient.setQueryData(["nudge_rules"], rules),
  });
}
