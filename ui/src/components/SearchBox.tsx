// A search field with its icon, as every list screen has one. Escape clears the text first, and
// only reaches the screen (closing a pane) once the box is empty.
import { Search } from "lucide-react";
import type { KeyboardEvent, ReactNode, Ref } from "react";
import "./search-box.css";

export function SearchBox({
  label,
  placeholder,
  value,
  onValueChange,
  inputRef,
  onKeyDown,
  className,
  screenSearch,
  children,
}: {
  label: string;
  placeholder: string;
  value: string;
  onValueChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** Keys other than Escape, e.g. ArrowDown into the results. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  className?: string;
  /** The box `/` focuses on this screen. */
  screenSearch?: boolean;
  /** Shown after the input, e.g. its shortcut. */
  children?: ReactNode;
}) {
  return (
    <div className={className ? `search-box ${className}` : "search-box"}>
      <Search size={14} aria-hidden="true" />
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        data-screen-search={screenSearch ? "" : undefined}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && value) {
            e.stopPropagation();
            onValueChange("");
          } else {
            onKeyDown?.(e);
          }
        }}
      />
      {children}
    </div>
  );
}
