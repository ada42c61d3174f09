// Picks one library item by title or by words inside it (a request's answer, a collection's next item).
import { backend } from "../../ipc/backend";
import { RecordPicker, type PickedRecord, type RecordMatch, type RecordSearch } from "../records/RecordPicker";
import { kindLabels } from "./content-labels";
import { anyContent } from "./library-queries";

const itemSearch: RecordSearch<RecordMatch> = {
  key: (search) => ["content_search", "picker", search],
  find: async (search) => {
    const results = await backend.searchContent({ ...anyContent, text: search, limit: 8 });
    return results.hits.map((hit) => ({ id: hit.id, name: hit.title, meta: kindLabels[hit.kind] }));
  },
};

export function ContentItemPicker({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: PickedRecord | null;
  onChange: (item: PickedRecord | null) => void;
  error?: string;
}) {
  return (
    <RecordPicker
      id={id}
      label={label}
      value={value}
      onChange={(match) => onChange(match && { id: match.id, name: match.name })}
      search={itemSearch}
      error={error}
      placeholder="Type a title or words inside it…"
    />
  );
}
