// Test-only: fakes the Tauri bridge so tests exercise the real backend.ts and events.ts.
import { clearMocks, mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { ChangeBatch, ImportProgress, SyncStatus } from "./bindings";

type Handler = (args: Record<string, unknown>) => unknown;
export type CommandCall = { cmd: string; args: Record<string, unknown> };

/**
 * Installs handlers per command name. Unhandled commands reject with an "internal" AppError,
 * so a test fails loudly when the UI calls something it did not expect.
 */
export function mockBackend(handlers: Record<string, Handler>) {
  const calls: CommandCall[] = [];
  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      const handler = handlers[cmd];
      if (!handler) {
        return Promise.reject({ code: "internal", message: `unmocked command ${cmd}`, fields: [] });
      }
      return handler(args);
    },
    { shouldMockEvents: true },
  );
  // The webview's drag-and-drop events need a current window to listen on.
  mockWindows("main");
  return {
    calls,
    callsTo: (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args),
  };
}

export function emitChanged(batch: ChangeBatch) {
  return emit("changed", batch);
}

export function emitImportProgress(progress: ImportProgress) {
  return emit("import-progress", progress);
}

export function emitSyncStatus(status: SyncStatus) {
  return emit("sync-status", status);
}

export function emitOpenTask(taskId: string) {
  return emit("open-task", taskId);
}

export function emitOpenToday() {
  return emit("open-today", null);
}

const dropPosition = { x: 0, y: 0 };

/** Files dragged over the window (`over`), then dropped (`drop` with their paths) or taken away (`leave`). */
export async function emitFileDrag(drag: { type: "over" } | { type: "leave" } | { type: "drop"; paths: string[] }) {
  if (drag.type === "over") return emit("tauri://drag-over", { position: dropPosition });
  if (drag.type === "leave") return emit("tauri://drag-leave", null);
  return emit("tauri://drag-drop", { paths: drag.paths, position: dropPosition });
}

export { clearMocks as resetBackendMock };
