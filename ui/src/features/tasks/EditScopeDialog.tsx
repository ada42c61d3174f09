// Before saving a change to a repeating task: this occurrence only, or it and every later one?
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import type { EditScope } from "../../ipc/bindings";

export function EditScopeDialog({ onChoose, onCancel }: { onChoose: (scope: EditScope) => void; onCancel: () => void }) {
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onCancel()}
      title="Change a repeating task"
      description="Apply your changes to this task only, or to it and every one after it?"
    >
      <div className="dialog__actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button onClick={() => onChoose("this_one")}>This task only</Button>
        <Button variant="primary" onClick={() => onChoose("all_following")} autoFocus>
          This and all following
        </Button>
      </div>
    </Modal>
  );
}
