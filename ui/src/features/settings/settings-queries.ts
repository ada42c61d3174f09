// Reads and writes for every settings section; cache refresh comes from "changed" events.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { DesktopPreferences, ExchangeRateInput, MemberInput, WorkspaceSettings } from "../../ipc/bindings";

export const useProfile = () => useQuery({ queryKey: ["profile"], queryFn: backend.getProfile });
export const useMembers = () => useQuery({ queryKey: ["members"], queryFn: backend.listMembers });
export const useSettings = () => useQuery({ queryKey: ["settings"], queryFn: backend.getSettings });
export const useExchangeRates = () =>
  useQuery({ queryKey: ["exchange_rates"], queryFn: backend.listExchangeRates });
export const useBackups = () => useQuery({ queryKey: ["backups"], queryFn: backend.listBackups });
export const useAbout = () => useQuery({ queryKey: ["about"], queryFn: backend.about });

export const useUpdateProfile = () =>
  useMutation({ mutationFn: (input: MemberInput) => backend.updateProfile(input) });
/** Another member takes this device: everything shown may change (their role, their tasks). */
export function useSwitchProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => backend.switchProfile(memberId),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
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

/** This device's preferences live outside the workspace tables, so no "changed" event covers them: keep the cache by hand. */
export const useDesktopPreferences = () =>
  useQuery({ queryKey: ["desktop_preferences"], queryFn: backend.desktopPreferences });

function useDesktopSwitch<Answer>(
  write: (on: boolean) => Promise<Answer>,
  apply: (preferences: DesktopPreferences, on: boolean, answer: Answer) => DesktopPreferences,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer, on) =>
      queryClient.setQueryData<DesktopPreferences>(["desktop_preferences"], (prefs) => prefs && apply(prefs, on, answer)),
  });
}

export const useSetStartAtLogin = () =>
  useDesktopSwitch(backend.setStartAtLogin, (prefs, on) => ({ ...prefs, start_at_login: on }));
export const useSetKeepRunningInTray = () =>
  useDesktopSwitch(backend.setKeepRunningInTray, (prefs, on) => ({ ...prefs, keep_running_in_tray: on }));
export const useSetCalendarFile = () =>
  useDesktopSwitch(backend.setCalendarFile, (prefs, _on, path) => ({ ...prefs, calendar_file: path }));
