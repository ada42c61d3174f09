// Backend → UI notifications: one "changed" event per committed transaction, and import progress.
import { listen } from "@tauri-apps/api/event";
import type { ChangeBatch, ImportProgress } from "./bindings";

export async function onChanged(cb: (batch: ChangeBatch) => void): Promise<() => void> {
  return listen<ChangeBatch>("changed", (event) => cb(event.payload));
}

export async function onImportProgress(cb: (progress: ImportProgress) => void): Promise<() => void> {
  return listen<ImportProgress>("import-progress", (event) => cb(event.payload));
}
