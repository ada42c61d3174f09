// The workspaces moved aside when this computer joined a team, each opened in a window of its own.
import { ExternalLink } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { TableHead } from "../../components/TableHead";
import { toAppError } from "../../ipc/app-error";
import type { KeptAsideWorkspace } from "../../ipc/bindings";
import { SectionError } from "../settings/SectionStatus";
import { useKeptAsideWorkspaces, useOpenKeptAside, useRemoveKeptAside } from "./sync-queries";
import { countOf } from "../../components/intl-formats";

function recordCounts(w: KeptAsideWorkspace, locale: string): string {
  return [countOf(w.contacts, locale, "contact", "contacts"), countOf(w.companies, locale, "company", "companies"), countOf(w.deals, locale, "deal", "deals")].join(" · ");
}

export function KeptAsideWorkspaces() {
  const kept = useKeptAsideWorkspaces();
  const open = useOpenKeptAside();
  const remove = useRemoveKeptAside();
  const toast = useToast();
  const { locale } = useDisplayFormat();
  const [removing, setRemoving] = useState<KeptAsideWorkspace | null>(null);
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });
  const nameOf = (w: KeptAsideWorkspace) => w.name || w.id;

  if (kept.isError) return <SectionError what="the workspaces kept aside" error={kept.error} onRetry={() => void kept.refetch()} />;
  // None kept aside (or not read yet): nothing to show.
  if (!kept.data?.length) return null;
  return (
    <>
      <h3 className="settings-section__subtitle">Workspaces kept aside</h3>
      <p className="settings-section__description">
        Records that were on this computer when it joined a team, kept as they were. Each opens in a window of its own and does not sync.
      </p>
      <table className="settings-table" aria-label="Workspaces kept aside">
        <TableHead columns={["Workspace", "Records", "Kept aside"]} />
        <tbody>
          {kept.data.map((workspace) => (
            <tr key={workspace.id} data-testid="kept-aside-workspace">
              <td>{nameOf(workspace)}</td>
              <td className="tabular">{recordCounts(workspace, locale)}</td>
              <td className="muted">{workspace.kept_at ? <RelativeTime iso={workspace.kept_at} /> : "—"}</td>
              <td className="settings-table__actions">
                <Button
                  size="small"
                  disabled={open.isPending}
                  aria-label={`Open ${nameOf(workspace)} in a new window`}
                  onClick={() =>
                    open.mutate(workspace.id, {
                      onSuccess: () => toast({ message: `Opening ${nameOf(workspace)} in a new window…` }),
                      onError: fail,
                    })
                  }
                >
                  <ExternalLink aria-hidden="true" />
                  Open
                </Button>
                <Button size="small" variant="ghost" aria-label={`Remove ${nameOf(workspace)}`} onClick={() => setRemoving(workspace)}>
                  Remove…
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(isOpen) => !isOpen && setRemoving(null)}
        title={`Remove ${removing ? nameOf(removing) : ""} for good?`}
        description={`Its ${removing ? recordCounts(removing, locale) : ""}, their history and its library files are deleted from this computer, and this cannot be undone. To keep a copy, open it first and export it from its Settings.`}
        confirmLabel="Remove for good"
        danger
        busy={remove.isPending}
        onConfirm={() => {
          if (!removing) return;
          const name = nameOf(removing);
          remove.mutate(removing.id, {
            onSuccess: () => toast({ message: `${name} removed` }),
            onError: fail,
            onSettled: () => setRemoving(null),
          });
        }}
      />
    </>
  );
}
