// Cancel and Save at the foot of an edit form; Save stays disabled while the save is running.
import type { ReactNode } from "react";
import { Button } from "./Button";

export function FormActions({
  className = "dialog__actions",
  saving,
  onCancel,
  children,
}: {
  className?: string;
  saving: boolean;
  onCancel: () => void;
  /** Shown before the buttons, e.g. a keyboard hint. */
  children?: ReactNode;
}) {
  return (
    <div className={className}>
      {children}
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" disabled={saving}>
        Save
      </Button>
    </div>
  );
}
