// Shows a decimal amount the backend computed, in the workspace locale; never does arithmetic on it.
export function formatMoney(amount: string, currency: string, locale: string): string {
  if (!amount) return "";
  try {
    // Intl formats a numeric string exactly, without a trip through a float.
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`.trim();
  }
}
