// Company reads and writes as TanStack Query options and mutations.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Company, CompanyInput, CompanyPage } from "../../ipc/bindings";

export const companyPageSize = 100;

/** A page remembers the search that produced it, so a kept-previous page is never mislabelled. */
export type LoadedCompanyPage = CompanyPage & { search: string };

/** Every company page lives under the ["companies"] prefix, so a "changed" batch refreshes them all. */
export function companyPageQuery(search: string, pageIndex: number) {
  return queryOptions({
    queryKey: ["companies", search, pageIndex],
    queryFn: async (): Promise<LoadedCompanyPage> => {
      const page = await backend.listCompanies({ search, offset: pageIndex * companyPageSize, limit: companyPageSize });
      return { ...page, search };
    },
  });
}

export function useCompany(id: string) {
  return useQuery({ queryKey: ["company", id], queryFn: () => backend.getCompany(id) });
}

export function useSaveCompany(companyId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyInput) =>
      companyId ? backend.updateCompany(companyId, input) : backend.createCompany(input),
    onSuccess: (saved: Company) => queryClient.setQueryData(["company", saved.id], saved),
  });
}

export function useDeleteCompany() {
  return useMutation({ mutationFn: (id: string) => backend.deleteCompany(id) });
}
