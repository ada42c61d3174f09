// v1, v2…: every revision of the quote; an earlier one opens read-only.
import { useNavigation } from "../../app/navigation-context";
import type { QuoteSummary } from "../../ipc/bindings";
import { statusLabels } from "./quote-labels";

export function RevisionSwitcher({ revisions, currentId }: { revisions: QuoteSummary[]; currentId: string }) {
  const { openQuote } = useNavigation();
  if (revisions.length < 2) return null;
  const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
  return (
    <div className="segmented" role="group" aria-label="Revisions">
      {ordered.map((r) => (
        <button
          key={r.id}
          type="button"
          className="segmented__item tabular"
          aria-pressed={r.id === currentId}
          title={`${r.display_number} · ${statusLabels[r.status]}${r.current ? "" : " · replaced by a later revision"}`}
          onClick={() => openQuote(r.id)}
        >
          v{r.revision}
        </button>
      ))}
    </div>
  );
}
