// Reading and writing one field's value in a record's `custom` list; an empty value is "not set".
import type { CustomField, CustomValue } from "../../ipc/bindings";
import { dateTimeFormat, numberFormat } from "../../components/intl-formats";

export function valueOf(values: CustomValue[], fieldId: string): string {
  return values.find((v) => v.field_id === fieldId)?.value ?? "";
}

/** Replaces the field's value, dropping it when empty so the record sends only what is set. */
export function withValue(values: CustomValue[], fieldId: string, value: string): CustomValue[] {
  const rest = values.filter((v) => v.field_id !== fieldId);
  return value === "" ? rest : [...rest, { field_id: fieldId, value }];
}

/** How a stored value reads: a choice's label, a date or number in the workspace's locale. */
export function displayValue(field: CustomField, value: string, locale: string): string {
  switch (field.kind) {
    case "choice":
      return field.options.find((o) => o.id === value)?.label ?? value;
    case "number": {
      const number = Number(value);
      return Number.isFinite(number) ? numberFormat(locale, { maximumFractionDigits: 10 }).format(number) : value;
    }
    case "date": {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return value;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
    }
    default:
      return value;
  }
}
