// "3 weeks ago" from an RFC 3339 timestamp; the exact local time goes in a tooltip.
import { dateTimeFormat, relativeTimeFormat } from "./intl-formats";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(iso: string, locale: string, now: Date = new Date()): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const format = relativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

export function formatExact(iso: string, locale: string, timeZone: string): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(then);
}
