// The trash list and the two ways out of it.
import { useMutation, useQuery } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { RecordRef } from "../../ipc/bindings";

export function useTrash() {
  return useQuery({ queryKey: ["trash"], queryFn: backend.listTrash });
}

export function useRestoreRecord() {
  return useMutation({ mutationFn: (record: RecordRef) => backend.restoreRecord(record) });
}

export function usePurgeRecord() {
  return useMutation({ mutationFn: (record: RecordRef) => backend.purgeRecord(record) });
}
