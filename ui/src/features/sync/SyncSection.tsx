// Settings → Team sync: connect this workspace to a team's server, or, once connected, its status,
// the team's members and invites (admins), and the devices signed in.
import { LogOut, RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { roleLabels } from "../../components/role-labels";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { SyncAccount, SyncStatus } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { SettingsSection } from "../settings/SettingsSection";
import { useProfile } from "../settings/settings-queries";
import { ConnectForms } from "./ConnectForms";
import { KeptAsideWorkspaces } from "./KeptAsideWorkspaces";
import { syncSectionId, useScrollIntoViewWhenRequested } from "./open-sync-settings";
import { changeCount, progressLabel, stateLabels } from "./sync-labels";
import { useSignOut, useSyncNow, useSyncStatus } from "./sync-queries";
import { TeamDevices } from "./TeamDevices";
import { TeamMembers } from "./TeamMembers";
import "./sync.css";

export function SyncSection() {
  const status = useSyncStatus();
  const profile = useProfile();
  useScrollIntoViewWhenRequested();
  const account = status.data?.account ?? null;

  return (
    <SettingsSection
      id={syncSectionId}
      title="Team sync"
      description={
        account
          ? "Changes made here reach your teammates’ devices through the team’s server, and theirs reach you. Work offline as usual: changes wait here until the server is reachable."
          : "Share this workspace with your team: changes made on any teammate’s device reach everyone else’s through your team’s server, and you keep working offline."
      }
      actions={status.data && account && <SyncActions status={status.data} account={account} />}
    >
      {status.isPending || (!account && profile.isPending) ? (
        <SectionLoading />
      ) : status.isError ? (
        <SectionError what="team sync" error={status.error} onRetry={() => void status.refetch()} />
      ) : account ? (
        <>
          <SyncSummary status={status.data} account={account} />
          {account.role === "admin" && <TeamMembers me={account} />}
          <TeamDevices admin={account.role === "admin"} />
          <KeptAsideWorkspaces />
        </>
      ) : (
        <>
          {/* Without a profile the form starts empty; a failed profile load is no reason to block signing in. */}
          <ConnectForms profile={profile.data ?? null} />
          <KeptAsideWorkspaces />
        </>
      )}
    </SettingsSection>
  );
}

function SyncActions({ status, account }: { status: SyncStatus; account: SyncAccount }) {
  const syncNow = useSyncNow();
  const signOut = useSignOut();
  const toast = useToast();
  const { locale } = useDisplayFormat();
  const [confirming, setConfirming] = useState(false);
  const syncing = status.state === "syncing" || syncNow.isPending;
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });

  return (
    <>
      <Button
        size="small"
        disabled={syncing}
        aria-busy={syncing || undefined}
        onClick={() => syncNow.mutate(undefined, { onError: fail })}
      >
        <RefreshCw className={syncing ? "sync-spin" : undefined} aria-hidden="true" />
        {syncing ? "Syncing…" : "Sync now"}
      </Button>
      <Button size="small" onClick={() => setConfirming(true)}>
        <LogOut aria-hidden="true" />
        Sign out
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Sign out of ${account.workspace_name}?`}
        description={[
          status.pending > 0
            ? `${changeCount(status.pending, locale)} made here ${status.pending === 1 ? "hasn’t" : "haven’t"} reached the server yet: your team won’t see ${status.pending === 1 ? "it" : "them"} until you sign in again.`
            : null,
          "This device stops syncing and its sign-in is revoked on the server. Everything already on this device stays here.",
        ]
          .filter(Boolean)
          .join(" ")}
        confirmLabel="Sign out"
        danger
        busy={signOut.isPending}
        onConfirm={() =>
          signOut.mutate(undefined, {
            onSuccess: () => toast({ message: `Signed out of ${account.workspace_name}. Your data stays on this device.` }),
            onError: fail,
            onSettled: () => setConfirming(false),
          })
        }
      />
    </>
  );
}

function SyncSummary({ status, account }: { status: SyncStatus; account: SyncAccount }) {
  const { locale } = useDisplayFormat();
  return (
    <div className="sync-summary">
      <p className="sync-summary__state" data-testid="sync-state" data-state={status.state}>
        <span className={`sync-dot sync-dot--${status.state}`} aria-hidden="true" />
        <strong>{stateLabels[status.state]}</strong>
        {status.state === "offline" && <span className="muted">Keep working: changes upload when the server is reachable again.</span>}
      </p>
      {status.state === "syncing" && status.progress && (
        <div className="sync-progress">
          <span className="muted">{progressLabel(status.progress, locale)}</span>
          {status.progress.total !== null && (
            <progress
              max={Math.max(1, status.progress.total)}
              value={Math.min(status.progress.done, status.progress.total)}
              aria-label={progressLabel(status.progress, locale) ?? "Sync progress"}
            />
          )}
        </div>
      )}
      {status.state === "error" && (
        <p className="banner" role="alert">
          {status.error ?? "Sync stopped. Try “Sync now”; if it keeps failing, sign out and sign in again."}
        </p>
      )}
      <dl className="facts facts--wide">
        <dt>Team</dt>
        <dd>{account.workspace_name}</dd>
        <dt>Server</dt>
        <dd className="mono">{account.server_url}</dd>
        <dt>Signed in as</dt>
        <dd>
          {account.display_name} <span className="muted">{account.email}</span> <span className="chip">{roleLabels[account.role]}</span>
        </dd>
        <dt>This device</dt>
        <dd>{account.device_name}</dd>
        <dt>Last synced</dt>
        <dd>{status.last_synced_at ? <RelativeTime iso={status.last_synced_at} /> : <span className="muted">Not yet</span>}</dd>
        <dt>Waiting to upload</dt>
        <dd className="tabular" data-testid="sync-pending">
          {status.pending > 0 ? changeCount(status.pending, locale) : <span className="muted">Nothing: every change is on the server</span>}
        </dd>
      </dl>
    </div>
  );
}
