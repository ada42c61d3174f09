// A labelled native select; native keeps long lists (time zones) fast and keyboard-searchable.
import { FieldFrame } from "./FieldFrame";

export type SelectOption = { value: string; label: string };

export function SelectField({
  id,
  label,
  value,
  options,
  onValueChange,
  error,
  className,
}: {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onValueChange: (value: string) => void;
  error?: string;
  className?: string;
}) {
  // Keep an unknown stored value visible rather than silently showing the first option.
  const known = options.some((o) => o.value === value);
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          className="input"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          {!known && <option value={value}>{value || "—"}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
