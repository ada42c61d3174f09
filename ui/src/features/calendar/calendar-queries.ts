// Calendar (.ics) exports of tasks. An export writes a file and changes no table, so nothing to refresh.
import { useMutation } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { TaskExport } from "../../ipc/bindings";

export const useExportTasks = () => useMutation({ mutationFn: (scope: TaskExport) => backend.exportTasks(scope) });
