// A discount as typed: a number, and whether it is a percent or an amount in the quote's currency.
import { useState } from "react";
import type { Discount, DiscountKind } from "../../ipc/bindings";

export function DiscountInput({
  id,
  label,
  discount,
  currency,
  readOnly,
  error,
  errorId,
  onChange,
}: {
  id: string;
  /** The input's accessible name, e.g. "Discount of line 2". */
  label: string;
  discount: Discount | null;
  currency: string;
  readOnly: boolean;
  error?: string;
  /** The element that says what is wrong, for screen readers. */
  errorId?: string;
  onChange: (discount: Discount | null) => void;
}) {
  // No discount has no kind; the toggle remembers the one chosen until a value is typed.
  const [chosenKind, setChosenKind] = useState<DiscountKind>(discount?.kind ?? "percent");
  const kind = discount?.kind ?? chosenKind;
  const other: DiscountKind = kind === "percent" ? "amount" : "percent";
  return (
    <div className="quote-discount">
      <input
        id={id}
        className="input tabular quote-number"
        aria-label={label}
        inputMode="decimal"
        autoComplete="off"
        placeholder="0"
        value={discount?.value ?? ""}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value.trim() === "" ? null : { kind, value: e.target.value })}
      />
      <button
        type="button"
        className="quote-discount__kind"
        aria-label={`${label} in ${kind === "percent" ? "percent" : currency}`}
        title={readOnly ? undefined : `Switch to ${other === "percent" ? "a percent" : `an amount in ${currency}`}`}
        disabled={readOnly}
        onClick={() => {
          setChosenKind(other);
          if (discount) onChange({ ...discount, kind: other });
        }}
      >
        {kind === "percent" ? "%" : currency}
      </button>
    </div>
  );
}
