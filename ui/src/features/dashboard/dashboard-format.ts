// How dashboard figures read. The backend sends exact decimal text; this only formats it.
import { formatMoney } from "../../components/format-money";
import { formatCount, numberFormat } from "../../components/intl-formats";

/** "$1.2M" on chart axes and bars, where the exact figure is in the table beside them; "$12M" and
 *  "$0", not "$12.0M" (a currency's two decimals would otherwise keep one of them as a zero). */
export function compactMoney(amount: string, currency: string, locale: string): string {
  if (!amount) return "";
  try {
    const options = { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
    return numberFormat(locale, options).format(
      amount as Intl.StringNumericLiteral,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

export function money(amount: string, currency: string, locale: string): string {
  return amount ? formatMoney(amount, currency, locale) : "—";
}

/** Headline tiles: whole units from 1,000 up ("$1,102,698", not "$1,102,698.12"); the exact
 *  figure stays in the tile's tooltip, the tables and the records behind it. */
export function headlineMoney(amount: string, currency: string, locale: string): string {
  if (!amount || !headlineIsWhole(amount)) return money(amount, currency, locale);
  try {
    const options = { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 0 } as const;
    return numberFormat(locale, options).format(amount as Intl.StringNumericLiteral);
  } catch {
    return money(amount, currency, locale);
  }
}

/** The exact amount, for a tooltip, where `headlineMoney` dropped cents that were there. */
export function headlineExact(amount: string, currency: string, locale: string): string | undefined {
  return headlineIsWhole(amount) && /\.\d*[1-9]/.test(amount) ? `Exactly ${money(amount, currency, locale)}` : undefined;
}

function headlineIsWhole(amount: string): boolean {
  return Math.abs(Number(amount)) >= 1000;
}

export function count(value: string | number, locale: string): string {
  if (value === "") return "—";
  return formatCount(Number(value), locale);
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${value}%`;
}

/** Median days, "12.5 d"; a dash with nothing to take the median of. */
export function days(value: string | null | undefined, locale: string): string {
  if (!value) return "—";
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value as Intl.StringNumericLiteral)} d`;
}
