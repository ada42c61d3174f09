// The active saved view beside a list's title: its name and, once the list has moved away from it,
// "• edited" with Save and Revert.
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { SavedView, ViewDefinition } from "../../ipc/bindings";
import { useSaveSavedView, type ViewTable } from "./saved-view-queries";
import "../records/filter-bar.css";

export function ActiveViewName({
  table,
  view,
  current,
  edited,
  onSaved,
  onRevert,
}: {
  table: ViewTable;
  view: SavedView;
  /** The list's search, filter and sort right now. */
  current: ViewDefinition;
  edited: boolean;
  onSaved: (view: SavedView) => void;
  /** Shows the view's own definition again. */
  onRevert: () => void;
}) {
  return (
    <span className="view-name" data-testid="active-view">
      <span className="view-name__slash" aria-hidden="true">
        /
      </span>
      <span className="view-name__title">{view.name}</span>
      {edited && (
        <>
          <span className="view-name__edited">• edited</span>
          <SaveViewChanges table={table} view={view} current={current} onSaved={onSaved} />
          <Button size="small" variant="ghost" onClick={onRevert}>
            Revert
          </Button>
        </>
      )}
    </span>
  );
}

/** "Save" beside "• edited": writes the list's current search, filter and sort into the view. */
function SaveViewChanges({
  table,
  view,
  current,
  onSaved,
}: {
  table: ViewTable;
  view: SavedView;
  current: ViewDefinition;
  onSaved: (view: SavedView) => void;
}) {
  const save = useSaveSavedView();
  const toast = useToast();
  return (
    <Button
      size="small"
      disabled={save.isPending}
      onClick={() =>
        save.mutate(
          { id: view.id, input: { record_table: table, name: view.name, definition: current } },
          {
            onSuccess: (all) => onSaved(all.find((v) => v.id === view.id) ?? { ...view, definition: current }),
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
          },
        )
      }
    >
      Save
    </Button>
  );
}
