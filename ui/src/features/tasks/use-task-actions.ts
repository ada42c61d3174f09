// What a user does to a task from a list or its pane — complete, cancel, reopen, snooze, reschedule
// (in a dialog, or by dragging it onto a day) —
// each saying what happened in a toast with Undo, or why it failed.
import { useUndo } from "../../app/use-undo";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { SnoozeUntil, Task } from "../../ipc/bindings";
import type { Reschedule } from "./drop-on-day";
import { formatDue, formatMoment } from "./task-format";
import { useCloseTask, useReopenTask, useRescheduleTask, useSnoozeTask } from "./task-queries";
import type { PickedWhen } from "./WhenInput";

export function useTaskActions() {
  const toast = useToast();
  const undo = useUndo();
  const { locale, timeZone } = useDisplayFormat();
  const complete = useCloseTask("complete");
  const cancel = useCloseTask("cancel");
  const reopen = useReopenTask();
  const snooze = useSnoozeTask();
  const reschedule = useRescheduleTask();

  const undoAction = { label: "Undo", onClick: () => void undo() };
  const failed = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });
  /** A repeating task moves on to its next occurrence when one closes. */
  const closed = (verb: string, task: Task) => (next: Task | null) =>
    toast({
      message: next ? `${verb} “${task.title}” · Next: ${formatDue(next.due_date, next.due_time, locale)}` : `${verb} “${task.title}”`,
      action: undoAction,
    });

  return {
    busy: complete.isPending || cancel.isPending || reopen.isPending || snooze.isPending || reschedule.isPending,
    complete: (task: Task) => complete.mutate(task.id, { onSuccess: closed("Completed", task), onError: failed }),
    cancel: (task: Task) => cancel.mutate(task.id, { onSuccess: closed("Cancelled", task), onError: failed }),
    reopen: (task: Task) =>
      reopen.mutate(task.id, { onSuccess: () => toast({ message: `Reopened “${task.title}”`, action: undoAction }), onError: failed }),
    snooze: (task: Task, until: SnoozeUntil) =>
      snooze.mutate(
        { id: task.id, until },
        {
          onSuccess: (saved) =>
            toast({
              message: saved.snoozed_until ? `Snoozed until ${formatMoment(saved.snoozed_until, locale, timeZone)}` : "Snoozed",
              action: undoAction,
            }),
          onError: failed,
        },
      ),
    reschedule: (task: Task, when: PickedWhen) =>
      reschedule.mutate(
        { id: task.id, dueDate: when.due_date, dueTime: when.due_time },
        {
          onSuccess: (saved) =>
            toast({ message: `Moved to ${formatDue(saved.due_date, saved.due_time, locale)}`, action: undoAction }),
          onError: failed,
        },
      ),
    /** Dropped on a day's heading: the toast names the day as the heading does ("Today", "Fri 4 Dec"). */
    moveToDay: (task: Task, move: Reschedule, dayLabel: string) =>
      reschedule.mutate(move, {
        onSuccess: () => toast({ message: `Moved “${task.title}” to ${dayLabel}`, action: undoAction }),
        onError: failed,
      }),
  };
}
