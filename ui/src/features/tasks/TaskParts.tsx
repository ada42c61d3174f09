// The pieces a task row is made of, shared by the Today list and a record's Tasks section.
import { Check, Flag, Repeat } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { useDisplayFormat } from "../../components/format-context";
import type { Task, TaskLink } from "../../ipc/bindings";
import { formatClock, formatDueDay, formatMoment, taskKindInfo } from "./task-format";
import type { TaskGroup } from "./today-groups";

/** The round checkbox: completes an open task, reopens a done one. */
export function TaskCheck({ task, onToggle, disabled }: { task: Task; onToggle: () => void; disabled?: boolean }) {
  const done = task.status === "done";
  return (
    <button
      type="button"
      role="checkbox"
      aria-checked={done}
      aria-label={done ? `Reopen “${task.title}”` : `Complete “${task.title}”`}
      title={done ? "Reopen" : "Complete (X)"}
      className="task-check"
      disabled={disabled || task.status === "cancelled"}
      onClick={(e) => {
        e.stopPropagation();
        onToggle();
      }}
    >
      <Check size={11} strokeWidth={3} aria-hidden="true" />
    </button>
  );
}

export function TaskKindIcon({ task }: { task: Task }) {
  const { label, icon: Icon } = taskKindInfo(task.kind);
  return <Icon size={14} className="task-kind" aria-label={label} role="img" />;
}

/** Flag for high priority and a loop for a repeating task; nothing for the ordinary case. */
export function TaskMarks({ task }: { task: Task }) {
  return (
    <>
      {task.priority === "high" && <Flag size={13} className="task-mark task-mark--high" aria-label="High priority" role="img" />}
      {task.recurrence !== "" && <Repeat size={13} className="task-mark" aria-label="Repeats" role="img" />}
    </>
  );
}

/** The records a task is about, each opening its own page. */
export function TaskLinks({ links, hideId }: { links: TaskLink[]; hideId?: string }) {
  const { openContact, openCompany, openDeal } = useNavigation();
  const shown = links.filter((link) => link.record_id !== hideId);
  if (shown.length === 0) return null;
  const open = { contacts: openContact, companies: openCompany, deals: openDeal } as Record<string, (id: string) => void>;
  return (
    <span className="task-links">
      {shown.map((link) => (
        <button
          key={link.record_id}
          type="button"
          className="task-link"
          onClick={(e) => {
            e.stopPropagation();
            open[link.record_table]?.(link.record_id);
          }}
        >
          {link.name}
        </button>
      ))}
    </span>
  );
}

/** When it is due, as much as the group does not already say: a time today, a day when overdue. */
export function TaskDue({ task, group }: { task: Task; group: TaskGroup | "record" }) {
  const { locale, timeZone } = useDisplayFormat();
  const time = task.due_time ? formatClock(task.due_time, locale) : "All day";
  let text = time;
  if (group === "snoozed" && task.snoozed_until) text = `until ${formatMoment(task.snoozed_until, locale, timeZone)}`;
  else if (group === "overdue" || group === "record") {
    text = task.due_time ? `${formatDueDay(task.due_date, locale)}, ${time}` : formatDueDay(task.due_date, locale);
  }
  const zone = task.time_zone !== timeZone ? ` (${task.time_zone})` : "";
  return (
    <span className={`task-due tabular${group === "overdue" ? " task-due--overdue" : ""}`} title={`Due ${task.due_date} ${task.due_time}${zone}`.trim()}>
      {text}
    </span>
  );
}
