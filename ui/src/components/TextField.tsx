// A labelled single-line input with an inline error.
import type { InputHTMLAttributes } from "react";
import { FieldFrame, type FieldProps } from "./FieldFrame";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldProps | "onChange"> & FieldProps;

export function TextField({ id, label, value, onValueChange, error, hint, className, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} value={value} onValueChange={onValueChange} error={error} hint={hint} className={className}>
      {(control) => <input {...control} {...rest} />}
    </FieldFrame>
  );
}
