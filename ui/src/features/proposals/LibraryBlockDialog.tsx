// Picks a library item to insert as a proposal section. An expired item is refused with a
// "conflict" first: the user sees why and may insert it anyway.
import { useState } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { Modal } from "../../components/Modal";
import { isAppError, toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { ProposalSection } from "../../ipc/bindings";
import type { PickedRecord } from "../records/RecordPicker";
import { ContentItemPicker } from "../library/ContentItemPicker";

type Step = { state: "picking" } | { state: "loading" } | { state: "expired"; item: PickedRecord; reason: string } | { state: "failed"; reason: string };

export function LibraryBlockDialog({ onInsert, onClose }: { onInsert: (section: ProposalSection) => void; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ state: "picking" });

  async function insert(item: PickedRecord, confirmExpired: boolean) {
    setStep({ state: "loading" });
    try {
      onInsert(await backend.libraryBlock(item.id, confirmExpired));
      onClose();
    } catch (error) {
      if (!confirmExpired && isAppError(error) && error.code === "conflict") setStep({ state: "expired", item, reason: error.message });
      else setStep({ state: "failed", reason: toAppError(error).message });
    }
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="Insert from the library"
      description="Its text becomes a section of this proposal; edits here do not change the library."
    >
      <div className="proposal-dialog">
        {step.state === "expired" ? (
          <div className="proposal-expired" role="alertdialog" aria-label="Insert anyway?">
            <p className="banner">{step.reason}</p>
            <p>Insert “{step.item.name}” anyway?</p>
            <div className="dialog__actions">
              <Button onClick={() => setStep({ state: "picking" })}>Pick another</Button>
              <Button variant="primary" onClick={() => void insert(step.item, true)}>
                Insert anyway
              </Button>
            </div>
          </div>
        ) : (
          <>
            <ContentItemPicker id="proposal-library-item" label="Library item" value={null} onChange={(item) => item && void insert(item, false)} />
            {step.state === "loading" && <p className="proposal-muted" aria-live="polite">Inserting…</p>}
            <FailureBanner message={step.state === "failed" ? step.reason : null} />
            <div className="dialog__actions">
              <Button onClick={onClose}>Cancel</Button>
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
