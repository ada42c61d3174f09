// Label, hint and error around one input, wired up with ids so screen readers hear the error.
import type { ChangeEvent, ReactNode } from "react";

/** What every labelled field takes, whatever its control. */
export type FieldProps = {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Goes on the wrapper, not the control. */
  className?: string;
};

/** Spread onto the <input>, <textarea> or <select> inside the frame. */
export type ControlProps = {
  id: string;
  className: string;
  value: string;
  onChange: (event: ChangeEvent<{ value: string }>) => void;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

export function FieldFrame({
  id,
  label,
  value,
  onValueChange,
  error,
  hint,
  className,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        className: "input",
        value,
        onChange: (e) => onValueChange(e.target.value),
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
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
