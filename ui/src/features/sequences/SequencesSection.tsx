// Settings → Sequences: planned series of calls and e-mails a contact can be put through.
import { ListOrdered, Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { TableHead } from "../../components/TableHead";
import { RowActions } from "../settings/RowActions";
import type { Sequence } from "../../ipc/bindings";
import { ConfirmRemoval } from "../settings/ConfirmRemoval";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { SettingsSection } from "../settings/SettingsSection";
import { useDeleteSequence, useSequences } from "./sequence-queries";
import { stepsSummary } from "./sequence-steps";
import { SequenceDialog } from "./SequenceDialog";
import "./sequences.css";

export function SequencesSection() {
  const sequences = useSequences();
  const remove = useDeleteSequence();
  const [editing, setEditing] = useState<Sequence | "new" | null>(null);
  const [removing, setRemoving] = useState<Sequence | null>(null);

  return (
    <SettingsSection
      id="settings-sequences"
      title="Sequences"
      description="A planned series of follow-ups, such as an e-mail today, a call in three days and another e-mail a week later. Start one from a contact’s page."
      actions={
        <Button size="small" onClick={() => setEditing("new")}>
          <Plus aria-hidden="true" />
          New sequence
        </Button>
      }
    >
      {sequences.isPending ? (
        <SectionLoading />
      ) : sequences.isError ? (
        <SectionError what="sequences" error={sequences.error} onRetry={() => void sequences.refetch()} />
      ) : sequences.data.length === 0 ? (
        <p className="muted">
          <ListOrdered size={13} aria-hidden="true" /> No sequences yet. Create one for the follow-ups you repeat with every new
          lead, and Tandem plans the tasks for you.
        </p>
      ) : (
        <table className="settings-table">
          <TableHead columns={["Name", "Steps", { label: "In it now", numeric: true }]} />
          <tbody>
            {sequences.data.map((sequence) => (
              <tr key={sequence.id}>
                <td>{sequence.name}</td>
                <td className="sequences__summary" title={sequence.steps.map((s) => s.title).join(" · ")}>
                  {stepsSummary(sequence.steps)}
                </td>
                <td className="num tabular muted">{sequence.active} active</td>
                <RowActions name={sequence.name} onEdit={() => setEditing(sequence)} onDelete={() => setRemoving(sequence)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <SequenceDialog sequence={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete the sequence “${removing?.name ?? ""}”?`}
        description="It moves to Trash, where you can restore it. Tasks it has already planned stay as they are."
        confirmLabel="Delete sequence"
      />
    </SettingsSection>
  );
}
