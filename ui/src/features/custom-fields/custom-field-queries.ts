// Custom field reads and writes; ["custom_fields", table] is refreshed by "changed" events.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { CustomField, CustomFieldInput } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";

export function useCustomFields(table: RecordTable, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ["custom_fields", table], queryFn: () => backend.listCustomFields(table), enabled });
}

export function useSaveCustomField(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomFieldInput) => backend.saveCustomField(id, input),
    // The answer is the table's fields after the save: show them without waiting for the event.
    onSuccess: (fields: CustomField[], input) => queryClient.setQueryData(["custom_fields", input.record_table], fields),
  });
}

export function useDeleteCustomField() {
  return useMutation({ mutationFn: (id: string) => backend.deleteCustomField(id) });
}

export const kindLabels: Record<CustomField["kind"], string> = {
  text: "Text",
  number: "Number",
  date: "Date",
  choice: "Choice",
};
