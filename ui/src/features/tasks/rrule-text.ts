// The repeat picker's choices as RFC 5545 RRULE values, both ways, and the sentence that sums one up.
// Only the rules the picker can make are read back; anything else is kept as written ("custom").

export type Frequency = "daily" | "weekdays" | "weekly" | "monthly" | "yearly";
export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
export type RepeatEnd = { type: "never" } | { type: "on"; date: string } | { type: "after"; count: number };

export type Repeat =
  | { type: "none" }
  | { type: "custom"; rule: string }
  | {
      type: "every";
      frequency: Frequency;
      /** Every N days, weeks, months or years. */
      interval: number;
      /** Weekly only. */
      days: Weekday[];
      /** Monthly only: 1–31; 29 and later fall back to the month's last day. */
      monthDay: number;
      end: RepeatEnd;
    };

export const weekdays: { day: Weekday; short: string; long: string }[] = [
  { day: "MO", short: "Mon", long: "Monday" },
  { day: "TU", short: "Tue", long: "Tuesday" },
  { day: "WE", short: "Wed", long: "Wednesday" },
  { day: "TH", short: "Thu", long: "Thursday" },
  { day: "FR", short: "Fri", long: "Friday" },
  { day: "SA", short: "Sat", long: "Saturday" },
  { day: "SU", short: "Sun", long: "Sunday" },
];
const workWeek: Weekday[] = ["MO", "TU", "WE", "TH", "FR"];

const freqOf: Record<Frequency, string> = {
  daily: "DAILY",
  weekdays: "WEEKLY",
  weekly: "WEEKLY",
  monthly: "MONTHLY",
  yearly: "YEARLY",
};

/** The weekday code of a "YYYY-MM-DD" day. */
export function weekdayOf(day: string): Weekday {
  const index = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return weekdays[index]?.day ?? "MO";
}

/** The picker's starting point for a task due on `day` when the user picks a frequency. */
export function startRepeat(frequency: Frequency, day: string): Repeat {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : "2000-01-03";
  return {
    type: "every",
    frequency,
    interval: 1,
    days: frequency === "weekly" ? [weekdayOf(date)] : [],
    monthDay: Number(date.slice(8, 10)),
    end: { type: "never" },
  };
}

/** "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1" — the 30th, or the last day of a shorter month. */
function monthDayParts(day: number): string[] {
  if (day < 29) return [`BYMONTHDAY=${day}`];
  const days = Array.from({ length: day - 27 }, (_, i) => 28 + i);
  return [`BYMONTHDAY=${days.join(",")}`, "BYSETPOS=-1"];
}

export function buildRule(repeat: Repeat): string {
  if (repeat.type === "none") return "";
  if (repeat.type === "custom") return repeat.rule;
  const parts = [`FREQ=${freqOf[repeat.frequency]}`];
  if (repeat.interval > 1 && repeat.frequency !== "weekdays") parts.push(`INTERVAL=${repeat.interval}`);
  if (repeat.frequency === "weekdays") parts.push(`BYDAY=${workWeek.join(",")}`);
  if (repeat.frequency === "weekly" && repeat.days.length > 0) {
    const ordered = weekdays.map((w) => w.day).filter((d) => repeat.days.includes(d));
    parts.push(`BYDAY=${ordered.join(",")}`);
  }
  if (repeat.frequency === "monthly") parts.push(...monthDayParts(repeat.monthDay));
  if (repeat.end.type === "on") parts.push(`UNTIL=${repeat.end.date.replaceAll("-", "")}`);
  if (repeat.end.type === "after") parts.push(`COUNT=${repeat.end.count}`);
  return parts.join(";");
}

const knownKeys = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "UNTIL", "COUNT"]);

