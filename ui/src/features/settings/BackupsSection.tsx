// Automatic and manual backups, restoring one, and exporting the whole workspace.
import { useDisplayFormat } from "../../components/format-context";
import { Download, HardDriveDownload } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Backup } from "../../ipc/bindings";
import { formatByteSize } from "../../components/byte-size";
import { TableHead } from "../../components/TableHead";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useBackupNow, useBackups, useExportWorkspace, useRestoreBackup } from "./settings-queries";

export function BackupsSection() {
  const { locale } = useDisplayFormat();
  const backups = useBackups();
  const backupNow = useBackupNow();
  const restore = useRestoreBackup();
  const exportWorkspace = useExportWorkspace();
  const toast = useToast();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });

  return (
    <SettingsSection
      id="settings-backups"
      title="Backups"
      description="Tandem backs up your workspace automatically. Restore one to go back to that moment."
      actions={
        <>
          <Button
            size="small"
            disabled={exportWorkspace.isPending}
            onClick={() =>
              exportWorkspace.mutate(undefined, {
                onSuccess: (result) => toast({ message: `Workspace exported to ${result.path}` }),
                onError: fail,
              })
            }
          >
            <Download aria-hidden="true" />
            Export workspace
          </Button>
          <Button
            size="small"
            variant="primary"
            disabled={backupNow.isPending}
            onClick={() => backupNow.mutate(undefined, { onSuccess: () => toast({ message: "Backup created" }), onError: fail })}
          >
            <HardDriveDownload aria-hidden="true" />
            Back up now
          </Button>
        </>
      }
    >
      {backups.isPending ? (
        <SectionLoading />
      ) : backups.isError ? (
        <SectionError what="backups" error={backups.error} onRetry={() => void backups.refetch()} />
      ) : backups.data.length === 0 ? (
        <p className="muted">No backups yet. Tandem makes one automatically before risky changes; “Back up now” makes one right away.</p>
      ) : (
        <table className="settings-table">
          <TableHead columns={["Created", "Reason", { label: "Size", numeric: true }]} />
          <tbody>
            {backups.data.map((backup) => (
              <tr key={backup.name}>
                <td>
                  <RelativeTime iso={backup.created_at} />
                </td>
                <td className="muted">{backup.reason}</td>
                <td className="num tabular">{formatByteSize(backup.size_bytes, locale)}</td>
                <td className="settings-table__actions">
                  <Button size="small" variant="ghost" onClick={() => setRestoring(backup)}>
                    Restore
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => !open && setRestoring(null)}
        title="Restore this backup?"
        description="Your workspace will go back to how it was when this backup was made. Tandem first backs up the current state, so you can return to it from this list."
        confirmLabel="Restore backup"
        busy={restore.isPending}
        onConfirm={() => {
          if (!restoring) return;
          restore.mutate(restoring.name, {
            onSuccess: () => toast({ message: "Backup restored" }),
            onError: fail,
            onSettled: () => setRestoring(null),
          });
        }}
      />
    </SettingsSection>
  );
}
