// Sorts the backend's field errors into the line they name ("lines[3].sale.quantity" from the
// quote engine, "lines.3.sale.description" from the input check) and the quote's own fields.
import type { FieldError } from "../../ipc/bindings";

export type QuoteErrors = {
  /** By line position, then by the field inside the line ("sale.quantity", "parts[0].list_price"). */
  lines: Map<number, Record<string, string>>;
  /** "title", "valid_until", "document_discount"… */
  quote: Record<string, string>;
};

const linePath = /^lines(?:\[(\d+)\]|\.(\d+))\.(.+)$/;

export function sortFieldErrors(fields: FieldError[]): QuoteErrors {
  const sorted: QuoteErrors = { lines: new Map(), quote: {} };
  for (const { field, message } of fields) {
    const match = linePath.exec(field);
    if (!match) {
      sorted.quote[field] ??= message;
      continue;
    }
    const position = Number(match[1] ?? match[2]);
    const inLine = sorted.lines.get(position) ?? {};
    inLine[match[3]!] ??= message;
    sorted.lines.set(position, inLine);
  }
  return sorted;
}

/** Everything said about a line that no input of its row shows (a tax, a bundle part…). */
export function otherLineErrors(errors: Record<string, string> | undefined, shown: string[]): string[] {
  if (!errors) return [];
  return Object.entries(errors)
    .filter(([field]) => !shown.includes(field))
    .map(([, message]) => message);
}
