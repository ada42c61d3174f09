// The "Views" menu of a list: pick a saved view, save the current search and filters as one,
// update, rename or delete the active one.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Bookmark, Check, ChevronDown } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { SavedView, ViewDefinition } from "../../ipc/bindings";
import { useDeleteSavedView, useSaveSavedView, useSavedViews, type ViewTable } from "./saved-view-queries";
import "../records/filter-menu.css";

export function SavedViewsMenu({
  table,
  allLabel,
  current,
  active,
  edited,
  onApply,
  onActiveChange,
}: {
  table: ViewTable;
  /** The item that leaves any view, e.g. "All contacts". */
  allLabel: string;
  /** The list's search, filter and sort right now. */
  current: ViewDefinition;
  active: SavedView | null;
  edited: boolean;
  /** Shows a view's definition in the list (or, for null, the unfiltered list). */
  onApply: (view: SavedView | null) => void;
  /** The active view changed without the list changing (saved, renamed, deleted). */
  onActiveChange: (view: SavedView | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const views = useSavedViews(table, { enabled: open || active !== null });
  const save = useSaveSavedView();
  const remove = useDeleteSavedView();
  const toast = useToast();
  const [naming, setNaming] = useState<"new" | "rename" | null>(null);
  const [deleting, setDeleting] = useState(false);

  function update() {
    if (!active) return;
    save.mutate(
      { id: active.id, input: { record_table: table, name: active.name, definition: current } },
      {
        onSuccess: (all) => {
          onActiveChange(all.find((v) => v.id === active.id) ?? null);
          toast({ message: `View “${active.name}” updated` });
        },
        onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
      },
    );
  }

  return (
    <>
      <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="btn btn--small views-button" aria-label="Views" title="Saved views">
            <Bookmark aria-hidden="true" />
            <span className="btn__label">Views</span>
            <ChevronDown aria-hidden="true" />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="filter-menu views-menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => onApply(null)}>
              <span className="filter-menu__check">{active === null && <Check size={13} aria-hidden="true" />}</span>
              {allLabel}
            </DropdownMenu.Item>
            {views.isPending ? (
              <DropdownMenu.Label className="filter-menu__note">Loading views…</DropdownMenu.Label>
            ) : views.isError ? (
              <DropdownMenu.Label className="filter-menu__note">Couldn’t load saved views. Close and reopen to retry.</DropdownMenu.Label>
            ) : views.data.length === 0 ? (
              <DropdownMenu.Label className="filter-menu__note">
                No saved views yet. Filter or search the list, then save it as a view to come back to it in one click.
              </DropdownMenu.Label>
            ) : (
              <DropdownMenu.Group aria-label="Saved views">
                {views.data.map((view) => (
                  <DropdownMenu.Item key={view.id} className="filter-menu__item" onSelect={() => onApply(view)}>
                    <span className="filter-menu__check">{active?.id === view.id && <Check size={13} aria-hidden="true" />}</span>
                    <span className="filter-menu__text">{view.name}</span>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Group>
            )}
            <DropdownMenu.Separator className="filter-menu__separator" />
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => setNaming("new")}>
              <span className="filter-menu__check" />
              Save view…
            </DropdownMenu.Item>
            {active && (
              <>
                <DropdownMenu.Item className="filter-menu__item" disabled={!edited || save.isPending} onSelect={update}>
                  <span className="filter-menu__check" />
                  Update “{active.name}”
                </DropdownMenu.Item>
                <DropdownMenu.Item className="filter-menu__item" onSelect={() => setNaming("rename")}>
                  <span className="filter-menu__check" />
                  Rename “{active.name}”…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="filter-menu__item filter-menu__item--danger" onSelect={() => setDeleting(true)}>
                  <span className="filter-menu__check" />
                  Delete “{active.name}”…
                </DropdownMenu.Item>
              </>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>

      {naming && (
        <ViewNameDialog
          title={naming === "new" ? "Save view" : "Rename view"}
          initialName={naming === "rename" && active ? active.name : ""}
          onClose={() => setNaming(null)}
          save={(name, options) => {
            const renaming = naming === "rename" && active;
            const before = new Set((views.data ?? []).map((v) => v.id));
            save.mutate(
              {
                id: renaming ? active.id : null,
                input: { record_table: table, name, definition: renaming ? active.definition : current },
              },
              {
                onSuccess: (all) => {
                  const saved = renaming
                    ? all.find((v) => v.id === active.id)
                    : (all.find((v) => !before.has(v.id) && v.name === name) ?? all.find((v) => !before.has(v.id)));
                  onActiveChange(saved ?? null);
                  options.onSuccess(all);
                },
                onError: options.onError,
              },
            );
          }}
          saving={save.isPending}
        />
      )}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete the view “${active?.name ?? ""}”?`}
        description={`The view goes to Trash; the ${table} in it are not touched.`}
        confirmLabel="Delete view"
        danger
        busy={remove.isPending}
        onConfirm={() => {
          if (!active) return;
          remove.mutate(active.id, {
            onSuccess: () => onActiveChange(null),
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            onSettled: () => setDeleting(false),
          });
        }}
      />
    </>
  );
}

type NameSave = (
  name: string,
  options: { onSuccess: (saved: SavedView[]) => void; onError: (error: unknown) => void },
) => void;

function ViewNameDialog({
  title,
  initialName,
  onClose,
  save,
  saving,
}: {
  title: string;
  initialName: string;
  onClose: () => void;
  save: NameSave;
  saving: boolean;
}) {
  const { draft, set, form, submit } = useDraftForm({ name: initialName });
  const mutation = { isPending: saving, mutate: (d: { name: string }, options: Parameters<NameSave>[1]) => save(d.name.trim(), options) };
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={title}>
      <form
        className="settings-form"
        noValidate
        onSubmit={submit(mutation, {
          onSuccess: onClose,
          check: (d): Record<string, string> => (d.name.trim() ? {} : { name: "Name the view, e.g. 'My hot leads'." }),
        })}
      >
        <FailureBanner message={form.failure} />
        <TextField
          id="view-name"
          label="Name"
          value={draft.name}
          onValueChange={set("name")}
          error={form.errors.name}
          placeholder="e.g. My hot leads"
          autoComplete="off"
          autoFocus
        />
        <FormActions saving={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
