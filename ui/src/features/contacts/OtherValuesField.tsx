// The extra e-mails or phones of a contact: one row each with a remove button, and an "Add" button.
import { Plus, X } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "../../components/Button";

export function OtherValuesField({
  id,
  rowLabel,
  addLabel,
  type,
  values,
  onValuesChange,
  error,
}: {
  id: string;
  /** "Email" reads as "Email 2", "Email 3"… (the primary one is the first). */
  rowLabel: string;
  addLabel: string;
  type: "email" | "tel";
  values: string[];
  onValuesChange: (values: string[]) => void;
  error?: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  const errorId = `${id}-error`;

  // A new row takes focus so the user can type straight away.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const inputs = list.current?.querySelectorAll<HTMLInputElement>(".other-values__row input");
    inputs?.[inputs.length - 1]?.focus();
  }, [values.length]);

  return (
    <div ref={list} className="other-values">
      {values.map((value, index) => {
        const label = `${rowLabel} ${index + 2}`;
        return (
          <div key={index} className="other-values__row">
            <input
              id={`${id}-${index}`}
              className="input"
              type={type}
              aria-label={label}
              value={value}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => onValuesChange(values.map((v, i) => (i === index ? e.target.value : v)))}
            />
            <Button
              size="small"
              variant="ghost"
              className="btn--icon"
              aria-label={`Remove ${label}`}
              title="Remove"
              onClick={() => onValuesChange(values.filter((_, i) => i !== index))}
            >
              <X aria-hidden="true" />
            </Button>
          </div>
        );
      })}
      {error && (
        <span id={errorId} className="field__error" role="alert">
          {error}
        </span>
      )}
      <Button
        size="small"
        variant="ghost"
        className="other-values__add"
        onClick={() => {
          added.current = true;
          onValuesChange([...values, ""]);
        }}
      >
        <Plus aria-hidden="true" />
        {addLabel}
      </Button>
    </div>
  );
}
