// Reordering a list by one step, for the up/down buttons of editable ordered lists.

/** The rows with the one at `index` moved by `step` (−1 up, +1 down); unchanged at either end. */
export function movedRow<T>(rows: readonly T[], index: number, step: number): T[] {
  const to = index + step;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
