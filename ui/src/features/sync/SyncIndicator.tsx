// The frame's one-line sync status: a click syncs now, or, after an error, opens Settings → Team sync.
// Absent while this device is not signed in to a team.
import { ChevronRight } from "lucide-react";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { useOpenSyncSettings } from "./open-sync-settings";
import { indicatorLabel, indicatorTitle, useNow } from "./sync-labels";
import { useSyncNow, useSyncStatus } from "./sync-queries";
import "./sync.css";

export function SyncIndicator() {
  const status = useSyncStatus().data;
  const syncNow = useSyncNow();
  const openSettings = useOpenSyncSettings();
  const toast = useToast();
  const { locale, timeZone } = useDisplayFormat();
  const now = useNow();
  // A status that failed to load says nothing useful here; Settings shows the error.
  if (!status || status.state === "off" || !status.account) return null;

  const failed = status.state === "error";
  const busy = status.state === "syncing" || syncNow.isPending;
  return (
    <button
      type="button"
      className={`sync-indicator sync-indicator--${status.state}`}
      data-testid="sync-indicator"
      data-state={status.state}
      title={indicatorTitle(status, locale, timeZone)}
      onClick={() => {
        if (failed) openSettings();
        else if (!busy) syncNow.mutate(undefined, { onError: (error) => toast({ message: toAppError(error).message, tone: "error" }) });
      }}
    >
      <span className={`sync-dot sync-dot--${status.state}`} aria-hidden="true" />
      <span className="sync-indicator__label tabular">{indicatorLabel(status, locale, now)}</span>
      {failed && <ChevronRight size={14} aria-hidden="true" />}
    </button>
  );
}
