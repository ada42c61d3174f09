// The Today view as one flat list for the virtualized rows: group headings, day sub-headings
// within "Next 7 days", and the tasks, each task numbered for the keyboard cursor.
import type { Task, TodayView } from "../../ipc/bindings";
import { formatDueDay } from "./task-format";

export type TaskGroup = "overdue" | "today" | "upcoming" | "snoozed";

export type TodayItem =
  | { type: "group"; group: TaskGroup; label: string; count: number }
  | { type: "day"; day: string; label: string }
  | { type: "task"; task: Task; group: TaskGroup; position: number };

const groups: { group: TaskGroup; label: string }[] = [
  { group: "overdue", label: "Overdue" },
  { group: "today", label: "Today" },
  { group: "upcoming", label: "Next 7 days" },
  { group: "snoozed", label: "Snoozed" },
];

export function todayItems(view: TodayView, locale: string): { items: TodayItem[]; tasks: Task[] } {
  const items: TodayItem[] = [];
  const tasks: Task[] = [];
  for (const { group, label } of groups) {
    const inGroup = view[group];
    if (inGroup.length === 0) continue;
    items.push({ type: "group", group, label, count: inGroup.length });
    let day = "";
    for (const task of inGroup) {
      if (group === "upcoming" && task.due_date !== day) {
        day = task.due_date;
        items.push({ type: "day", day, label: formatDueDay(day, locale) });
      }
      items.push({ type: "task", task, group, position: tasks.length });
      tasks.push(task);
    }
  }
  return { items, tasks };
}
