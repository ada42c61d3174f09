// Reads and writes of the workspace's quote settings and brand. Keys: ["quote_settings"], ["brand_logo"].
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { QuoteSettings } from "../../ipc/bindings";

export const useQuoteSettings = () => useQuery({ queryKey: ["quote_settings"], queryFn: backend.quoteSettings });

/** The logo's bytes, asked for only when there is one. */
export const useBrandLogo = (hasLogo: boolean) =>
  useQuery({ queryKey: ["brand_logo"], queryFn: backend.brandLogo, enabled: hasLogo });

/** Each write answers with the settings as stored: the section shows them without waiting for an event. */
function useSettingsWrite<Input>(write: (input: Input) => Promise<QuoteSettings>, { logoChanged = false } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (saved) => {
      queryClient.setQueryData<QuoteSettings>(["quote_settings"], saved);
      if (logoChanged) void queryClient.invalidateQueries({ queryKey: ["brand_logo"] });
    },
  });
}

export const useSaveQuoteSettings = () => useSettingsWrite(backend.saveQuoteSettings);
export const useSetBrandLogo = () =>
  useSettingsWrite(async (file: File) => backend.setBrandLogo(new Uint8Array(await file.arrayBuffer())), { logoChanged: true });
export const useClearBrandLogo = () => useSettingsWrite(() => backend.clearBrandLogo(), { logoChanged: true });
