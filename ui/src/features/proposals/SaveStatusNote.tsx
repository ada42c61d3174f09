// "Saving…", "Saved", or why the last save failed with a way to try again.
import { Check } from "lucide-react";
import { Button } from "../../components/Button";
import { toAppError } from "../../ipc/app-error";
import type { SaveStatus } from "./use-autosave";

export function SaveStatusNote({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  switch (status.state) {
    case "idle":
      return null;
    case "pending":
    case "saving":
      return (
        <span className="proposal-muted" role="status">
          Saving…
        </span>
      );
    case "saved":
      return (
        <span className="proposal-muted" role="status">
          <Check size={12} aria-hidden="true" /> Saved
        </span>
      );
    case "failed":
      return (
        <span className="proposal__save-failed" role="alert">
          Not saved: {toAppError(status.error).message}
          <Button size="small" variant="ghost" onClick={onRetry}>
            Try again
          </Button>
        </span>
      );
  }
}
