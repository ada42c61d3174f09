// The lines table's shape, shared by its rows: item, quantity, unit price, discount, billing,
// options, net, total, actions; and what every row is given.
import type { QuoteLine } from "../../ipc/bindings";
import type { LineErrors } from "./line-errors";

export const lineColumns = 9;

export type LineRowProps<L extends QuoteLine> = {
  line: L;
  /** The line's position in the draft: the engine's figures and errors are keyed by it. */
  index: number;
  count: number;
  editable: boolean;
  currency: string;
  errors: LineErrors;
  onChange: (line: QuoteLine) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
};
