// Contact reads and writes as TanStack Query options and mutations.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { Contact, ContactInput, ContactPage, ContactSort, RecordFilter } from "../../ipc/bindings";
import { emptyFilter } from "../records/empty-filter";

export const contactPageSize = 100;

/** A page remembers which search, filter and order produced it, so a kept-previous page is never mislabelled. */
export type LoadedContactPage = ContactPage & { search: string; filter: RecordFilter; sort: ContactSort };

/** Every contact page lives under the ["contacts"] prefix, so a "changed" batch refreshes them all. */
export function contactPageQuery(search: string, sort: ContactSort, pageIndex: number, filter: RecordFilter = emptyFilter) {
  return queryOptions({
    queryKey: ["contacts", search, filter, sort, pageIndex],
    queryFn: async (): Promise<LoadedContactPage> => {
      const page = await backend.listContacts({
        search,
        filter,
        sort,
        offset: pageIndex * contactPageSize,
        limit: contactPageSize,
      });
      return { ...page, search, filter, sort };
    },
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: ["contact", id], queryFn: () => backend.getContact(id) });
}

export function useCompanyNames(prefix: string) {
  return useQuery({
    queryKey: ["company_names", prefix],
    queryFn: () => backend.companyNames(prefix),
    enabled: prefix.trim().length > 0,
  });
}

export function useSaveContact(contactId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) =>
      contactId ? backend.updateContact(contactId, input) : backend.createContact(input),
    onSuccess: (saved: Contact) => queryClient.setQueryData(["contact", saved.id], saved),
  });
}

export function useDeleteContact() {
  return useMutation({ mutationFn: (id: string) => backend.deleteContact(id) });
}
