// Create or edit one sequence: its name and its steps.
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { Sequence } from "../../ipc/bindings";
import { useSaveSequence } from "./sequence-queries";
import { checkStepDays, stepInputOf, type StepDraft } from "./sequence-steps";
import { SequenceStepsEditor, type StepsTouched } from "./SequenceStepsEditor";

type SequenceDraft = { name: string; steps: StepDraft[] };

function draftOf(sequence: Sequence | null): SequenceDraft {
  if (!sequence) return { name: "", steps: [{ key: 0, day: "0", kind: "email", title: "" }] };
  return {
    name: sequence.name,
    steps: sequence.steps.map((s, key) => ({ key, day: String(s.day_offset), kind: s.kind, title: s.title })),
  };
}

export function SequenceDialog({ sequence, onClose }: { sequence: Sequence | null; onClose: () => void }) {
  const { draft, set, form, submit } = useDraftForm(draftOf(sequence));
  const save = useSaveSequence(sequence?.id ?? null);
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: SequenceDraft, options: { onSuccess: (saved: Sequence) => void; onError: (error: unknown) => void }) =>
      save.mutate({ name: d.name.trim(), steps: d.steps.map(stepInputOf) }, options),
  };

  function changeSteps(steps: StepDraft[], touched: StepsTouched) {
    set("steps")(steps);
    // Errors are keyed by row position; once rows move, no position-keyed error is trustworthy.
    const rows = touched === "all" ? Math.max(steps.length, draft.steps.length) : 0;
    const indexes = touched === "all" ? Array.from({ length: rows }, (_, i) => i) : [touched];
    for (const i of indexes) form.clearField(`steps.${i}`);
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={sequence ? `Edit sequence “${sequence.name}”` : "New sequence"}
      description="Starting a sequence for a contact plans one task per step. It ends when the contact replies by call or e-mail, or when you stop it."
    >
      <form
        className="settings-form"
        noValidate
        onSubmit={submit(saveDraft, { onSuccess: onClose, check: (d) => checkStepDays(d.steps) })}
      >
        <FailureBanner message={form.failure} />
        <TextField
          id="sequence-name"
          label="Name"
          value={draft.name}
          onValueChange={set("name")}
          error={form.errors.name}
          placeholder="e.g. New lead outreach"
          autoComplete="off"
          autoFocus
        />
        <SequenceStepsEditor steps={draft.steps} onStepsChange={changeSteps} errors={form.errors} />
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
