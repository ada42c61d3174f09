// A compact tag input: type and press Enter or comma to add, Backspace or × to remove,
// with suggestions (usually the tags already in use) offered as a listbox.
import { X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import "./tag-input.css";

const maxSuggestions = 6;

export function TagInput({
  id,
  label,
  value,
  onValueChange,
  suggestions = [],
  error,
  hint,
}: {
  id: string;
  label: string;
  value: string[];
  onValueChange: (tags: string[]) => void;
  suggestions?: string[];
  error?: string;
  hint?: string;
}) {
  const [text, setText] = useState("");
  const [highlight, setHighlight] = useState(-1);
  const listId = `${id}-suggestions`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const taken = new Set(value.map((tag) => tag.toLowerCase()));
  const needle = text.trim().toLowerCase();
  const matches = needle
    ? suggestions.filter((s) => !taken.has(s.toLowerCase()) && s.toLowerCase().includes(needle)).slice(0, maxSuggestions)
    : [];
  const open = matches.length > 0;

  function add(raw: string) {
    const tag = raw.trim().replace(/,+$/, "").trim();
    setText("");
    setHighlight(-1);
    if (!tag || taken.has(tag.toLowerCase())) return;
    onValueChange([...value, tag]);
  }

  function remove(index: number) {
    onValueChange(value.filter((_, i) => i !== index));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      // Save the form, but keep what was typed as a tag.
      if (text.trim()) add(text);
      return;
    }
    if (event.key === "Enter" || event.key === ",") {
      if (!text.trim() && event.key === "Enter") return;
      event.preventDefault();
      add(open && highlight >= 0 ? matches[highlight]! : text);
    } else if (event.key === "Backspace" && text === "" && value.length > 0) {
      event.preventDefault();
      remove(value.length - 1);
    } else if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      setHighlight((h) => (h + 1) % matches.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      setHighlight((h) => (h <= 0 ? matches.length - 1 : h - 1));
    } else if (event.key === "Escape" && (open || text)) {
      event.preventDefault();
      event.stopPropagation();
      setText("");
      setHighlight(-1);
    }
  }

  const describedBy = [error ? errorId : null, hint && !error ? hintId : null].filter(Boolean).join(" ");

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="tag-input" data-invalid={error ? "" : undefined}>
        {value.length > 0 && (
          <ul className="tag-input__tags" aria-label={label}>
            {value.map((tag, index) => (
              <li key={tag} className="tag">
                <span className="tag__name">{tag}</span>
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={`Remove ${tag}`}
                  title={`Remove ${tag}`}
                  onClick={() => remove(index)}
                >
                  <X size={11} aria-hidden="true" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="tag-input__text"
          value={text}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && highlight >= 0 ? `${listId}-${highlight}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          placeholder={value.length === 0 ? "Add a tag…" : ""}
          autoComplete="off"
          onChange={(e) => {
            const next = e.target.value;
            // A pasted "a, b, c" becomes three tags at once.
            if (next.includes(",")) {
              const parts = next.split(",");
              const rest = parts.pop() ?? "";
              const added = parts.map((p) => p.trim()).filter((p, i, all) => p && !taken.has(p.toLowerCase()) && all.indexOf(p) === i);
              if (added.length > 0) onValueChange([...value, ...added]);
              setText(rest);
            } else {
              setText(next);
            }
            setHighlight(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) add(text);
          }}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="tag-input__suggestions">
            {matches.map((suggestion, index) => (
              <li
                key={suggestion}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === highlight}
                className="tag-input__suggestion"
                // Keep focus in the input so blur does not add the half-typed text first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(suggestion)}
              >
                {suggestion}
              </li>
            ))}
          </ul>
        )}
      </div>
      {hint && !error && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
