// When the workspace file is damaged: offer the automatic backups, newest first. Restoring one
// moves the damaged file aside (it is never deleted) and opens the backup in its place.
import { useMutation, useQuery } from "@tanstack/react-query";
import { ArchiveRestore } from "lucide-react";
import { Button } from "../components/Button";
import { RelativeTime } from "../components/RelativeTime";
import { backend } from "../ipc/backend";
import { toAppError } from "../ipc/app-error";

export function RecoverFromBackup({ onRecovered }: { onRecovered: () => void }) {
  const backups = useQuery({ queryKey: ["backups"], queryFn: backend.listBackups });
  const restore = useMutation({ mutationFn: backend.restoreBackup, onSuccess: onRecovered });
  if (backups.isPending) return null;
  if (backups.isError || backups.data.length === 0) {
    return <p className="startup__hint">No automatic backups were found next to the file.</p>;
  }
  return (
    <section className="startup__backups" aria-labelledby="startup-backups-title">
      <h2 id="startup-backups-title" className="startup__subtitle">
        Restore from a backup
      </h2>
      <p className="startup__hint">The damaged file is kept beside it, renamed, so nothing is lost.</p>
      <ul className="startup__backup-list">
        {backups.data.slice(0, 5).map((backup) => (
          <li key={backup.name} className="startup__backup">
            <span>
              <RelativeTime iso={backup.created_at} /> <span className="muted">· {backup.reason}</span>
            </span>
            <Button size="small" onClick={() => restore.mutate(backup.name)} disabled={restore.isPending}>
              <ArchiveRestore aria-hidden="true" />
              Restore
            </Button>
          </li>
        ))}
      </ul>
      {restore.isError && (
        <p className="field__error" role="alert">
          {toAppError(restore.error).message}
        </p>
      )}
    </section>
  );
}
