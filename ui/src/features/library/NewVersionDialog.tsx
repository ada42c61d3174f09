// Uploads a new version of an item's file, with a note on what changed; it becomes the current one.
import { useState, type FormEvent } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { ContentItem } from "../../ipc/bindings";
import { useAddContentVersion } from "./library-queries";

export function NewVersionDialog({ item, onClose }: { item: ContentItem; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const upload = useAddContentVersion(item.id);
  const toast = useToast();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file || upload.isPending) return;
    upload.mutate(
      { file, note },
      {
        onSuccess: (saved) => {
          toast({ message: saved.file ? `Version ${saved.file.number} of “${saved.title}” uploaded` : "New version uploaded" });
          onClose();
        },
      },
    );
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="Upload a new version"
      description={`Replaces the file of “${item.title}”; earlier versions stay in its history and can be restored.`}
    >
      <form className="library-form" noValidate onSubmit={onSubmit}>
        <FailureBanner message={upload.isError ? toAppError(upload.error).message : null} />
        <div className="field">
          <label className="field__label" htmlFor="content-version-file">
            File
          </label>
          <input id="content-version-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <TextField
          id="content-version-note"
          label="What changed"
          value={note}
          onValueChange={setNote}
          placeholder="e.g. 2025 numbers, new logo"
          autoComplete="off"
        />
        <FormActions saving={upload.isPending || !file} onCancel={onClose} />
      </form>
    </Modal>
  );
}
