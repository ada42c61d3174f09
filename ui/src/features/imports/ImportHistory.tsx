// Past imports, newest first, each undoable once (created contacts to the Trash, updates reverted).
import { History } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { formatExact } from "../../components/relative-time";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { ImportRecord, ImportUndoReport } from "../../ipc/bindings";
import { useImports, useUndoImport } from "./import-queries";
import { UndoReport } from "./UndoReport";
import { countOf, formatCount } from "../../components/intl-formats";

export function ImportHistory() {
  const { locale, timeZone } = useDisplayFormat();
  const imports = useImports();
  const undo = useUndoImport();
  const toast = useToast();
  const [undoing, setUndoing] = useState<ImportRecord | null>(null);
  const [report, setReport] = useState<ImportUndoReport | null>(null);

  return (
    <section className="import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title" className="import-history__title">
        Import history
      </h2>
      {imports.isPending ? (
        <div className="import-history__loading" aria-busy="true" aria-label="Loading import history">
          <span className="skeleton" style={{ width: "55%" }} />
          <span className="skeleton" style={{ width: "40%" }} />
        </div>
      ) : imports.isError ? (
        <ErrorState title="Couldn’t load the import history" error={imports.error} onRetry={() => void imports.refetch()} />
      ) : imports.data.length === 0 ? (
        <p className="import-history__empty muted">
          <History size={14} aria-hidden="true" />
          No imports yet. Each import you run shows up here, and can be undone in one step.
        </p>
      ) : (
        <table className="import-table import-history__table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Imported</th>
              <th scope="col">Result</th>
              <th scope="col">
                <span className="visually-hidden">Status</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((record) => (
              <tr key={record.id}>
                <td className="import-history__file" title={record.file_name}>
                  {record.file_name}
                </td>
                <td className="muted">
                  <RelativeTime iso={record.created_at} />
                </td>
                <td className="tabular">
                  {formatCount(record.created, locale)} created · {formatCount(record.updated, locale)} updated · {formatCount(record.skipped, locale)} skipped
                </td>
                <td className="import-history__status">
                  {record.undone_at ? (
                    <span className="muted">Undone on {formatExact(record.undone_at, locale, timeZone)}</span>
                  ) : (
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={`Undo the import of ${record.file_name}`}
                      onClick={() => setUndoing(record)}
                    >
                      Undo
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && <UndoReport report={report} />}
      <ConfirmDialog
        open={undoing !== null}
        onOpenChange={(open) => !open && setUndoing(null)}
        title={undoing ? `Undo the import of ${undoing.file_name}?` : "Undo this import?"}
        description={
          undoing
            ? `The ${countOf(undoing.created, locale, "contact", "contacts")} it created go to the Trash, and the ${countOf(undoing.updated, locale, "contact", "contacts")} it updated get their old values back, unless someone changed them since the import: newer changes are kept.`
            : ""
        }
        confirmLabel={undo.isPending ? "Undoing…" : "Undo import"}
        busy={undo.isPending}
        onConfirm={() => {
          if (!undoing) return;
          const target = undoing;
          undo.mutate(target.id, {
            onSuccess: (result) => {
              setReport(result);
              toast({ message: `Undid the import of ${target.file_name}` });
            },
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            onSettled: () => setUndoing(null),
          });
        }}
      />
    </section>
  );
}
