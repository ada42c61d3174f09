// Links to the web, e-mail and phones open in the OS's apps. The webview opens no new windows
// and must never navigate away from Tandem, so every such click goes through the backend.
import { useEffect } from "react";
import { backend } from "../ipc/backend";

const EXTERNAL = /^(https?:|mailto:|tel:)/i;

export function useExternalLinks(onError: (message: string) => void) {
  useEffect(() => {
    function open(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      const href = anchor?.getAttribute("href") ?? "";
      if (!EXTERNAL.test(href)) return;
      event.preventDefault();
      backend.openLink(href).catch((err: { message?: string }) => onError(err.message ?? `Could not open ${href}.`));
    }
    document.addEventListener("click", open);
    return () => document.removeEventListener("click", open);
  }, [onError]);
}
