// The backend asks to show something: a clicked reminder opens its task; the tray's "Today's
// tasks" and the missed-reminders notification open Today.
import { onOpenTask, onOpenToday } from "../ipc/events";
import { useNavigation } from "./navigation-context";
import { useBackendEvent } from "./use-backend-event";

export function useOpenRequests() {
  const { openTask, go } = useNavigation();
  useBackendEvent(onOpenTask, openTask);
  useBackendEvent(onOpenToday, () => go("today"));
}
