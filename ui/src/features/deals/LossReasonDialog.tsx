// Asks why a deal was lost before moving it to a lost stage; the reason is required.
import * as Dialog from "@radix-ui/react-dialog";
import { useState, type FormEvent } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { TextField } from "../../components/TextField";
import { useFormErrors } from "../../components/use-form-errors";
import "../../components/dialog.css";

export function LossReasonDialog({
  dealName,
  stageName,
  saving,
  onSubmit,
  onClose,
}: {
  dealName: string;
  stageName: string;
  saving: boolean;
  /** Resolves when the move is saved; a rejection's field errors show on the input. */
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState("");
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) {
      form.reset({ loss_reason: "Say why the deal was lost, e.g. “Chose a competitor”." });
      return;
    }
    form.reset();
    onSubmit(reason.trim()).then(onClose, form.show);
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog--narrow"
          // The card has moved columns; the board puts focus back on it.
          onCloseAutoFocus={(event) => event.preventDefault()}
        >
          <Dialog.Title className="dialog__title">Why was “{dealName}” lost?</Dialog.Title>
          <Dialog.Description className="dialog__description">
            It moves to {stageName}. The reason shows on the deal and helps spot patterns later.
          </Dialog.Description>
          <form className="deal-form__stack" noValidate onSubmit={submit}>
            <FailureBanner message={form.failure} />
            <TextField
              id="loss-reason"
              label="Loss reason"
              value={reason}
              onValueChange={(value) => {
                setReason(value);
                form.clearField("loss_reason");
              }}
              error={form.errors.loss_reason}
              autoFocus
              autoComplete="off"
              required
            />
            <FormActions saving={saving} onCancel={onClose} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
