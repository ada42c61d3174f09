// A colour as a swatch to pick from and its "#RRGGBB" text to type or paste.
import type { FieldProps } from "../../components/FieldFrame";
import { FieldFrame } from "../../components/FieldFrame";

const hexColour = /^#[0-9a-f]{6}$/i;

export function ColorField({ id, value, onValueChange, ...field }: FieldProps) {
  return (
    <FieldFrame id={id} value={value} onValueChange={onValueChange} {...field}>
      {(control) => (
        <span className="color-field">
          <input
            type="color"
            className="color-field__swatch"
            aria-label={`${field.label}: pick`}
            // The picker only holds full hex colours; while the text is half typed it shows black.
            value={hexColour.test(value) ? value.toLowerCase() : "#000000"}
            onChange={(e) => onValueChange(e.target.value.toUpperCase())}
          />
          <input {...control} className="input color-field__hex" spellCheck={false} maxLength={7} placeholder="#RRGGBB" />
        </span>
      )}
    </FieldFrame>
  );
}
