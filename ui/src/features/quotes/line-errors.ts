// Wires one line's field errors to its inputs: each message has an id the input points at.
export type LineErrors = Record<string, string> | undefined;

export function lineErrorId(index: number, field: string): string {
  return `quote-line-${index}-${field.replace(/[^a-z0-9]+/gi, "-")}-error`;
}

/** What an input for `field` of line `index` spreads on itself. */
export function invalidProps(errors: LineErrors, index: number, field: string) {
  const error = errors?.[field];
  return { "aria-invalid": error ? (true as const) : undefined, "aria-describedby": error ? lineErrorId(index, field) : undefined };
}
