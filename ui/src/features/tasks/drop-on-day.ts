// Rescheduling by dragging a task onto a day's heading (Today, or one of the next 7 days): the ids of
// those drop targets, and what a drop asks of the backend.
import type { Task } from "../../ipc/bindings";

const prefix = "day:";
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export const dayTargetId = (day: string) => `${prefix}${day}`;

/** "2026-12-03" moved by `days` calendar days. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The days "Next 7 days" covers: tomorrow up to a week from today, as the backend groups them. */
export const comingDays = (today: string) => Array.from({ length: 7 }, (_, i) => addDays(today, i + 1));

export type Reschedule = { id: string; dueDate: string; dueTime: string };

/** What dropping `task` on the target asks for, keeping its time of day; null when the drop changes nothing. */
export function rescheduleOnDrop(targetId: string | number | null | undefined, task: Task): Reschedule | null {
  if (typeof targetId !== "string" || !targetId.startsWith(prefix)) return null;
  const day = targetId.slice(prefix.length);
  if (!dayPattern.test(day) || day === task.due_date) return null;
  return { id: task.id, dueDate: day, dueTime: task.due_time };
}
