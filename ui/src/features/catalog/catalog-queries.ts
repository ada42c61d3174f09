// Reads and writes for the catalog (tax rates and products); "changed" events refresh the cache.
import { useMemo } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { ProductInput, WorkspaceTaxRate, WorkspaceTaxRateInput } from "../../ipc/bindings";
import { useExchangeRates, useProfile, useSettings } from "../settings/settings-queries";

export const useTaxRates = () => useQuery({ queryKey: ["tax_rates"], queryFn: backend.listTaxRates });

/** Products whose SKU or name contains `search`; the last list stays up while the next one loads. */
export const useProducts = (search: string) =>
  useQuery({
    queryKey: ["products", search],
    queryFn: () => backend.listProducts(search),
    placeholderData: keepPreviousData,
  });

/** Whether to offer editing: the backend refuses catalog changes from anyone else anyway. */
export function useMayEditCatalog(): boolean {
  const role = useProfile().data?.role;
  return role === "admin" || role === "sales_manager";
}

/** Currencies to offer for prices: the base currency first, then each one with an exchange rate. */
export function useOfferedCurrencies(): string[] {
  const base = useSettings().data?.base_currency;
  const rates = useExchangeRates().data;
  return useMemo(() => {
    const others = [...new Set((rates ?? []).map((r) => r.currency))].filter((c) => c !== base).sort();
    return base ? [base, ...others] : others;
  }, [base, rates]);
}

/** Saving answers with every rate, so the list updates before the "changed" event arrives. */
export function useSaveTaxRate(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkspaceTaxRateInput) => backend.saveTaxRate(id, input),
    onSuccess: (rates) => queryClient.setQueryData<WorkspaceTaxRate[]>(["tax_rates"], rates),
  });
}

export const useDeleteTaxRate = () => useMutation({ mutationFn: (id: string) => backend.deleteTaxRate(id) });

export const useSaveProduct = (id: string | null) =>
  useMutation({ mutationFn: (input: ProductInput) => backend.saveProduct(id, input) });

export const useDeleteProduct = () => useMutation({ mutationFn: (id: string) => backend.deleteProduct(id) });

export const useExportCatalog = () => useMutation({ mutationFn: backend.exportCatalog });

/** Reads the chosen CSV in the window and hands its bytes over; the backend imports all of it or nothing. */
export const useImportCatalog = () =>
  useMutation({
    mutationFn: async (file: File) => backend.importCatalog(new Uint8Array(await file.arrayBuffer())),
  });
