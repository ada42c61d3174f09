// How catalog values read on screen: units, billing, prices and percentages, in the workspace locale.
import type { SelectOption } from "../../components/SelectField";
import { formatMoney } from "../../components/format-money";
import type { Billing, Price, ProductUnit } from "../../ipc/bindings";
import { numberFormat } from "../../components/intl-formats";

export const unitLabels: Record<ProductUnit, string> = {
  seat: "seat",
  hour: "hour",
  day: "day",
  item: "item",
  license: "license",
  project: "project",
};

export const billingLabels: Record<Billing, string> = {
  one_time: "one-time",
  monthly: "monthly",
  yearly: "yearly",
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const unitOptions: SelectOption[] = Object.entries(unitLabels).map(([value, label]) => ({
  value,
  label: `Per ${label}`,
}));

export const billingOptions: SelectOption[] = Object.entries(billingLabels).map(([value, label]) => ({
  value,
  label: capitalised(label),
}));

/** "per seat · monthly". */
export function cadenceOf(product: { unit: ProductUnit; billing: Billing }): string {
  return `per ${unitLabels[product.unit]} · ${billingLabels[product.billing]}`;
}

/** "€40.00 · ¥6,500": the backend's decimal strings, only formatted. */
export function priceListOf(prices: Price[], locale: string): string {
  return prices.map((p) => formatMoney(p.unit_price, p.currency, locale)).join(" · ");
}

/** "20%", "5,5 %": the percent as typed, written the locale's way (no arithmetic on it). */
export function percentOf(percent: string, locale: string): string {
  try {
    return numberFormat(locale, { style: "unit", unit: "percent", maximumFractionDigits: 4 }).format(
      percent as Intl.StringNumericLiteral,
    );
  } catch {
    return `${percent}%`;
  }
}

/** How many decimals a currency's prices may have (JPY none), for the amount's placeholder; 2 when unknown. */
export function currencyDecimals(currency: string): number {
  try {
    return numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
