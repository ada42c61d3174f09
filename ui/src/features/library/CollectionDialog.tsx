// Create or edit a collection: its name, what it is for, and its items in order (up/down, remove, add).
import { movedRow } from "../../components/moved-row";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { Trash2 } from "lucide-react";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { Collection } from "../../ipc/bindings";
import { ContentItemPicker } from "./ContentItemPicker";
import { useDeleteCollection, useSaveCollection } from "./library-queries";

type Entry = { item_id: string; title: string };
type CollectionDraft = { name: string; description: string; items: Entry[] };

function draftOf(collection: Collection | null): CollectionDraft {
  return {
    name: collection?.name ?? "",
    description: collection?.description ?? "",
    items: collection?.items.map(({ item_id, title }) => ({ item_id, title })) ?? [],
  };
}


export function CollectionDialog({
  collection,
  onClose,
  onDeleted,
}: {
  /** null: a new collection. */
  collection: Collection | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { draft, set, form, submit } = useDraftForm(draftOf(collection));
  const save = useSaveCollection();
  const remove = useDeleteCollection();
  const toast = useToast();
  const undo = useUndo();
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: CollectionDraft, options: { onSuccess: (saved: Collection) => void; onError: (error: unknown) => void }) =>
      save.mutate(
        { id: collection?.id ?? null, input: { name: d.name, description: d.description, item_ids: d.items.map((i) => i.item_id) } },
        options,
      ),
  };
  const items = draft.items;

  function onDelete() {
    if (!collection) return;
    remove.mutate(collection.id, {
      onSuccess: () => {
        onDeleted();
        onClose();
        toast({ message: `Collection “${collection.name}” deleted`, action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: form.show,
    });
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={collection ? `Edit collection “${collection.name}”` : "New collection"}
      description="Sellers see a collection’s items together, in this order."
    >
      <form className="library-form" noValidate onSubmit={submit(saveDraft, { onSuccess: onClose })}>
        <FailureBanner message={form.failure ?? form.errors.item_ids ?? null} />
        <TextField
          id="collection-name"
          label="Name"
          value={draft.name}
          onValueChange={set("name")}
          error={form.errors.name}
          placeholder="e.g. Security objection kit"
          autoComplete="off"
          autoFocus
        />
        <TextAreaField
          id="collection-description"
          label="What it is for"
          value={draft.description}
          onValueChange={set("description")}
          error={form.errors.description}
          rows={2}
        />
        <div className="field">
          <span className="field__label">Items</span>
          {items.length === 0 ? (
            <p className="muted">No items yet. Add them below, or with “Add to collection” on an item.</p>
          ) : (
            <ol className="collection-items" aria-label="Items in order">
              {items.map((entry, index) => (
                <li key={entry.item_id} className="collection-items__row">
                  <span className="collection-items__title">{entry.title}</span>
                  <RowOrderButtons
                    name={entry.title}
                    index={index}
                    count={items.length}
                    onMove={(step) => set("items")(movedRow(items, index, step))}
                    onRemove={() => set("items")(items.filter((_, i) => i !== index))}
                    removeLabel={`Remove ${entry.title} from the collection`}
                  />
                </li>
              ))}
            </ol>
          )}
        </div>
        <ContentItemPicker
          id="collection-add-item"
          label="Add an item"
          value={null}
          onChange={(item) => {
            if (item && !items.some((i) => i.item_id === item.id)) set("items")([...items, { item_id: item.id, title: item.name }]);
          }}
        />
        <FormActions saving={save.isPending} onCancel={onClose}>
          {collection && (
            <Button variant="ghost" onClick={onDelete} disabled={remove.isPending} className="collection-dialog__delete">
              <Trash2 aria-hidden="true" />
              Delete collection
            </Button>
          )}
          <span className="screen-header__spacer" />
        </FormActions>
      </form>
    </Modal>
  );
}
