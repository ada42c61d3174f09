// Picks one contact by name or email (a deal's primary contact, the people on a deal).
import { backend } from "../../ipc/backend";
import { emptyFilter } from "../records/empty-filter";
import { RecordPicker, type PickedRecord, type RecordSearch } from "../records/RecordPicker";

export type PickedContact = PickedRecord;

const contactSearch: RecordSearch<PickedContact & { meta: string }> = {
  key: (search) => ["contacts", search, "picker"],
  find: async (search) => {
    const page = await backend.listContacts({ search, filter: emptyFilter, sort: "relevance", offset: 0, limit: 8 });
    return page.rows.map((row) => ({ id: row.id, name: row.name, meta: row.company_name || row.email }));
  },
};

export function ContactPicker({
  id,
  label,
  value,
  onChange,
  error,
  placeholder = "Type a name or email…",
}: {
  id: string;
  label: string;
  value: PickedContact | null;
  onChange: (contact: PickedContact | null) => void;
  error?: string;
  placeholder?: string;
}) {
  return (
    <RecordPicker
      id={id}
      label={label}
      value={value}
      onChange={(match) => onChange(match && { id: match.id, name: match.name })}
      search={contactSearch}
      error={error}
      placeholder={placeholder}
    />
  );
}
