// Reads and writes for team sync. The status is fed by the backend's "sync-status" event; the team's
// members and devices live on the server, so no "changed" event covers them.
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useBackendEvent } from "../../app/use-backend-event";
import { backend } from "../../ipc/backend";
import type {
  CreateTeamInput,
  InviteInput,
  JoinTeamInput,
  KeptAsideWorkspace,
  PendingInvite,
  SignInInput,
  SyncAccount,
  SyncRole,
  SyncStatus,
  TeamDevice,
  TeamMember,
} from "../../ipc/bindings";
import { onSyncStatus } from "../../ipc/events";

const statusKey = ["sync_status"];
const membersKey = ["sync_members"];
const devicesKey = ["sync_devices"];
const invitesKey = ["sync_invites"];

export const useSyncStatus = () => useQuery({ queryKey: statusKey, queryFn: backend.syncStatus });

/** The server's lists are refetched each time they are shown: nothing tells this device they changed. */
export const useTeamMembers = () => useQuery({ queryKey: membersKey, queryFn: backend.syncMembers, staleTime: 0 });
export const useTeamDevices = () => useQuery({ queryKey: devicesKey, queryFn: backend.syncDevices, staleTime: 0 });
export const usePendingInvites = () => useQuery({ queryKey: invitesKey, queryFn: backend.syncInvites, staleTime: 0 });

const sameAccount = (a: SyncAccount | null | undefined, b: SyncAccount | null) =>
  (a ?? null) === b || (a != null && b !== null && a.workspace_id === b.workspace_id && a.user_id === b.user_id && a.device_id === b.device_id);

/** Stores a status from the backend; a different account (signed in, out, or as someone else) has other members and devices. */
function storeStatus(queryClient: QueryClient, status: SyncStatus) {
  const before = queryClient.getQueryData<SyncStatus>(statusKey);
  queryClient.setQueryData(statusKey, status);
  if (before && !sameAccount(before.account, status.account)) {
    queryClient.removeQueries({ queryKey: membersKey });
    queryClient.removeQueries({ queryKey: devicesKey });
    queryClient.removeQueries({ queryKey: invitesKey });
  }
}

/** Keeps the cached status current from the backend's "sync-status" events; mounted once, by the frame. */
export function useSyncStatusFeed() {
  const queryClient = useQueryClient();
  const store = useCallback((status: SyncStatus) => storeStatus(queryClient, status), [queryClient]);
  useBackendEvent(onSyncStatus, store);
}

/**
 * Signing in, creating or joining a team brings the team's records into this workspace, so every
 * cached list may be stale, not just the status.
 */
function useConnect<Input>(connect: (input: Input) => Promise<SyncStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connect,
    onSuccess: (status) => {
      storeStatus(queryClient, status);
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== statusKey[0] });
    },
  });
}

export const useSignIn = () => useConnect((input: SignInInput) => backend.syncSignIn(input));
export const useCreateTeam = () => useConnect((input: CreateTeamInput) => backend.syncCreateTeam(input));
export const useJoinTeam = () => useConnect((input: JoinTeamInput) => backend.syncJoinTeam(input));

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: backend.syncSignOut, onSuccess: (status) => storeStatus(queryClient, status) });
}

/** A sync asked for by hand also refreshes the server's lists, if they are on screen. */
export function useSyncNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: backend.syncNow,
    onSuccess: (status) => {
      storeStatus(queryClient, status);
      void queryClient.invalidateQueries({ queryKey: membersKey });
      void queryClient.invalidateQueries({ queryKey: devicesKey });
      void queryClient.invalidateQueries({ queryKey: invitesKey });
    },
  });
}

export function useSetRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: SyncRole }) => backend.syncSetRole(userId, role),
    onSuccess: (members: TeamMember[]) => queryClient.setQueryData(membersKey, members),
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => backend.syncInvite(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}

export function useCancelInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.syncCancelInvite(id),
    onSuccess: (invites: PendingInvite[]) => queryClient.setQueryData(invitesKey, invites),
  });
}

export function useRevokeDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) => backend.syncRevokeDevice(deviceId),
    onSuccess: (devices: TeamDevice[]) => queryClient.setQueryData(devicesKey, devices),
  });
}

const keptAsideKey = ["kept_aside_workspaces"];

/** Read from the data folder each time the section is shown; joining a team may add one. */
export const useKeptAsideWorkspaces = () => useQuery({ queryKey: keptAsideKey, queryFn: backend.keptAsideWorkspaces, staleTime: 0 });

export function useRemoveKeptAside() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.removeKeptAsideWorkspace(id),
    onSuccess: (left: KeptAsideWorkspace[]) => queryClient.setQueryData(keptAsideKey, left),
  });
}

export const useOpenKeptAside = () => useMutation({ mutationFn: (id: string) => backend.openKeptAsideWorkspace(id) });
