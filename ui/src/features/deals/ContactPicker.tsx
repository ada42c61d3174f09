// Search-as-you-type over contacts for one pick: a combobox with a short list of matches.
import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { backend } from "../../ipc/backend";
import { emptyFilter } from "../records/empty-filter";

export type PickedContact = { id: string; name: string };

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
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(text.trim(), 120);
  const matches = useQuery({
    queryKey: ["contacts", search, "picker"],
    queryFn: () => backend.listContacts({ search, filter: emptyFilter, sort: "relevance", offset: 0, limit: 8 }),
    enabled: open && search.length > 0,
  });
  const rows = search.length > 0 ? (matches.data?.rows ?? []) : [];
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const expanded = open && rows.length > 0;

  function pick(index: number) {
    const row = rows[index];
    if (!row) return;
    onChange({ id: row.id, name: row.name });
    setText("");
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      setOpen(true);
      setActive((i) => Math.min(i + 1, rows.length - 1));
    } else if (event.key === "ArrowUp") {
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && expanded) {
      pick(active);
    } else if (event.key === "Escape" && expanded) {
      // Close the list, not the form around it.
      event.stopPropagation();
      setOpen(false);
    } else {
      return;
    }
    event.preventDefault();
  }

  return (
    <div className="field contact-picker">
      {value ? (
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      {value ? (
        <div className="contact-picker__picked" role="group" aria-labelledby={`${id}-label`}>
          <span className="contact-picker__name">{value.name}</span>
          <button
            type="button"
            className="contact-picker__clear"
            aria-label={`Remove ${value.name} from ${label.toLowerCase()}`}
            onClick={() => onChange(null)}
          >
            <X size={13} aria-hidden="true" />
          </button>
        </div>
      ) : (
        <input
          id={id}
          className="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      )}
      {expanded && (
        <ul id={listId} role="listbox" className="contact-picker__list" aria-label={`${label} matches`}>
          {rows.map((row, index) => (
            <li
              key={row.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="contact-picker__option"
              // Keep focus in the input so the blur does not close the list before the pick.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(index)}
            >
              <span>{row.name}</span>
              <span className="contact-picker__meta">{row.company_name || row.email}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
