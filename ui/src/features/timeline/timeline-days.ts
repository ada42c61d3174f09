// Groups timeline entries by calendar day in the workspace's time zone, labelled "Today", "Yesterday" or the date.
import { dayKeyIn } from "../../components/zoned-time";
import type { TimelineEntry } from "../../ipc/bindings";
import { dateTimeFormat } from "../../components/intl-formats";

export type TimelineDay = { key: string; label: string; entries: TimelineEntry[] };

function previousDay(key: string): string {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Entries stay in the order given (newest first); each day keeps its first-seen position. */
export function groupByDay(entries: TimelineEntry[], locale: string, timeZone: string, now = new Date()): TimelineDay[] {
  const today = dayKeyIn(now, timeZone);
  const yesterday = previousDay(today);
  const sameYear = today.slice(0, 4);
  const days = new Map<string, TimelineDay>();
  for (const entry of entries) {
    const at = new Date(entry.at);
    const key = Number.isNaN(at.getTime()) ? "unknown" : dayKeyIn(at, timeZone);
    let day = days.get(key);
    if (!day) {
      const label =
        key === today
          ? "Today"
          : key === yesterday
            ? "Yesterday"
            : key === "unknown"
              ? "Undated"
              : dateTimeFormat(locale, {
                  timeZone,
                  weekday: "short",
                  day: "numeric",
                  month: "short",
                  ...(key.startsWith(sameYear) ? {} : { year: "numeric" }),
                }).format(at);
      day = { key, label, entries: [] };
      days.set(key, day);
    }
    day.entries.push(entry);
  }
  return [...days.values()];
}
