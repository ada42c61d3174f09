// Adds files to the library one by one — chosen in the window (read here) or dropped (by path) —
// counting progress and keeping each refused file's reason without stopping the others.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { ContentItem, FileFailure } from "../../ipc/bindings";

export type AddProgress = { total: number; done: number; running: boolean; added: number; failures: FileFailure[] };

export function useAddFiles(onFinished: (added: ContentItem[]) => void) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<AddProgress | null>(null);

  const finish = useCallback(
    (added: ContentItem[], failures: FileFailure[], total: number) => {
      setProgress({ total, done: total, running: false, added: added.length, failures });
      void queryClient.invalidateQueries({ queryKey: ["content_search"] });
      onFinished(added);
    },
    [queryClient, onFinished],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const added: ContentItem[] = [];
      const failures: FileFailure[] = [];
      for (const [index, file] of files.entries()) {
        setProgress({ total: files.length, done: index, running: true, added: added.length, failures: [...failures] });
        try {
          const buffer = await file.arrayBuffer();
          added.push(await backend.addContentBytes(file.name, new Uint8Array(buffer)));
        } catch (error) {
          failures.push({ file_name: file.name, message: toAppError(error).message });
        }
      }
      finish(added, failures, files.length);
    },
    [finish],
  );

  const addPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0) return;
      setProgress({ total: paths.length, done: 0, running: true, added: 0, failures: [] });
      try {
        const result = await backend.addContentFiles(paths);
        finish(result.added, result.failed, paths.length);
      } catch (error) {
        const message = toAppError(error).message;
        finish([], paths.map((path) => ({ file_name: path.split(/[\\/]/).pop() ?? path, message })), paths.length);
      }
    },
    [finish],
  );

  return { progress, addFiles, addPaths, dismiss: () => setProgress(null) };
}
