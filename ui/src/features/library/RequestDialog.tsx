// A seller asks marketing for content that is missing: what, why, and optionally which kind and stage.
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { ContentKind, FunnelStage, RequestInput } from "../../ipc/bindings";
import { kindOptions, stageOptions } from "./content-labels";
import { useAddRequest } from "./library-queries";

const blankRequest: RequestInput = { title: "", details: "", kind: null, stage: null };

export function RequestDialog({ onClose }: { onClose: () => void }) {
  const { draft, set, form, submit } = useDraftForm(blankRequest);
  const add = useAddRequest();
  const toast = useToast();
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="Ask marketing for content"
      description="Say what you were looking for and didn’t find; marketing answers here."
    >
      <form
        className="library-form"
        noValidate
        onSubmit={submit(add, {
          onSuccess: () => {
            toast({ message: "Request sent to marketing" });
            onClose();
          },
        })}
      >
        <FailureBanner message={form.failure} />
        <TextField
          id="request-title"
          label="What is missing"
          value={draft.title}
          onValueChange={set("title")}
          error={form.errors.title}
          placeholder="e.g. Case study for a bank in the DACH region"
          autoComplete="off"
          autoFocus
        />
        <TextAreaField
          id="request-details"
          label="Details"
          value={draft.details}
          onValueChange={set("details")}
          error={form.errors.details}
          rows={3}
          placeholder="Who it is for, which deal, by when"
        />
        <div className="content-form__pair">
          <SelectField
            id="request-kind"
            label="Kind"
            value={draft.kind ?? ""}
            onValueChange={(v) => set("kind")((v || null) as ContentKind | null)}
            options={[{ value: "", label: "Any kind" }, ...kindOptions]}
          />
          <SelectField
            id="request-stage"
            label="Funnel stage"
            value={draft.stage ?? ""}
            onValueChange={(v) => set("stage")((v || null) as FunnelStage | null)}
            options={[{ value: "", label: "Any stage" }, ...stageOptions]}
          />
        </div>
        <FormActions saving={add.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
