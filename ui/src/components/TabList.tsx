// A row of tabs over one panel: click or arrow keys to switch; the panel is the caller's, with
// `tabPanelProps` wiring it to the selected tab.
import { useRef, type KeyboardEvent } from "react";
import "./tabs.css";

export type Tab<T extends string> = { value: T; label: string };

/** The ids a tab list and its panel share, from one prefix ("custom-fields" → "custom-fields-tab-deals"). */
export const tabIdOf = (prefix: string, value: string) => `${prefix}-tab-${value}`;

export function tabPanelProps(prefix: string, value: string) {
  return { id: `${prefix}-panel`, role: "tabpanel", "aria-labelledby": tabIdOf(prefix, value) } as const;
}

export function TabList<T extends string>({
  prefix,
  label,
  tabs,
  value,
  onValueChange,
  className,
}: {
  /** Prefixes the tabs' and panel's ids. */
  prefix: string;
  /** The list's accessible name. */
  label: string;
  tabs: Tab<T>[];
  value: T;
  onValueChange: (value: T) => void;
  className?: string;
}) {
  const list = useRef<HTMLDivElement>(null);

  // Arrow keys move between tabs, as in any tab list.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = tabs.findIndex((t) => t.value === value);
    const next = tabs[(index + step + tabs.length) % tabs.length]!.value;
    onValueChange(next);
    list.current?.querySelector<HTMLButtonElement>(`#${tabIdOf(prefix, next)}`)?.focus();
  }

  return (
    <div ref={list} className={className ? `tabs ${className}` : "tabs"} role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.value}
          id={tabIdOf(prefix, tab.value)}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab.value === value}
          aria-controls={`${prefix}-panel`}
          tabIndex={tab.value === value ? 0 : -1}
          onClick={() => onValueChange(tab.value)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
