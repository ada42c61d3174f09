// The import wizard's reads and writes; the history refreshes from "changed" events on `imports`.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { ExportRequest, ImportRequest } from "../../ipc/bindings";

/** Files above this are refused before reading them into memory (the backend's own limit). */
export const maxImportBytes = 50 * 1024 * 1024;

export const useImports = () => useQuery({ queryKey: ["imports"], queryFn: backend.listImports });

/** Reads a chosen file and hands its bytes to the backend, which detects format and columns. */
export const useStageImport = () =>
  useMutation({
    mutationFn: async (file: File) => {
      if (file.size > maxImportBytes) {
        const megabytes = Math.ceil(file.size / (1024 * 1024));
        throw {
          code: "validation",
          message: `This file is ${megabytes} MB; Tandem imports files of up to 50 MB. Split it into smaller files and import them one by one.`,
          fields: [],
        };
      }
      const buffer = await file.arrayBuffer();
      return backend.stageImport(file.name, new Uint8Array(buffer));
    },
  });

/**
 * The dry run for a mapping and duplicate policy. The previous plan stays on screen while the next
 * one loads, and plans are not kept once the wizard moves on (they go stale as contacts change).
 */
export const useImportPreview = (request: ImportRequest | null) =>
  useQuery({
    queryKey: ["import_preview", request],
    queryFn: () => backend.previewImport(request as ImportRequest),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    gcTime: 0,
  });

export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => backend.undoImport(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["imports"] }),
  });
}

export const useExportContacts = () =>
  useMutation({ mutationFn: (request: ExportRequest) => backend.exportContacts(request) });
