// Test-only: fakes the Tauri bridge so tests exercise the real backend.ts and events.ts.
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { ChangeBatch, ImportProgress } from "./bindings";

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

export function emitOpenTask(taskId: string) {
  return emit("open-task", taskId);
}

export function emitOpenToday() {
  return emit("open-today", null);
}

export { clearMocks as resetBackendMock };
