// Backend → UI notifications: one "changed" event per committed transaction, import progress, team
// sync status, requests to show a task or Today (from a notification or the tray), and files dragged
// onto the window.
import { listen } from "@tauri-apps/api/event";
import { getCurrentWebview } from "@tauri-apps/api/webview";
import type { ChangeBatch, ImportProgress, SyncStatus } from "./bindings";

export async function onChanged(cb: (batch: ChangeBatch) => void): Promise<() => void> {
  return listen<ChangeBatch>("changed", (event) => cb(event.payload));
}

export async function onImportProgress(cb: (progress: ImportProgress) => void): Promise<() => void> {
  return listen<ImportProgress>("import-progress", (event) => cb(event.payload));
}

/** Team sync's status, whenever it changes (state, pending count, account, error). */
export async function onSyncStatus(cb: (status: SyncStatus) => void): Promise<() => void> {
  return listen<SyncStatus>("sync-status", (event) => cb(event.payload));
}

/** A reminder notification was clicked: `cb` gets the task's id. */
export async function onOpenTask(cb: (taskId: string) => void): Promise<() => void> {
  return listen<string>("open-task", (event) => cb(event.payload));
}

export async function onOpenToday(cb: (payload: null) => void): Promise<() => void> {
  return listen<null>("open-today", (event) => cb(event.payload));
}

/**
 * Files dropped on the window, by path. The webview takes native drops before the page sees them,
 * so this is the only way a drop reaches the UI.
 */
export async function onFilesDropped(cb: (paths: string[]) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    if (event.payload.type === "drop") cb(event.payload.paths);
  });
}

/** Files are being dragged over the window (true) or left it or were dropped (false), for a drop-zone highlight. */
export async function onFileDragHover(cb: (over: boolean) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => cb(event.payload.type === "enter" || event.payload.type === "over"));
}
