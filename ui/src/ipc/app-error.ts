// Commands reject with an AppError; anything else (a bug, a broken bridge) is wrapped as "internal".
import type { AppError } from "./bindings";

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string" &&
    Array.isArray((value as AppError).fields)
  );
}

export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return { code: "internal", message, fields: [] };
}

/** Field errors keyed by input name, for showing under each input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isAppError(error) || error.code !== "validation") return {};
  const byField: Record<string, string> = {};
  for (const { field, message } of error.fields) byField[field] ??= message;
  return byField;
}
