// Sales teams: groups of members the dashboard filters by. Admins and sales managers keep them.
import { Plus, X } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { SalesTeam } from "../../ipc/bindings";
import { ConfirmRemoval } from "./ConfirmRemoval";
import { keepsTeams, useAddSalesTeamMember, useDeleteSalesTeam, useRemoveSalesTeamMember, useSalesTeams, useSaveSalesTeam } from "./sales-queries";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useMembers, useProfile } from "./settings-queries";

export function SalesTeamsSection() {
  const teams = useSalesTeams();
  const profile = useProfile();
  const canEdit = keepsTeams(profile.data?.role ?? "admin");
  const remove = useDeleteSalesTeam();
  const [naming, setNaming] = useState<SalesTeam | "new" | null>(null);
  const [removing, setRemoving] = useState<SalesTeam | null>(null);

  return (
    <SettingsSection
      id="settings-teams"
      title="Sales teams"
      description={
        canEdit
          ? "Group members into teams to see the dashboard and quota attainment team by team."
          : "Teams group members for the dashboard. Only admins and sales managers change them."
      }
      actions={
        canEdit && (
          <Button size="small" onClick={() => setNaming("new")}>
            <Plus aria-hidden="true" />
            New team
          </Button>
        )
      }
    >
      {teams.isPending ? (
        <SectionLoading />
      ) : teams.isError ? (
        <SectionError what="sales teams" error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.length === 0 ? (
        <p className="muted">No teams yet.{canEdit ? " Add one, e.g. “Enterprise” or “Mid-market”, then add its members." : ""}</p>
      ) : (
        <ul className="sales-teams">
          {teams.data.map((team) => (
            <TeamRow key={team.id} team={team} canEdit={canEdit} onRename={() => setNaming(team)} onRemove={() => setRemoving(team)} />
          ))}
        </ul>
      )}
      {naming && <TeamNameDialog team={naming === "new" ? null : naming} onClose={() => setNaming(null)} />}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete the team “${removing?.name ?? ""}”?`}
        description="Its members stay in the workspace and keep their records and quotas; only the grouping goes."
        confirmLabel="Delete team"
      />
    </SettingsSection>
  );
}

function TeamRow({ team, canEdit, onRename, onRemove }: { team: SalesTeam; canEdit: boolean; onRename: () => void; onRemove: () => void }) {
  const members = useMembers();
  const add = useAddSalesTeamMember();
  const removeMember = useRemoveSalesTeamMember();
  const toast = useToast();
  const onTeam = new Set(team.members.map((m) => m.member_id));
  const others = (members.data ?? []).filter((m) => !onTeam.has(m.id));
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });

  return (
    <li className="sales-team" aria-label={team.name}>
      <div className="sales-team__head">
        <h3 className="sales-team__name">{team.name}</h3>
        <span className="muted">{team.members.length === 1 ? "1 member" : `${team.members.length} members`}</span>
        <span className="screen-header__spacer" />
        {canEdit && (
          <>
            <Button size="small" variant="ghost" onClick={onRename}>
              Rename
            </Button>
            <Button size="small" variant="ghost" onClick={onRemove}>
              Delete
            </Button>
          </>
        )}
      </div>
      <ul className="sales-team__members">
        {team.members.map((member) => (
          <li key={member.id} className="sales-team__member">
            {member.name}
            {canEdit && (
              <button
                type="button"
                className="sales-team__remove"
                aria-label={`Remove ${member.name} from ${team.name}`}
                disabled={removeMember.isPending}
                onClick={() => removeMember.mutate(member.id, { onError: fail })}
              >
                <X size={12} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
        {team.members.length === 0 && <li className="muted">No members yet.</li>}
      </ul>
      {canEdit && others.length > 0 && (
        <SelectField
          id={`team-${team.id}-add`}
          label={`Add to ${team.name}`}
          className="sales-team__add"
          value=""
          onValueChange={(memberId) => memberId && add.mutate({ teamId: team.id, memberId }, { onError: fail })}
          options={[{ value: "", label: "Add a member…" }, ...others.map((m) => ({ value: m.id, label: m.name }))]}
        />
      )}
    </li>
  );
}

function TeamNameDialog({ team, onClose }: { team: SalesTeam | null; onClose: () => void }) {
  const [name, setName] = useState(team?.name ?? "");
  const [error, setError] = useState<string | undefined>();
  const save = useSaveSalesTeam();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError("Enter the team’s name, e.g. “Enterprise EMEA”.");
      return;
    }
    save.mutate(
      { id: team?.id ?? null, name },
      {
        onSuccess: onClose,
        onError: (failure) => {
          const appError = toAppError(failure);
          setError(appError.fields.find((f) => f.field === "name")?.message ?? appError.message);
        },
      },
    );
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={team ? "Rename team" : "New team"}>
      <form onSubmit={submit} noValidate>
        <TextField id="team-name" label="Name" value={name} onValueChange={(value) => (setName(value), setError(undefined))} error={error} autoFocus autoComplete="off" />
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Modal>
  );
}
