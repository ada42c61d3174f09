// The people, companies and deals a task is about: chips for the linked ones, and one search for more.
import { Building2, Handshake, User, X } from "lucide-react";
import { backend } from "../../ipc/backend";
import type { TaskLink } from "../../ipc/bindings";
import { RecordPicker, type RecordMatch, type RecordSearch } from "../records/RecordPicker";
import "../../components/tag-input.css";

const tableInfo: Record<string, { noun: string; icon: typeof User }> = {
  contacts: { noun: "Person", icon: User },
  companies: { noun: "Company", icon: Building2 },
  deals: { noun: "Deal", icon: Handshake },
};

type LinkMatch = RecordMatch & { table: string };

function match(table: string, id: string, name: string, detail: string): LinkMatch {
  const { noun, icon: Icon } = tableInfo[table]!;
  return { id, name, table, meta: [noun, detail].filter(Boolean).join(" · "), icon: <Icon size={13} aria-hidden="true" /> };
}

/** Under ["search"], like the palette, so record changes refresh an open list. */
const everything: RecordSearch<LinkMatch> = {
  key: (search) => ["search", search, "task-links"],
  find: async (search) => {
    const found = await backend.searchEverything(search);
    return [
      ...found.contacts.rows.slice(0, 4).map((r) => match("contacts", r.id, r.name, r.company_name)),
      ...found.companies.rows.slice(0, 3).map((r) => match("companies", r.id, r.name, r.domain)),
      ...found.deals.rows.slice(0, 3).map((r) => match("deals", r.id, r.name, r.company_name)),
    ];
  },
};

export function TaskLinksField({
  value,
  onValueChange,
  error,
}: {
  value: TaskLink[];
  onValueChange: (links: TaskLink[]) => void;
  error?: string;
}) {
  return (
    <div className="task-links-field">
      {value.length > 0 && (
        <ul className="tag-input__tags" aria-label="Linked records">
          {value.map((link) => {
            const Icon = tableInfo[link.record_table]?.icon ?? User;
            return (
              <li key={link.record_id} className="tag">
                <Icon size={11} aria-hidden="true" />
                <span className="tag__name">{link.name}</span>
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={`Unlink ${link.name}`}
                  onClick={() => onValueChange(value.filter((l) => l.record_id !== link.record_id))}
                >
                  <X size={11} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <RecordPicker
        id="task-links"
        label="Linked to"
        value={null}
        search={everything}
        placeholder="Link a person, company or deal…"
        error={error}
        onChange={(picked) => {
          if (!picked || value.some((l) => l.record_id === picked.id)) return;
          onValueChange([...value, { record_table: picked.table, record_id: picked.id, name: picked.name }]);
        }}
      />
    </div>
  );
}
