// The workspaces moved aside when this computer joined a team, each opened in a window of its own.
import { ExternalLink } from "lucide-react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { KeptAsideWorkspace } from "../../ipc/bindings";
import { SectionError } from "../settings/SectionStatus";
import { useKeptAsideWorkspaces, useOpenKeptAside } from "./sync-queries";

function recordCounts(w: KeptAsideWorkspace, locale: string): string {
  const n = (count: number, one: string, many: string) => `${new Intl.NumberFormat(locale).format(count)} ${count === 1 ? one : many}`;
  return [n(w.contacts, "contact", "contacts"), n(w.companies, "company", "companies"), n(w.deals, "deal", "deals")].join(" · ");
}

export function KeptAsideWorkspaces() {
  const kept = useKeptAsideWorkspaces();
  const open = useOpenKeptAside();
  const toast = useToast();
  const { locale } = useDisplayFormat();

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
        <thead>
          <tr>
            <th scope="col">Workspace</th>
            <th scope="col">Records</th>
            <th scope="col">Kept aside</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kept.data.map((workspace) => (
            <tr key={workspace.id} data-testid="kept-aside-workspace">
              <td>{workspace.name || workspace.id}</td>
              <td className="tabular">{recordCounts(workspace, locale)}</td>
              <td className="muted">{workspace.kept_at ? <RelativeTime iso={workspace.kept_at} /> : "—"}</td>
              <td className="settings-table__actions">
                <Button
                  size="small"
                  disabled={open.isPending}
                  aria-label={`Open ${workspace.name || workspace.id} in a new window`}
                  onClick={() =>
                    open.mutate(workspace.id, {
                      onSuccess: () => toast({ message: `Opening ${workspace.name || "the workspace"} in a new window…` }),
                      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
                    })
                  }
                >
                  <ExternalLink aria-hidden="true" />
                  Open
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
