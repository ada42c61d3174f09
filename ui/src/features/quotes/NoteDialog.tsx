// A quote decision with a few words: approve or reject discounts, record why a customer declined.
import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { Modal } from "../../components/Modal";
import { TextAreaField } from "../../components/TextAreaField";
import { useFormErrors } from "../../components/use-form-errors";

export function NoteDialog({
  title,
  description,
  field,
  label,
  placeholder,
  required,
  submitLabel,
  danger,
  pending,
  children,
  onSubmit,
  onClose,
}: {
  title: string;
  description?: string;
  /** The field the backend names in its error ("comment", "reason"). */
  field: string;
  label: string;
  placeholder?: string;
  /** What to say when the note is left empty; undefined when it may be. */
  required?: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  /** Shown above the note, e.g. why approval is needed. */
  children?: ReactNode;
  onSubmit: (note: string, handlers: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState("");
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (required && note.trim() === "") {
      form.reset({ [field]: required });
      return;
    }
    form.reset();
    onSubmit(note, { onSuccess: onClose, onError: form.show });
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={title} description={description}>
      <form className="quote-dialog" noValidate onSubmit={submit}>
        <FailureBanner message={form.failure} />
        {children}
        <TextAreaField
          id={`quote-${field}`}
          label={label}
          value={note}
          onValueChange={(value) => {
            setNote(value);
            form.clearField(field);
          }}
          error={form.errors[field]}
          rows={3}
          placeholder={placeholder}
          autoFocus
        />
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
