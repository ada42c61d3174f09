// Saved views of a list (contacts or deals): a named search, filter and sort.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { RecordFilter, SavedView, SavedViewInput, ViewDefinition } from "../../ipc/bindings";

export type ViewTable = "contacts" | "deals";

export function useSavedViews(table: ViewTable, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ["saved_views", table], queryFn: () => backend.listSavedViews(table), enabled });
}

/** Answers the table's views after the save, which are also put in the cache at once. */
export function useSaveSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: SavedViewInput }) => backend.saveSavedView(id, input),
    onSuccess: (views: SavedView[], { input }) => queryClient.setQueryData(["saved_views", input.record_table], views),
  });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.deleteSavedView(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["saved_views"] }),
  });
}

/** The same definition written in a fixed key order, so two can be compared as text. */
function canonical(definition: ViewDefinition): string {
  const f: RecordFilter = definition.filter;
  return JSON.stringify([
    definition.search.trim(),
    definition.sort,
    [...f.lifecycle].sort(),
    [...f.stage_ids].sort(),
    [...f.owner_ids].sort(),
    [...f.company_ids].sort(),
    [...f.tags].sort(),
    [...f.countries].sort(),
    f.no_activity_days,
    f.custom.map((c) => [c.field_id, c.op, c.value]),
  ]);
}

export function sameDefinition(a: ViewDefinition, b: ViewDefinition): boolean {
  return canonical(a) === canonical(b);
}
