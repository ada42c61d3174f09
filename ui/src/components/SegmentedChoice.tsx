// One choice out of a few, as a row of radio buttons: the arrow keys move the choice and the focus.
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import "./segmented.css";

export type SegmentedOption<T extends string> = { value: T; label: string; icon?: ReactNode; title?: string };

export function SegmentedChoice<T extends string>({
  label,
  options,
  value,
  onValueChange,
  title,
}: {
  /** The group's accessible name. */
  label: string;
  options: SegmentedOption<T>[];
  value: T;
  onValueChange: (value: T) => void;
  /** A tooltip for the whole group, e.g. its shortcuts. */
  title?: string;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step =
      event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : event.key === "ArrowLeft" || event.key === "ArrowUp" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    onValueChange(options[next]!.value);
    buttons.current[next]?.focus();
  }

  return (
    <div className="segmented" role="radiogroup" aria-label={label} title={title}>
      {options.map((option, index) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            className="segmented__option"
            title={option.title}
            onClick={() => onValueChange(option.value)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {option.icon}
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
