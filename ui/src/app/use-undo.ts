// Undo the last change and say what was undone; shared by Ctrl+Z, the palette and toasts.
import { useCallback } from "react";
import { useToast } from "../components/toast-context";
import { toAppError } from "../ipc/app-error";
import { backend } from "../ipc/backend";

export function useUndo(): () => Promise<void> {
  const toast = useToast();
  return useCallback(async () => {
    try {
      const outcome = await backend.undo();
      toast({ message: outcome ? `Undone: ${outcome.description}` : "Nothing to undo" });
    } catch (error) {
      toast({ message: toAppError(error).message, tone: "error" });
    }
  }, [toast]);
}
