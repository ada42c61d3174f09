// A labelled multi-line input with an inline error.
import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, type FieldProps } from "./FieldFrame";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldProps | "onChange"> & FieldProps;

export function TextAreaField({ id, label, value, onValueChange, error, hint, className, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} value={value} onValueChange={onValueChange} error={error} hint={hint} className={className}>
      {(control) => <textarea {...control} {...rest} />}
    </FieldFrame>
  );
}
