// The collections in the library's left column: choosing one shows only its items. Marketers and
// admins also create and edit them here; everyone else sees them read-only. On a device that syncs
// with a team, any collection can be kept available offline.
import { FolderPlus, Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { toAppError } from "../../ipc/app-error";
import type { Collection } from "../../ipc/bindings";
import { CollectionDialog } from "./CollectionDialog";
import { useCollections, useMayCurate } from "./library-queries";
import { OfflineToggle, useOfflineCollections, useSignedInToTeam } from "./offline-files";

export function CollectionList({
  chosenId,
  onChoose,
}: {
  chosenId: string | null;
  onChoose: (id: string | null) => void;
}) {
  const collections = useCollections();
  const mayCurate = useMayCurate();
  const signedIn = useSignedInToTeam();
  const offline = useOfflineCollections(signedIn);
  // undefined: no dialog; null: a new collection.
  const [editing, setEditing] = useState<Collection | null | undefined>(undefined);
  const all = collections.data ?? [];
  if (!mayCurate && all.length === 0) return null;

  return (
    <section className="library-collections" aria-labelledby="library-collections-title">
      <div className="library-facets__head">
        <h2 id="library-collections-title" className="library-facets__title">
          Collections
        </h2>
        {mayCurate && (
          <Button variant="ghost" size="small" className="btn--icon" aria-label="New collection" title="New collection" onClick={() => setEditing(null)}>
            <FolderPlus aria-hidden="true" />
          </Button>
        )}
      </div>
      {collections.isError && <p className="field__error">{toAppError(collections.error).message}</p>}
      <ul className="library-collections__list">
        <li>
          <button
            type="button"
            className="library-collection"
            aria-current={chosenId === null ? "true" : undefined}
            onClick={() => onChoose(null)}
          >
            <span className="library-collection__name">All items</span>
          </button>
        </li>
        {all.map((collection) => (
          <li key={collection.id} className="library-collections__row">
            <button
              type="button"
              className="library-collection"
              aria-current={chosenId === collection.id ? "true" : undefined}
              title={collection.description || undefined}
              onClick={() => onChoose(chosenId === collection.id ? null : collection.id)}
            >
              <span className="library-collection__name">{collection.name}</span>
              <span className="library-facet__count tabular">{collection.items.length}</span>
            </button>
            {signedIn && <OfflineToggle collection={collection} kept={offline.data?.includes(collection.id) ?? false} />}
            {mayCurate && (
              <Button
                variant="ghost"
                size="small"
                className="btn--icon library-collection__edit"
                aria-label={`Edit collection ${collection.name}`}
                title="Edit collection"
                onClick={() => setEditing(collection)}
              >
                <Pencil aria-hidden="true" />
              </Button>
            )}
          </li>
        ))}
      </ul>
      {mayCurate && all.length === 0 && (
        <p className="library-facets__hint">Group items for a play — “Security objection kit”, “Q3 launch” — so sellers find them together.</p>
      )}
      {editing !== undefined && (
        <CollectionDialog
          collection={editing}
          onClose={() => setEditing(undefined)}
          onDeleted={() => {
            if (editing && chosenId === editing.id) onChoose(null);
          }}
        />
      )}
    </section>
  );
}
