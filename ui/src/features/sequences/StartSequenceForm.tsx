// Puts a contact into a sequence from a chosen day (today unless changed): one dated task per step.
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { useDisplayFormat } from "../../components/format-context";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
import { dayKeyIn } from "../../components/zoned-time";
import type { Sequence } from "../../ipc/bindings";
import { useEnrollContact } from "./sequence-queries";

export function StartSequenceForm({
  contactId,
  sequences,
  onDone,
}: {
  contactId: string;
  /** The sequences the contact is not in now; at least one. */
  sequences: Sequence[];
  onDone: () => void;
}) {
  const { timeZone } = useDisplayFormat();
  const [sequenceId, setSequenceId] = useState(sequences[0]?.id ?? "");
  const [startDate, setStartDate] = useState(() => dayKeyIn(new Date(), timeZone));
  const enroll = useEnrollContact(contactId);
  const form = useFormErrors();
  const toast = useToast();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (enroll.isPending) return;
    form.reset();
    enroll.mutate(
      { sequenceId, startDate },
      {
        onSuccess: (enrollment) => {
          const planned = enrollment.open_tasks === 1 ? "1 task planned" : `${enrollment.open_tasks} tasks planned`;
          toast({ message: `Started “${enrollment.sequence_name}”: ${planned}` });
          onDone();
        },
        onError: form.show,
      },
    );
  }

  return (
    <form
      className="start-sequence"
      noValidate
      onSubmit={onSubmit}
      aria-label="Start a sequence"
      onKeyDown={(e) => {
        // Esc closes this form only, not the pane around it.
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onDone();
      }}
    >
      <FailureBanner message={form.failure} />
      <SelectField
        id={`start-sequence-${contactId}`}
        label="Sequence"
        value={sequenceId}
        options={sequences.map((s) => ({ value: s.id, label: s.name }))}
        onValueChange={setSequenceId}
        error={form.errors.sequence_id}
      />
      <TextField
        id={`start-sequence-date-${contactId}`}
        label="Starts on"
        type="date"
        required
        value={startDate}
        onValueChange={(v) => {
          setStartDate(v);
          form.clearField("start_date");
        }}
        error={form.errors.start_date}
      />
      <div className="start-sequence__actions">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={enroll.isPending || !sequenceId || !startDate}>
          Start
        </Button>
      </div>
    </form>
  );
}
