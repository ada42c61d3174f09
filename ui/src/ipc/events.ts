// Backend → UI notifications: one "changed" event per committed transaction.
import { listen } from "@tauri-apps/api/event";
import type { ChangeBatch } from "./bindings";

export async function onChanged(cb: (batch: ChangeBatch) => void): Promise<() => void> {
  return listen<ChangeBatch>("changed", (event) => cb(event.payload));
}
