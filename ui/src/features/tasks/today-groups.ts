// The Today view as one flat list for the virtualized rows: group headings, day sub-headings
// within "Next 7 days", and the tasks, each task numbered for the keyboard cursor.
import type { Task, TodayView } from "../../ipc/bindings";
import { comingDays } from "./drop-on-day";
import { formatDueDay } from "./task-format";

export type TaskGroup = "overdue" | "today" | "upcoming" | "snoozed";

export type TodayItem =
  /** `day` is set on the heading a task can be dropped on to move it to that day (Today). */
  | { type: "group"; group: TaskGroup; label: string; count: number; day?: string }
  | { type: "day"; day: string; label: string }
  | { type: "task"; task: Task; group: TaskGroup; position: number };

const groups: { group: TaskGroup; label: string }[] = [
  { group: "overdue", label: "Overdue" },
  { group: "today", label: "Today" },
  { group: "upcoming", label: "Next 7 days" },
  { group: "snoozed", label: "Snoozed" },
];

/**
 * `today` is the workspace's date. While a task is being dragged (`dragging`), Today and each of the
 * next 7 days get a heading even with no tasks, so every day there is can take the drop.
 */
export function todayItems(
  view: TodayView,
  locale: string,
  { today, dragging = false }: { today: string; dragging?: boolean },
): { items: TodayItem[]; tasks: Task[] } {
  const items: TodayItem[] = [];
  const tasks: Task[] = [];
  const push = (task: Task, group: TaskGroup) => {
    items.push({ type: "task", task, group, position: tasks.length });
    tasks.push(task);
  };
  for (const { group, label } of groups) {
    const inGroup = view[group];
    const dropTarget = dragging && (group === "today" || group === "upcoming");
    if (inGroup.length === 0 && !dropTarget) continue;
    items.push({ type: "group", group, label, count: inGroup.length, ...(group === "today" ? { day: today } : {}) });
    if (group !== "upcoming") {
      inGroup.forEach((task) => push(task, group));
      continue;
    }
    const byDay = tasksByDay(inGroup, dragging ? comingDays(today) : []);
    for (const day of [...byDay.keys()].sort()) {
      items.push({ type: "day", day, label: formatDueDay(day, locale) });
      byDay.get(day)!.forEach((task) => push(task, group));
    }
  }
  return { items, tasks };
}

/** The tasks of each day, in the order given; `emptyDays` are there too, with none. */
function tasksByDay(tasks: Task[], emptyDays: string[]): Map<string, Task[]> {
  const byDay = new Map(emptyDays.map((day) => [day, [] as Task[]]));
  for (const task of tasks) {
    const onDay = byDay.get(task.due_date);
    if (onDay) onDay.push(task);
    else byDay.set(task.due_date, [task]);
  }
  return byDay;
}
