// Backend → UI notifications: one "changed" event per committed transaction, import progress, and
// requests to show a task or Today (from a notification or the tray).
import { listen } from "@tauri-apps/api/event";
import type { ChangeBatch, ImportProgress } from "./bindings";

export async function onChanged(cb: (batch: ChangeBatch) => void): Promise<() => void> {
  return listen<ChangeBatch>("changed", (event) => cb(event.payload));
}

export async function onImportProgress(cb: (progress: ImportProgress) => void): Promise<() => void> {
  return listen<ImportProgress>("import-progress", (event) => cb(event.payload));
}

/** A reminder notification was clicked: `cb` gets the task's id. */
export async function onOpenTask(cb: (taskId: string) => void): Promise<() => void> {
  return listen<string>("open-task", (event) => cb(event.payload));
}

export async function onOpenToday(cb: (payload: null) => void): Promise<() => void> {
  return listen<null>("open-today", (event) => cb(event.payload));
}
