// How tasks read: their kinds, due days and times, typed-date previews and reminders, in the user's locale.
import { Mail, Phone, SquareCheck, Users } from "lucide-react";
import { toDateTimeLocal } from "../../components/zoned-time";
import type { Priority, ReminderSpec, TaskKind, WhenPreview } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { dateTimeFormat } from "../../components/intl-formats";

export const taskKinds: { kind: TaskKind; label: string; icon: typeof Phone }[] = [
  { kind: "todo", label: "To-do", icon: SquareCheck },
  { kind: "call", label: "Call", icon: Phone },
  { kind: "email", label: "Email", icon: Mail },
  { kind: "meeting", label: "Meeting", icon: Users },
];
export const taskKindInfo = (kind: TaskKind) => taskKinds.find((k) => k.kind === kind) ?? taskKinds[0]!;

export const priorities: { value: Priority; label: string }[] = [
  { value: "low", label: "Low" },
  { value: "normal", label: "Normal" },
  { value: "high", label: "High" },
];

/** "Thu 3 Dec". */
export const formatDueDay = (day: string, locale: string) => formatDay(day, locale, "weekday");

/** A wall-clock "HH:MM" as the locale writes it ("10:00", "10:00 AM"). */
export function formatClock(time: string, locale: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) return time;
  return dateTimeFormat(locale, { timeZone: "UTC", hour: "numeric", minute: "2-digit" }).format(new Date(`1970-01-01T${time}:00Z`));
}

/** "Fri 4 Dec, 10:00" or "Thu 3 Dec · all day". */
export function formatDue(day: string, time: string, locale: string): string {
  return time ? `${formatDueDay(day, locale)}, ${formatClock(time, locale)}` : `${formatDueDay(day, locale)} · all day`;
}

/** What a parsed phrase will set, or "" when it could not be read. */
export function formatWhen(preview: WhenPreview, locale: string): string {
  return preview.due_date ? formatDue(preview.due_date, preview.due_time, locale) : "";
}

/** An instant as "Fri 4 Dec, 10:00" on the wall clock of `timeZone`. */
export function formatMoment(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = toDateTimeLocal(date, timeZone);
  return formatDue(local.slice(0, 10), local.slice(11, 16), locale);
}

/** The reminders the editor offers in one click, in minutes before the due moment. */
export const reminderPresets = [0, 5, 15, 30, 60, 1440];
export const maxReminders = 5;

function amount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 hour 30 minutes" from 90. */
function duration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0 && days % 7 === 0 && hours === 0 && rest === 0) return amount(days / 7, "week", "weeks");
  return [
    days ? amount(days, "day", "days") : "",
    hours ? amount(hours, "hour", "hours") : "",
    rest ? amount(rest, "minute", "minutes") : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** "15 minutes before", "At due time" ("At the start of the workday" for an all-day task), or the moment. */
export function reminderLabel(
  reminder: ReminderSpec,
  { allDay, locale, timeZone }: { allDay: boolean; locale: string; timeZone: string },
): string {
  if (reminder.type === "at") return `On ${formatMoment(reminder.at, locale, timeZone)}`;
  if (reminder.minutes === 0) return allDay ? "At the start of the workday" : "At due time";
  return `${duration(reminder.minutes)} before`;
}
