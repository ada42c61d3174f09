// "Move to…" for one task: a new day (and time) typed in words, applied once it reads right.
import type { Task } from "../../ipc/bindings";
import { useTaskActions } from "./use-task-actions";
import { WhenDialog } from "./WhenDialog";

export function RescheduleDialog({ task, onClose }: { task: Task; onClose: () => void }) {
  const actions = useTaskActions();
  return (
    <WhenDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Reschedule “${task.title}”`}
      description="Type a day, with a time if it has one; leave the time out for all day."
      applyLabel="Move"
      onApply={(when) => {
        actions.reschedule(task, when);
        onClose();
      }}
    />
  );
}
