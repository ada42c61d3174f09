// Keeps cached server state fresh: each backend "changed" batch invalidates just its keys.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { onChanged } from "../ipc/events";
import { queryKeysForChange } from "./query-keys-for-change";

export function useChangeInvalidation() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let unlisten: (() => void) | null = null;
    let disposed = false;
    void onChanged((batch) => {
      for (const queryKey of queryKeysForChange(batch)) {
        void queryClient.invalidateQueries({ queryKey });
      }
    }).then((stop) => {
      if (disposed) stop();
      else unlisten = stop;
    });
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, [queryClient]);
}
