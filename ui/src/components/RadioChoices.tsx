// One choice out of a few, each with a line saying what it does: native radio buttons in a fieldset.
import { useId } from "react";
import "./radio-choices.css";

export type RadioChoice<T extends string> = { value: T; label: string; hint: string };

export function RadioChoices<T extends string>({
  legend,
  hint,
  choices,
  value,
  onValueChange,
  disabled,
}: {
  legend: string;
  hint?: string;
  choices: RadioChoice<T>[];
  value: T;
  onValueChange: (value: T) => void;
  disabled?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="radio-choices" disabled={disabled}>
      <legend className="radio-choices__legend">{legend}</legend>
      {hint && <p className="radio-choices__hint">{hint}</p>}
      {choices.map((choice) => (
        <label key={choice.value} className="radio-choices__option">
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onValueChange(choice.value)} />
          <span>
            <span className="radio-choices__label">{choice.label}</span>
            <span className="radio-choices__option-hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
