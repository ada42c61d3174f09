// Everyone in this workspace and their role.
import { Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { roleLabels } from "../../components/role-labels";
import { TableHead } from "../../components/TableHead";
import type { Member } from "../../ipc/bindings";
import { ConfirmRemoval } from "./ConfirmRemoval";
import { MemberDialog } from "./MemberDialog";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useDeleteMember, useMembers } from "./settings-queries";

export function MembersSection() {
  const members = useMembers();
  const remove = useDeleteMember();
  const [editing, setEditing] = useState<Member | "new" | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  return (
    <SettingsSection
      id="settings-members"
      title="Members"
      description="People who share this workspace. Roles decide what each person can change."
      actions={
        <Button size="small" onClick={() => setEditing("new")}>
          <Plus aria-hidden="true" />
          Add member
        </Button>
      }
    >
      {members.isPending ? (
        <SectionLoading />
      ) : members.isError ? (
        <SectionError what="members" error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <p className="muted">No members yet. Add the people you work with so you can assign contacts to them.</p>
      ) : (
        <table className="settings-table">
          <TableHead columns={["Name", "Email", "Role"]} />
          <tbody>
            {members.data.map((member) => (
              <tr key={member.id}>
                <td>
                  {member.name} {member.is_me && <span className="chip chip--accent">you</span>}
                </td>
                <td className="muted">{member.email}</td>
                <td>
                  <span className="chip">{roleLabels[member.role]}</span>
                </td>
                <td className="settings-table__actions">
                  <Button size="small" variant="ghost" onClick={() => setEditing(member)} aria-label={`Edit ${member.name}`}>
                    <Pencil aria-hidden="true" />
                  </Button>
                  {member.is_me ? (
                    // Keeps the edit buttons in one column; you cannot remove yourself.
                    <span className="btn btn--small settings-table__spacer" aria-hidden="true">
                      Remove
                    </span>
                  ) : (
                    <Button size="small" variant="ghost" onClick={() => setRemoving(member)}>
                      Remove
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <MemberDialog member={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Remove ${removing?.name ?? ""}?`}
        description="They will no longer appear in this workspace. You can restore them from Trash."
        confirmLabel="Remove"
      />
    </SettingsSection>
  );
}
