// A labelled native select; native keeps long lists (time zones) fast and keyboard-searchable.
import { FieldFrame, type FieldProps } from "./FieldFrame";

export type SelectOption = { value: string; label: string };

export function SelectField({ options, ...field }: FieldProps & { options: SelectOption[] }) {
  // Keep an unknown stored value visible rather than silently showing the first option.
  const known = options.some((o) => o.value === field.value);
  return (
    <FieldFrame {...field}>
      {(control) => (
        <select {...control}>
          {!known && <option value={field.value}>{field.value || "—"}</option>}
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
