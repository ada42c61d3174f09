// Sales teams and quotas: reads for everyone, writes for admins and sales managers.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { QuotaBoard, QuotaInput, Role, SalesTeam } from "../../ipc/bindings";

export const useSalesTeams = () => useQuery({ queryKey: ["sales_teams"], queryFn: backend.listSalesTeams });
export const useQuotaBoard = () => useQuery({ queryKey: ["quota_board"], queryFn: backend.quotaBoard });

/** Each write answers with every team (or the whole quota board): the cache takes it as is. */
function useTeamsWrite<V>(run: (variables: V) => Promise<SalesTeam[]>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (teams) => queryClient.setQueryData(["sales_teams"], teams) });
}

export const useSaveSalesTeam = () => useTeamsWrite(({ id, name }: { id: string | null; name: string }) => backend.saveSalesTeam(id, name));
export const useDeleteSalesTeam = () => useTeamsWrite((id: string) => backend.deleteSalesTeam(id));
export const useAddSalesTeamMember = () =>
  useTeamsWrite(({ teamId, memberId }: { teamId: string; memberId: string }) => backend.addSalesTeamMember(teamId, memberId));
export const useRemoveSalesTeamMember = () => useTeamsWrite((membershipId: string) => backend.removeSalesTeamMember(membershipId));

function useQuotaWrite<V>(run: (variables: V) => Promise<QuotaBoard>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (board) => queryClient.setQueryData(["quota_board"], board) });
}

export const useSetQuota = () => useQuotaWrite((input: QuotaInput) => backend.setQuota(input));
export const useDeleteQuota = () => useQuotaWrite((id: string) => backend.deleteQuota(id));

/** Who may change teams and quotas; the backend refuses everyone else too. */
export const keepsTeams = (role: Role | undefined) => role === "admin" || role === "sales_manager";
