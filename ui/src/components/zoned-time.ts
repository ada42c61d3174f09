// Wall-clock time in the workspace's time zone, for <input type="datetime-local"> and day grouping.
import { dateTimeFormat } from "./intl-formats";

function partsIn(date: Date, timeZone: string) {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY-MM-DD" of the instant's calendar day in the zone. */
export function dayKeyIn(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "YYYY-MM-DDTHH:MM" as a datetime-local input shows the instant in the zone. */
export function toDateTimeLocal(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The RFC 3339 instant of a datetime-local value read as wall-clock time in the zone; null if unreadable. */
export function fromDateTimeLocal(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second ?? 0);
  // Guess the offset from the wall time, then correct once more for a DST change in between.
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(new Date(instant), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    instant += wall - seen;
  }
  return new Date(instant).toISOString();
}
