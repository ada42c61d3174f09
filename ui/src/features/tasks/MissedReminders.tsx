// Reminders that came due while Tandem was closed: each can open its task or be dismissed.
import { BellRing } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { MissedReminder } from "../../ipc/bindings";
import { useAcknowledgeReminder } from "./task-queries";

export function MissedReminders({ missed }: { missed: MissedReminder[] }) {
  const { openTask } = useNavigation();
  const acknowledge = useAcknowledgeReminder();
  const toast = useToast();
  if (missed.length === 0) return null;

  return (
    <section className="missed" aria-labelledby="missed-title">
      <h2 id="missed-title" className="missed__title">
        <BellRing size={14} aria-hidden="true" />
        {missed.length === 1 ? "A reminder you missed" : `${missed.length} reminders you missed`}
      </h2>
      <ul className="missed__list">
        {missed.map((reminder) => (
          <li key={reminder.delivery_id} className="missed__item">
            <span className="missed__task">{reminder.task.title}</span>
            <span className="missed__when">
              missed <RelativeTime iso={reminder.due_at} />
            </span>
            <Button size="small" variant="ghost" onClick={() => openTask(reminder.task.id)}>
              Open
            </Button>
            <Button
              size="small"
              variant="ghost"
              aria-label={`Dismiss the reminder for “${reminder.task.title}”`}
              disabled={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(reminder.delivery_id, {
                  onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
                })
              }
            >
              Dismiss
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
