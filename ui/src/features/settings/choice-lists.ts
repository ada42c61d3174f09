// Option lists for workspace settings; Intl supplies the full lists where the engine supports it.
import type { SelectOption } from "../../components/SelectField";

const fallbackTimeZones = [
  "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Amsterdam",
  "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
  "Asia/Tokyo", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney",
];
const fallbackCurrencies = ["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "BRL", "INR", "CNY", "SEK", "NOK", "DKK", "PLN"];

const localeCodes = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pt-BR", "pt-PT", "sv-SE", "da-DK", "pl-PL", "ja-JP", "zh-CN", "ko-KR"];

function supported(kind: "timeZone" | "currency", fallback: string[]): string[] {
  try {
    const values = Intl.supportedValuesOf(kind);
    return values.length > 0 ? values : fallback;
  } catch {
    return fallback;
  }
}

export function localeOptions(): SelectOption[] {
  const names = new Intl.DisplayNames(["en"], { type: "language" });
  return localeCodes.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
}

export function timeZoneOptions(): SelectOption[] {
  return supported("timeZone", fallbackTimeZones).map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
}

export function currencyOptions(): SelectOption[] {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  return supported("currency", fallbackCurrencies).map((code) => ({
    value: code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
}

export const monthOptions: SelectOption[] = Array.from({ length: 12 }, (_, index) => ({
  value: String(index + 1),
  label: new Date(Date.UTC(2000, index, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" }),
}));
