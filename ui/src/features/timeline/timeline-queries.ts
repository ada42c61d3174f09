// A record's timeline and the activity writes, as TanStack Query hooks under the ["timeline"] prefix.
import { useMutation, useQuery } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { ActivityInput } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";

export function useTimeline(table: RecordTable, id: string) {
  return useQuery({ queryKey: ["timeline", table, id], queryFn: () => backend.timeline(table, id) });
}

export function useLogActivity() {
  return useMutation({ mutationFn: (input: ActivityInput) => backend.logActivity(input) });
}

export function useUpdateActivity(id: string) {
  return useMutation({ mutationFn: (input: ActivityInput) => backend.updateActivity(id, input) });
}

export function useDeleteActivity() {
  return useMutation({ mutationFn: (id: string) => backend.deleteActivity(id) });
}
