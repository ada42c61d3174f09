// "Add to collection" on an item: each collection with a check when the item is in it; choosing one
// adds the item at its end or takes it out.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, FolderPlus } from "lucide-react";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Collection } from "../../ipc/bindings";
import { useCollections, useSaveCollection } from "./library-queries";
import "../records/filter-menu.css";

export function AddToCollectionMenu({ itemId, itemTitle, memberOf }: { itemId: string; itemTitle: string; memberOf: string[] }) {
  const collections = useCollections();
  const save = useSaveCollection();
  const toast = useToast();

  function toggle(collection: Collection) {
    const inIt = memberOf.includes(collection.id);
    const ids = collection.items.map((entry) => entry.item_id).filter((id) => id !== itemId);
    save.mutate(
      { id: collection.id, input: { name: collection.name, description: collection.description, item_ids: inIt ? ids : [...ids, itemId] } },
      {
        onSuccess: () => toast({ message: inIt ? `Took “${itemTitle}” out of ${collection.name}` : `Added “${itemTitle}” to ${collection.name}` }),
        onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
      },
    );
  }

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button type="button" className="btn btn--small" disabled={save.isPending}>
          <FolderPlus aria-hidden="true" />
          Add to collection
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="filter-menu" align="start" sideOffset={4}>
          {(collections.data ?? []).length === 0 ? (
            <DropdownMenu.Label className="filter-menu__note">No collections yet: create one with + beside “Collections”.</DropdownMenu.Label>
          ) : (
            collections.data!.map((collection) => {
              const inIt = memberOf.includes(collection.id);
              return (
                <DropdownMenu.CheckboxItem
                  key={collection.id}
                  className="filter-menu__item"
                  checked={inIt}
                  onSelect={() => toggle(collection)}
                >
                  <span className="filter-menu__check">{inIt && <Check size={13} aria-hidden="true" />}</span>
                  <span className="filter-menu__text">{collection.name}</span>
                </DropdownMenu.CheckboxItem>
              );
            })
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
