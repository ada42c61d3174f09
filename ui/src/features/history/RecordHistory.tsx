// A record's history field by field: every value, who wrote it and when — including an edit that
// lost to a teammate's later edit of the same field — with Restore for earlier values.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { History, RotateCcw } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { Modal } from "../../components/Modal";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { FieldChange } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { fieldLabel, fieldValue } from "./field-labels";
import "./history.css";

/** Under the ["timeline"] prefix, so every change that refreshes a timeline refreshes this too. */
const historyKey = (table: RecordTable, id: string) => ["timeline", "history", table, id];

export function RecordHistoryButton({ table, id, noun }: { table: RecordTable; id: string; noun: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        <History aria-hidden="true" />
        History
      </Button>
      {open && <RecordHistoryDialog table={table} id={id} noun={noun} onClose={() => setOpen(false)} />}
    </>
  );
}

function RecordHistoryDialog({ table, id, noun, onClose }: { table: RecordTable; id: string; noun: string; onClose: () => void }) {
  const history = useQuery({ queryKey: historyKey(table, id), queryFn: () => backend.recordHistory(table, id) });
  const client = useQueryClient();
  const toast = useToast();
  const restore = useMutation({
    mutationFn: (change: FieldChange) => backend.restoreFieldValue(table, id, change.field, change.hlc, change.device),
    onSuccess: (_, change) => {
      void client.invalidateQueries({ queryKey: ["timeline"] });
      toast({ message: `${fieldLabel(change.field)} restored to “${fieldValue(change.field, change.value)}”` });
    },
    onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
  });

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      wide
      title={`History of this ${noun}`}
      description="Every value each field has held, who set it and when. When two people changed the same field, the later change is shown; the other stays here to restore."
    >
      {history.isPending ? (
        <div className="history__loading" aria-busy="true" aria-label="Loading history" />
      ) : history.isError ? (
        <ErrorState title="Couldn’t load the history" error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <ol className="history" aria-label="Changes, newest first">
          {history.data.map((change) => (
            <li key={`${change.hlc}/${change.device}/${change.field}`} className={change.current ? "history__row history__row--current" : "history__row"}>
              <span className="history__field">{fieldLabel(change.field)}</span>
              <span className="history__value">{fieldValue(change.field, change.value)}</span>
              <span className="history__meta">
                {change.author} · <RelativeTime iso={change.at} />
              </span>
              <span className="history__action">
                {change.current ? (
                  <span className="chip">Current</span>
                ) : change.restorable ? (
                  <Button
                    size="small"
                    variant="ghost"
                    disabled={restore.isPending}
                    aria-label={`Restore ${fieldLabel(change.field)} to ${fieldValue(change.field, change.value)}`}
                    onClick={() => restore.mutate(change)}
                  >
                    <RotateCcw aria-hidden="true" />
                    Restore
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Modal>
  );
}
