// File sizes the way people read them.
import { formatCount, numberFormat } from "./intl-formats";

export function formatByteSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${formatCount(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
