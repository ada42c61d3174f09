// How deal money, dates and owners read. Amounts stay decimal text: Intl formats the string as
// written, and nothing here adds, converts or rounds money for storage.
import { dateTimeFormat, numberFormat } from "../../components/intl-formats";
import type { StageKind } from "../../ipc/bindings";

/** Intl reads decimal strings exactly (Intl.NumberFormat v3); the cast is only for its type. */
const asNumeric = (amount: string) => amount as unknown as number;

export function formatMoney(amount: string, currency: string, locale: string): string {
  if (amount.trim() === "") return "";
  try {
    return numberFormat(locale, { style: "currency", currency }).format(asNumeric(amount));
  } catch {
    // An unknown or half-typed currency code: show what was stored rather than nothing.
    return `${amount} ${currency}`.trim();
  }
}

/** "$1.2M": for totals where the exact value goes in a tooltip. */
export function formatMoneyCompact(amount: string, currency: string, locale: string): string {
  if (amount.trim() === "") return "";
  try {
    return numberFormat(locale, {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(asNumeric(amount));
  } catch {
    return `${amount} ${currency}`.trim();
  }
}

const dayStyles: Record<"medium" | "short" | "weekday", Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: "medium" },
  short: { month: "short", day: "numeric" },
  // "Thu 3 Dec": a day within the coming weeks, where the weekday is what people plan by.
  weekday: { weekday: "short", month: "short", day: "numeric" },
};

/** A calendar day ("YYYY-MM-DD") in the user's locale; it has no time zone to convert. */
export function formatDay(day: string, locale: string, style: "medium" | "short" | "weekday" = "medium"): string {
  const date = parseDay(day);
  if (!date) return day;
  return dateTimeFormat(locale, { timeZone: "UTC", ...dayStyles[style] }).format(date);
}

/**
 * True when an open deal's expected close day is before `today` (both "YYYY-MM-DD", so they
 * compare as text): a date that no longer says when the deal will close.
 */
export function closeIsOverdue(expectedClose: string, stageKind: StageKind | undefined, today: string): boolean {
  return stageKind === "open" && expectedClose !== "" && expectedClose < today;
}

/** "2025-03" → "March 2025". */
export function formatMonth(month: string, locale: string): string {
  const date = parseDay(`${month}-01`);
  if (!date) return month;
  return dateTimeFormat(locale, { timeZone: "UTC", month: "long", year: "numeric" }).format(date);
}

function parseDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whole days from an RFC 3339 timestamp to now; null when there is no timestamp. */
export function daysSince(iso: string, now: Date = new Date()): number | null {
  if (!iso) return null;
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return null;
  return Math.max(0, Math.floor((now.getTime() - then.getTime()) / 86_400_000));
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function idleLabel(days: number): string {
  return days === 1 ? "1 day idle" : `${days} days idle`;
}

/** "3 deals in CHF aren't in the totals" — the backend names currencies, not how many deals. */
export function unconvertedNote(currencies: string[]): string {
  const list =
    currencies.length === 1
      ? currencies[0]!
      : `${currencies.slice(0, -1).join(", ")} and ${currencies.at(-1)!}`;
  const rates = currencies.length === 1 ? `a ${list} rate` : "rates for them";
  return `Deals in ${list} aren’t in the totals: add ${rates} in Settings → Exchange rates.`;
}
