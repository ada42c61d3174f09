// Shows a decimal amount the backend computed, in the workspace locale; never does arithmetic on it.
import { numberFormat } from "./intl-formats";

export function formatMoney(amount: string, currency: string, locale: string): string {
  if (!amount) return "";
  try {
    // Intl formats a numeric string exactly, without a trip through a float.
    return numberFormat(locale, { style: "currency", currency }).format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`.trim();
  }
}
