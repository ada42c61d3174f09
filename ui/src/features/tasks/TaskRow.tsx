// One task in the Today list: check, kind, title, linked records, marks, when, and its snooze menu.
// The row can be dragged onto a day to reschedule it; a press that doesn't move still opens it.
import { useDraggable } from "@dnd-kit/core";
import { GripVertical, Lock } from "lucide-react";
import type { CSSProperties } from "react";
import { isOwnPress } from "../../components/pointer-drag";
import type { Task } from "../../ipc/bindings";
import { dragHint, type DraggedTask } from "./DragTasksToDays";
import { SnoozeMenu } from "./SnoozeMenu";
import { TaskCheck, TaskDue, TaskKindIcon, TaskLinks, TaskMarks } from "./TaskParts";
import type { TaskGroup } from "./today-groups";

export function TaskRow({
  task,
  group,
  cursor,
  open,
  style,
  snoozeOpen,
  onSnoozeOpenChange,
  onComplete,
  onOpen,
}: {
  task: Task;
  group: TaskGroup;
  /** The keyboard cursor is on this row. */
  cursor: boolean;
  /** This task is the one in the side pane. */
  open: boolean;
  style: CSSProperties;
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
  onComplete: () => void;
  onOpen: () => void;
}) {
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: task.id,
    data: { task, label: `“${task.title}”` } satisfies DraggedTask,
  });
  const classes = ["task-row"];
  if (open) classes.push("task-row--open");
  if (cursor) classes.push("task-row--cursor");
  if (isDragging) classes.push("task-row--dragging");
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      aria-label={task.title}
      aria-description={dragHint}
      aria-current={cursor ? "true" : undefined}
      data-testid="task-row"
      data-task-id={task.id}
      data-due={task.due_date}
      className={classes.join(" ")}
      style={style}
      onPointerDown={(event) => {
        if (isOwnPress(event)) listeners?.onPointerDown?.(event);
      }}
      onClick={onOpen}
    >
      <span className="task-row__grip" title={`${dragHint}.`} aria-hidden="true">
        <GripVertical size={12} />
      </span>
      <TaskCheck task={task} onToggle={onComplete} />
      <TaskKindIcon task={task} />
      <span className="task-row__title">
        {task.private && (
          <>
            <Lock size={11} className="task-row__private" aria-hidden="true" />
            <span className="visually-hidden">Private: </span>
          </>
        )}
        {task.title}
      </span>
      <TaskLinks links={task.links} />
      <span className="task-row__end">
        <TaskMarks task={task} />
        <TaskDue task={task} group={group} />
        <SnoozeMenu task={task} open={snoozeOpen} onOpenChange={onSnoozeOpenChange} />
      </span>
    </div>
  );
}
