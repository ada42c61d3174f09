// "Changes from v1": what this revision changed, line by line, as a person reads it.
import { toAppError } from "../../ipc/app-error";
import type { QuoteChange } from "../../ipc/bindings";
import { useQuoteChanges } from "./quote-queries";

const kindWords: Record<QuoteChange["kind"], string> = { added: "Added", removed: "Removed", changed: "Changed" };

export function RevisionChanges({ id, revision }: { id: string; revision: number }) {
  const changes = useQuoteChanges(id, revision > 1);
  if (revision < 2) return null;
  return (
    <details className="quote-changes" open>
      <summary className="quote-changes__title">Changes from v{revision - 1}</summary>
      {changes.isPending ? (
        <p className="muted">Comparing…</p>
      ) : changes.isError ? (
        <p className="field__error">Couldn’t compare the revisions: {toAppError(changes.error).message}</p>
      ) : changes.data.length === 0 ? (
        <p className="muted">Nothing changed yet.</p>
      ) : (
        <ul className="quote-changes__list">
          {changes.data.map((change, i) => (
            <li key={i} className={`quote-changes__change quote-changes__change--${change.kind}`}>
              <span className="quote-changes__kind">{kindWords[change.kind]}</span>
              <span className="quote-changes__subject">
                {change.subject}
                {change.field && <> · {change.field}</>}
              </span>
              {change.kind === "changed" ? (
                <span className="tabular">
                  <span className="quote-changes__before">{change.before || "—"}</span> → {change.after || "—"}
                </span>
              ) : (
                <span className="tabular muted">{change.after || change.before}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