/** The picker state of a stored rule; a rule the picker cannot show comes back as "custom". */
export function parseRule(rule: string): Repeat {
  const text = rule.trim().replace(/^RRULE:/i, "");
  if (!text) return { type: "none" };
  const custom: Repeat = { type: "custom", rule: text };
  const fields = new Map<string, string>();
  for (const part of text.split(";")) {
    const [key, value] = part.split("=");
    if (!key || value === undefined || !knownKeys.has(key.toUpperCase())) return custom;
    fields.set(key.toUpperCase(), value.toUpperCase());
  }
  const interval = Number(fields.get("INTERVAL") ?? "1");
  if (!Number.isInteger(interval) || interval < 1) return custom;

  let end: RepeatEnd = { type: "never" };
  const until = fields.get("UNTIL");
  const count = fields.get("COUNT");
  if (until && count) return custom;
  if (until) {
    const match = /^(\d{4})(\d{2})(\d{2})/.exec(until);
    if (!match) return custom;
    end = { type: "on", date: `${match[1]}-${match[2]}-${match[3]}` };
  } else if (count) {
    if (!/^\d+$/.test(count) || Number(count) < 1) return custom;
    end = { type: "after", count: Number(count) };
  }

  const byDay = fields.get("BYDAY");
  const days = byDay ? byDay.split(",") : [];
  if (!days.every((d): d is Weekday => weekdays.some((w) => w.day === d))) return custom;
  const monthDay = fields.get("BYMONTHDAY");
  const setPos = fields.get("BYSETPOS");
  const every = { type: "every" as const, interval, days: [] as Weekday[], monthDay: 1, end };

  switch (fields.get("FREQ")) {
    case "DAILY":
      return byDay || monthDay || setPos ? custom : { ...every, frequency: "daily" };
    case "WEEKLY":
      if (monthDay || setPos) return custom;
      if (interval === 1 && days.length === 5 && workWeek.every((d) => days.includes(d))) {
        return { ...every, frequency: "weekdays" };
      }
      return { ...every, frequency: "weekly", days: days as Weekday[] };
    case "MONTHLY": {
      if (byDay || !monthDay) return custom;
      const day = monthDayOf(monthDay, setPos);
      return day === null ? custom : { ...every, frequency: "monthly", monthDay: day };
    }
    case "YEARLY":
      return byDay || monthDay || setPos ? custom : { ...every, frequency: "yearly" };
    default:
      return custom;
  }
}

/** Reads BYMONTHDAY back: "12" alone, or "28,…,N" with BYSETPOS=-1 for N ≥ 29. */
function monthDayOf(value: string, setPos: string | undefined): number | null {
  const days = value.split(",").map(Number);
  const last = days.at(-1) ?? 0;
  if (!days.every((d) => Number.isInteger(d) && d >= 1 && d <= 31)) return null;
  if (days.length === 1 && last < 29 && setPos === undefined) return last;
  const expected = monthDayParts(last);
  return last >= 29 && setPos === "-1" && expected[0] === `BYMONTHDAY=${value}` ? last : null;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

const units: Record<Exclude<Frequency, "weekdays">, [string, string]> = {
  daily: ["day", "days"],
  weekly: ["week", "weeks"],
  monthly: ["month", "months"],
  yearly: ["year", "years"],
};

/**
 * "Every 2 weeks on Mon, Wed · 10 times". `formatDay` writes an end date in the user's locale.
 */
export function describeRepeat(repeat: Repeat, formatDay: (day: string) => string): string {
  if (repeat.type === "none") return "Does not repeat";
  if (repeat.type === "custom") return `Custom rule: ${repeat.rule}`;
  let text: string;
  if (repeat.frequency === "weekdays") text = "Every weekday";
  else {
    const [one, many] = units[repeat.frequency];
    text = repeat.interval > 1 ? `Every ${repeat.interval} ${many}` : `Every ${one}`;
  }
  if (repeat.frequency === "weekly" && repeat.days.length > 0) {
    text += ` on ${weekdays.filter((w) => repeat.days.includes(w.day)).map((w) => w.short).join(", ")}`;
  }
  if (repeat.frequency === "monthly") {
    text += ` on the ${ordinal(repeat.monthDay)}${repeat.monthDay >= 29 ? " (or the last day)" : ""}`;
  }
  if (repeat.end.type === "on") text += ` · until ${formatDay(repeat.end.date)}`;
  if (repeat.end.type === "after") text += repeat.end.count === 1 ? " · once" : ` · ${repeat.end.count} times`;
  return text;
}
