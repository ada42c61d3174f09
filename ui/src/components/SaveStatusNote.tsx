// "Saving…", "Saved", or why the last save failed with a way to try again: how an autosave stands.
import { Check } from "lucide-react";
import { toAppError } from "../ipc/app-error";
import { Button } from "./Button";
import type { SaveStatus } from "./use-autosave";
import "./save-status.css";

export function SaveStatusNote({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  switch (status.state) {
    case "idle":
      return null;
    case "pending":
    case "saving":
      return (
        <span className="save-status" role="status">
          Saving…
        </span>
      );
    case "saved":
      return (
        <span className="save-status" role="status">
          <Check size={12} aria-hidden="true" /> Saved
        </span>
      );
    case "failed": {
      const message = toAppError(status.error).message;
      return (
        <span className="save-status save-status--failed" role="alert">
          <span className="save-status__message" title={message}>
            Not saved: {message}
          </span>
          <Button size="small" variant="ghost" onClick={onRetry}>
            Try again
          </Button>
        </span>
      );
    }
  }
}
