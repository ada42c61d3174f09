// A labelled checkbox with an optional hint and inline error.
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  hint,
  error,
}: {
  id: string;
  label: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}) {
  const note = error ?? hint;
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onCheckedChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={note ? `${id}-note` : undefined}
        />
        <span>{label}</span>
      </label>
      {note && (
        <span id={`${id}-note`} className={error ? "field__error" : "field__hint"} role={error ? "alert" : undefined}>
          {note}
        </span>
      )}
    </div>
  );
}
