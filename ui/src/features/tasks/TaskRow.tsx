// One task in the Today list: check, kind, title, linked records, marks, when, and its snooze menu.
import type { CSSProperties } from "react";
import type { Task } from "../../ipc/bindings";
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
  const classes = ["task-row"];
  if (open) classes.push("task-row--open");
  if (cursor) classes.push("task-row--cursor");
  return (
    <div
      role="listitem"
      aria-label={task.title}
      aria-current={cursor ? "true" : undefined}
      data-testid="task-row"
      className={classes.join(" ")}
      style={style}
      onClick={onOpen}
    >
      <TaskCheck task={task} onToggle={onComplete} />
      <TaskKindIcon task={task} />
      <span className="task-row__title">{task.title}</span>
      <TaskLinks links={task.links} />
      <span className="task-row__end">
        <TaskMarks task={task} />
        <TaskDue task={task} group={group} />
        <SnoozeMenu task={task} open={snoozeOpen} onOpenChange={onSnoozeOpenChange} />
      </span>
    </div>
  );
}
