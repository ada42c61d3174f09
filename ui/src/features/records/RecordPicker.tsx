// Search-as-you-type over records for one pick: a combobox with a short list of matches.
// What it searches is given by the caller (contacts only, or contacts, companies and deals).
import { useQuery, type QueryKey } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { useDebouncedValue } from "../../components/use-debounced-value";
import "./record-picker.css";

export type PickedRecord = { id: string; name: string };
/** A match: the record, a muted detail (company, email, kind) and an optional icon. */
export type RecordMatch = PickedRecord & { meta: string; icon?: ReactNode };
/** How to look records up: a cache key for the text, and the lookup itself. */
export type RecordSearch<M extends RecordMatch> = { key: (search: string) => QueryKey; find: (search: string) => Promise<M[]> };

export function RecordPicker<M extends RecordMatch>({
  id,
  label,
  value,
  onChange,
  search: lookup,
  error,
  placeholder,
}: {
  id: string;
  label: string;
  /** The picked record; null shows the search box. */
  value: PickedRecord | null;
  onChange: (record: M | null) => void;
  search: RecordSearch<M>;
  error?: string;
  placeholder: string;
}) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(text.trim(), 120);
  const matches = useQuery({
    queryKey: lookup.key(search),
    queryFn: () => lookup.find(search),
    enabled: open && search.length > 0,
  });
  const rows = search.length > 0 ? (matches.data ?? []) : [];
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const expanded = open && rows.length > 0;

  function pick(index: number) {
    const row = rows[index];
    if (!row) return;
    onChange(row);
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
    <div className="field record-picker">
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
        <div className="record-picker__picked" role="group" aria-labelledby={`${id}-label`}>
          <span className="record-picker__name">{value.name}</span>
          <button
            type="button"
            className="record-picker__clear"
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
        <ul id={listId} role="listbox" className="record-picker__list" aria-label={`${label} matches`}>
          {rows.map((row, index) => (
            <li
              key={row.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="record-picker__option"
              // Keep focus in the input so the blur does not close the list before the pick.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(index)}
            >
              {row.icon}
              <span>{row.name}</span>
              <span className="record-picker__meta">{row.meta}</span>
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
