// Keeps cached server state fresh: each backend "changed" batch invalidates just its keys.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { ChangeBatch } from "../ipc/bindings";
import { onChanged } from "../ipc/events";
import { queryKeysForChange } from "./query-keys-for-change";
import { useBackendEvent } from "./use-backend-event";

export function useChangeInvalidation() {
  const queryClient = useQueryClient();
  const invalidate = useCallback(
    (batch: ChangeBatch) => {
      for (const queryKey of queryKeysForChange(batch)) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    [queryClient],
  );
  useBackendEvent(onChanged, invalidate);
}
