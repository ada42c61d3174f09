// Up, down and remove for one row of an ordered list a form edits (stages, collection items,
// bundle parts). The list moves rows with `movedRow`.
import { ArrowDown, ArrowUp, X } from "lucide-react";
import { Button } from "./Button";

export function RowOrderButtons({
  name,
  index,
  count,
  onMove,
  onRemove,
  removeLabel = `Remove ${name}`,
}: {
  /** The row as a user names it, for the buttons' labels. */
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  removeLabel?: string;
}) {
  return (
    <>
      <Button size="small" variant="ghost" className="btn--icon" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(-1)}>
        <ArrowUp aria-hidden="true" />
      </Button>
      <Button size="small" variant="ghost" className="btn--icon" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
        <ArrowDown aria-hidden="true" />
      </Button>
      <Button size="small" variant="ghost" className="btn--icon" aria-label={removeLabel} onClick={onRemove}>
        <X aria-hidden="true" />
      </Button>
    </>
  );
}
