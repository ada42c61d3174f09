// What undoing an import did: how many records went back, and whose newer edits were kept.
import { useDisplayFormat } from "../../components/format-context";
import type { ImportUndoReport } from "../../ipc/bindings";
import { countOf } from "../../components/intl-formats";

const namesShown = 20;

/** "Ana García, Bo Li and 3 others" style list, capped so a big import stays readable. */
export function keptNewerText(names: string[], locale: string): string {
  const shown = names.slice(0, namesShown);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${countOf(rest, locale, "other", "others")}` : shown.join(", ");
}

export function UndoReport({ report }: { report: ImportUndoReport }) {
  const { locale } = useDisplayFormat();
  return (
    <div className="import-report" role="status" data-testid="undo-report">
      <p className="import-report__title">Import undone. Put back {countOf(report.reverted, locale, "record", "records")}.</p>
      <p className="muted">Contacts the import created are in the Trash; the ones it updated have their old values back.</p>
      {report.kept_newer.length > 0 && (
        <p>Kept newer changes to: {keptNewerText(report.kept_newer, locale)}</p>
      )}
    </div>
  );
}
