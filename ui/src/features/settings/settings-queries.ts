// Reads and writes for every settings section; cache refresh comes from "changed" events.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { ExchangeRateInput, MemberInput, WorkspaceSettings } from "../../ipc/bindings";

export const useProfile = () => useQuery({ queryKey: ["profile"], queryFn: backend.getProfile });
export const useMembers = () => useQuery({ queryKey: ["members"], queryFn: backend.listMembers });
export const useSettings = () => useQuery({ queryKey: ["settings"], queryFn: backend.getSettings });
export const useExchangeRates = () =>
  useQuery({ queryKey: ["exchange_rates"], queryFn: backend.listExchangeRates });
export const useBackups = () => useQuery({ queryKey: ["backups"], queryFn: backend.listBackups });
export const useAbout = () => useQuery({ queryKey: ["about"], queryFn: backend.about });

export const useUpdateProfile = () =>
  useMutation({ mutationFn: (input: MemberInput) => backend.updateProfile(input) });
export const useSaveMember = () =>
  useMutation({ mutationFn: (input: MemberInput) => backend.saveMember(input) });
export const useDeleteMember = () => useMutation({ mutationFn: (id: string) => backend.deleteMember(id) });
export const useUpdateSettings = () =>
  useMutation({ mutationFn: (settings: WorkspaceSettings) => backend.updateSettings(settings) });
export const useSaveExchangeRate = () =>
  useMutation({ mutationFn: (input: ExchangeRateInput) => backend.saveExchangeRate(input) });
export const useDeleteExchangeRate = () =>
  useMutation({ mutationFn: (id: string) => backend.deleteExchangeRate(id) });
export const useExportWorkspace = () => useMutation({ mutationFn: backend.exportWorkspace });

/** Backups are files, not tables, so no "changed" event covers them: refresh by hand. */
export function useBackupNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: backend.backupNow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["backups"] }),
  });
}

/** Restoring replaces the whole workspace, so every cached query is stale. */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => backend.restoreBackup(name),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
