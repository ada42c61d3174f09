// Deleted records wait here to be restored or purged for good.
import { RotateCcw, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { TrashItem } from "../../ipc/bindings";
import { usePurgeRecord, useRestoreRecord, useTrash } from "./trash-queries";
import "./trash.css";

export function TrashScreen() {
  const trash = useTrash();
  const restore = useRestoreRecord();
  const purge = usePurgeRecord();
  const toast = useToast();
  const [purging, setPurging] = useState<TrashItem | null>(null);

  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });

  function onRestore(item: TrashItem) {
    restore.mutate(
      { table: item.table, id: item.id },
      { onSuccess: () => toast({ message: `Restored “${item.title}”` }), onError: fail },
    );
  }

  function onPurge() {
    if (!purging) return;
    const item = purging;
    purge.mutate(
      { table: item.table, id: item.id },
      {
        onSuccess: () => {
          setPurging(null);
          toast({ message: `Deleted “${item.title}” forever` });
        },
        onError: (error) => {
          setPurging(null);
          fail(error);
        },
      },
    );
  }

  return (
    <section className="trash" aria-labelledby="trash-title">
      <header className="screen-header">
        <h1 id="trash-title" className="screen-header__title">
          Trash
        </h1>
        {trash.data && trash.data.length > 0 && (
          <span className="screen-header__count tabular">
            {trash.data.length} {trash.data.length === 1 ? "item" : "items"}
          </span>
        )}
      </header>
      <div className="trash__body">
        {trash.isPending ? (
          <div aria-busy="true" aria-label="Loading trash" />
        ) : trash.isError ? (
          <ErrorState title="Couldn’t load the trash" error={trash.error} onRetry={() => void trash.refetch()} />
        ) : trash.data.length === 0 ? (
          <EmptyState icon={<Trash2 size={20} aria-hidden="true" />} title="Trash is empty">
            Deleted contacts, companies, deals, tasks, quotes, library items and the rest wait here until you restore them or delete them forever.
          </EmptyState>
        ) : (
          <ul className="trash__list" aria-label="Deleted records">
            {trash.data.map((item) => (
              <li key={`${item.table}:${item.id}`} className="trash__row">
                <span className="chip">{item.kind_label}</span>
                <span className="trash__title">{item.title}</span>
                <span className="trash__when">
                  Deleted by {item.deleted_by} · <RelativeTime iso={item.deleted_at} />
                </span>
                <span className="trash__actions">
                  <Button size="small" onClick={() => onRestore(item)} disabled={restore.isPending}>
                    <RotateCcw aria-hidden="true" />
                    Restore
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => setPurging(item)}>
                    Delete forever
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={purging !== null}
        onOpenChange={(open) => !open && setPurging(null)}
        title={`Delete “${purging?.title ?? ""}” forever?`}
        description="It will be removed from this workspace for good. This can’t be undone."
        confirmLabel="Delete forever"
        danger
        busy={purge.isPending}
        onConfirm={onPurge}
      />
    </section>
  );
}
