// How the sync status reads: the frame's one-line indicator, its tooltip, and the settings summary.
import { useEffect, useState } from "react";
import { formatExact, formatRelative } from "../../components/relative-time";
import { roleLabels } from "../../components/role-labels";
import type { SyncProgress, SyncRole, SyncState, SyncStatus } from "../../ipc/bindings";
import { formatCount, numberFormat } from "../../components/intl-formats";

export const stateLabels: Record<SyncState, string> = {
  off: "Not signed in",
  synced: "Synced",
  syncing: "Syncing…",
  offline: "Offline",
  error: "Sync error",
};

/** Invites offer the usual role first. */
export const syncRoleOptions = (["seller", "sales_manager", "marketer", "admin"] as const satisfies SyncRole[]).map((value) => ({
  value,
  label: roleLabels[value],
}));

/** "1 change", "1,204 changes". */
export function changeCount(count: number, locale: string): string {
  const n = formatCount(count, locale);
  return count === 1 ? `${n} change` : `${n} changes`;
}

export const changesWaiting = (count: number, locale: string) => `${changeCount(count, locale)} waiting`;

/** "2 minutes ago"; a time a little ahead of this clock (another computer's) reads "just now". */
export function syncedAgo(iso: string, locale: string, now: Date): string {
  const then = Date.parse(iso);
  return formatRelative(iso, locale, Number.isNaN(then) || then < now.getTime() ? now : new Date(then));
}

/** What a long pass is doing, e.g. "Getting the team’s workspace · 45%"; null for a short one. */
export function progressLabel(progress: SyncProgress | null, locale: string): string | null {
  if (!progress) return null;
  const share = progress.total ? ` · ${numberFormat(locale, { style: "percent" }).format(Math.min(1, progress.done / Math.max(1, progress.total)))}` : "";
  switch (progress.phase) {
    case "bootstrapping":
      return `Getting the team’s workspace${share}`;
    case "sending":
      return `Sending changes${share}`;
    case "receiving":
      return `Receiving ${changeCount(progress.done, locale)}`;
  }
}

/** The indicator's text: "Synced · 2 minutes ago", "Syncing…", "Offline · 14 changes waiting", "Sync error". */
export function indicatorLabel(status: SyncStatus, locale: string, now: Date): string {
  switch (status.state) {
    case "syncing":
      return progressLabel(status.progress, locale) ?? stateLabels.syncing;
    case "synced":
      return status.last_synced_at ? `Synced · ${syncedAgo(status.last_synced_at, locale, now)}` : "Synced";
    case "offline":
      return status.pending > 0 ? `Offline · ${changesWaiting(status.pending, locale)}` : "Offline";
    default:
      return stateLabels[status.state];
  }
}

/** The indicator's tooltip: the exact time, what is waiting, the error, and what a click does. */
export function indicatorTitle(status: SyncStatus, locale: string, timeZone: string): string {
  const server = status.account ? serverName(status.account.server_url) : "the server";
  const lastSynced = status.last_synced_at ? `Last synced ${formatExact(status.last_synced_at, locale, timeZone)}.` : "Not synced yet.";
  switch (status.state) {
    case "synced":
      return `${lastSynced} Click to sync now.`;
    case "syncing":
      return `Syncing with ${server}…`;
    case "offline":
      return `Can’t reach ${server}. ${
        status.pending > 0 ? `${changesWaiting(status.pending, locale)} to upload when it’s back.` : "Changes upload when it’s back."
      } Click to try now.`;
    case "error":
      return `${status.error ?? "Sync stopped."} Click to open Settings → Team sync.`;
    case "off":
      return "";
  }
}

/** "sync.acme.com" from "https://sync.acme.com/"; the address as typed if it is not a URL. */
export function serverName(serverUrl: string): string {
  try {
    return new URL(serverUrl).host || serverUrl;
  } catch {
    return serverUrl;
  }
}

/** The current time, refreshed every `everyMs`, so relative times ("2 minutes ago") keep counting. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
