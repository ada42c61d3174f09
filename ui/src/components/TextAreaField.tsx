// A labelled multi-line input with an inline error.
import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "./FieldFrame";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "onChange" | "value"> & {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
};

export function TextAreaField({ id, label, value, onValueChange, error, className, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} error={error} className={className}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
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
