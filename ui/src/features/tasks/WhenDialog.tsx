// A small dialog asking "when?" in words: reschedule a task, or snooze it until a picked moment.
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import { WhenInput, type PickedWhen } from "./WhenInput";

export function WhenDialog({
  open,
  onOpenChange,
  title,
  description,
  applyLabel,
  onApply,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  applyLabel: string;
  onApply: (when: PickedWhen) => void;
}) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={title} description={description}>
      <WhenInput id="when-dialog-text" label="When" applyLabel={applyLabel} onApply={onApply} autoFocus />
      <div className="dialog__actions">
        <Button onClick={() => onOpenChange(false)}>Cancel</Button>
      </div>
    </Modal>
  );
}
