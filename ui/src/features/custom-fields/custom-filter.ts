// Which comparisons suit each kind of custom field, and how a custom filter reads in a chip.
import type { CustomField, CustomFieldKind, CustomFilter, FilterOp } from "../../ipc/bindings";
import { displayValue } from "./custom-values";

export const opLabels: Record<FilterOp, string> = {
  equals: "is",
  contains: "contains",
  at_least: "is at least",
  at_most: "is at most",
  is_set: "is set",
  is_empty: "is empty",
};

const opsByKind: Record<CustomFieldKind, FilterOp[]> = {
  text: ["contains", "equals", "is_set", "is_empty"],
  number: ["equals", "at_least", "at_most", "is_set", "is_empty"],
  date: ["equals", "at_least", "at_most", "is_set", "is_empty"],
  choice: ["equals", "is_set", "is_empty"],
};

export const opsFor = (kind: CustomFieldKind) => opsByKind[kind];

/** "is set" and "is empty" compare with nothing. */
export const opNeedsValue = (op: FilterOp) => op !== "is_set" && op !== "is_empty";

/** For dates, "at least" reads better as "on or after". */
export function opLabel(kind: CustomFieldKind, op: FilterOp): string {
  if (kind === "date" && op === "at_least") return "is on or after";
  if (kind === "date" && op === "at_most") return "is on or before";
  return opLabels[op];
}

export function describeCustomFilter(field: CustomField | undefined, filter: CustomFilter, locale: string): string {
  if (!field) return "A removed field";
  const op = opLabel(field.kind, filter.op);
  if (!opNeedsValue(filter.op)) return `${field.label} ${op}`;
  return `${field.label} ${op} ${displayValue(field, filter.value, locale)}`;
}
