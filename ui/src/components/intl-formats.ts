// Shared Intl formatters. WebKit takes 0.1–1 ms to make one and microseconds to use one, and a
// list repaints dozens of dates and amounts per keystroke: every row reuses the same few.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;

const made = new Map<string, Formatter>();
// A workspace uses a handful of locale × option sets; the bound only guards against a runaway key.
const limit = 500;

function reuse<T extends Formatter>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ""}`;
  const found = made.get(key);
  if (found) return found as T;
  const formatter = make();
  if (made.size >= limit) made.clear();
  made.set(key, formatter);
  return formatter;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return reuse("number", locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return reuse("date", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return reuse("relative", locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

/** A whole count in the user's locale: "12,400". */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

/** A count with its noun: "1 contact", "2,000 contacts". */
export function countOf(count: number, locale: string, one: string, many: string): string {
  return `${formatCount(count, locale)} ${count === 1 ? one : many}`;
}
