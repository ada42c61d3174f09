// The periods the dashboard offers, as calendar days ("YYYY-MM-DD", inclusive) in the workspace's
// calendar. Quarters and years follow the fiscal year's first month.
import { dateTimeFormat } from "../../components/intl-formats";

export type PeriodPreset = "this_quarter" | "last_quarter" | "this_year" | "last_year" | "last_12_months";
export type Period = { start: string; end: string };

export const periodLabels: Record<PeriodPreset, string> = {
  this_quarter: "This quarter",
  last_quarter: "Last quarter",
  this_year: "This year",
  last_year: "Last year",
  last_12_months: "Last 12 months",
};

/** `today` is the workspace's calendar day; `fiscalStart` 1–12. */
export function periodOf(preset: PeriodPreset, today: string, fiscalStart: number): Period {
  const [year, month] = today.split("-").map(Number) as [number, number];
  // Months counted from year 0 make quarter and year arithmetic plain integer steps.
  const now = year * 12 + (month - 1);
  const fiscalOffset = (((month - fiscalStart) % 12) + 12) % 12;
  const fiscalYearStart = now - fiscalOffset;
  const quarterStart = fiscalYearStart + Math.floor(fiscalOffset / 3) * 3;
  switch (preset) {
    case "this_quarter":
      return span(quarterStart, 3);
    case "last_quarter":
      return span(quarterStart - 3, 3);
    case "this_year":
      return span(fiscalYearStart, 12);
    case "last_year":
      return span(fiscalYearStart - 12, 12);
    case "last_12_months":
      return { start: firstDay(now - 11), end: today };
  }
}

function span(firstMonth: number, months: number): Period {
  return { start: firstDay(firstMonth), end: lastDay(firstMonth + months - 1) };
}

function firstDay(monthIndex: number): string {
  return `${String(Math.floor(monthIndex / 12)).padStart(4, "0")}-${String((monthIndex % 12) + 1).padStart(2, "0")}-01`;
}

function lastDay(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  // Day 0 of the next month is this month's last day; UTC keeps it a pure calendar computation.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(days).padStart(2, "0")}`;
}

/** Today's calendar day in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // Parts, not a formatted string: how a locale writes a date differs between engines.
  const parts = dateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
