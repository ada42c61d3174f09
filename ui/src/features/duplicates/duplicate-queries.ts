// The duplicates scan, its cheap count for the Contacts header, and the merge and dismiss writes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { CustomField, MergeInput } from "../../ipc/bindings";

/** Under ["duplicates"], so any contact, company or dismissal change rescans while the screen is open. */
export function useDuplicateScan() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["duplicates"],
    queryFn: async () => {
      const scan = await backend.duplicateGroups();
      queryClient.setQueryData(["duplicate_count"], scan.total);
      return scan;
    },
  });
}

/**
 * The badge count. Kept apart from ["duplicates"] so editing contacts does not rescan the whole
 * workspace for a badge; the screen's scan and its own writes keep it fresh, and it ages after a minute.
 */
export function useDuplicateCount(enabled: boolean) {
  return useQuery({
    queryKey: ["duplicate_count"],
    queryFn: async () => (await backend.duplicateGroups()).total,
    enabled,
    staleTime: 60_000,
  });
}

export function useMergeContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeInput) => backend.mergeContacts(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["duplicate_count"] }),
  });
}

export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ a, b }: { a: string; b: string }) => backend.dismissDuplicate(a, b),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["duplicate_count"] }),
  });
}

/** The workspace's custom contact fields, shared with the forms under ["custom_fields", "contacts"]. */
export function useContactCustomFields() {
  return useQuery<CustomField[]>({
    queryKey: ["custom_fields", "contacts"],
    queryFn: () => backend.listCustomFields("contacts"),
  });
}
