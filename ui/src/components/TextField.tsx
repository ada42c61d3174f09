// A labelled single-line input with an inline error.
import type { InputHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> & {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  hint?: string;
};

export function TextField({ id, label, value, onValueChange, error, hint, className, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="input"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
