// A keyboard shortcut hint; "Mod" becomes ⌘ on macOS and Ctrl elsewhere.
const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function Kbd({ keys }: { keys: string[] }) {
  return (
    <span className="kbd" aria-hidden="true">
      {keys.map((key, index) => (
        <kbd key={index}>{key === "Mod" ? (isMac ? "⌘" : "Ctrl") : key}</kbd>
      ))}
    </span>
  );
}
