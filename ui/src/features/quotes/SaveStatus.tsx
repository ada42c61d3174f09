// "Saving…", "Saved" or "Not saved": how the autosave of the draft stands.
import type { SaveStatus as Status } from "./use-quote-editor";

const words: Record<Status, string> = { saved: "Saved", unsaved: "Saving…", saving: "Saving…", failed: "Not saved" };

export function SaveStatus({ status }: { status: Status }) {
  return (
    <span className={`quote-save quote-save--${status}`} role="status" data-testid="quote-save-status">
      {words[status]}
    </span>
  );
}
