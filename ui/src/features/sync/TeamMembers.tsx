// For admins: who has an account on the team's server, and inviting someone new with a one-time code.
import { Check, Copy, Loader2, UserPlus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { useDisplayFormat } from "../../components/format-context";
import { formatExact, formatRelative } from "../../components/relative-time";
import { roleLabels } from "../../components/role-labels";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Invite, InviteInput, SyncAccount, SyncRole } from "../../ipc/bindings";
import { useCopy } from "../library/use-copy";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { PendingInvites } from "./PendingInvites";
import { syncRoleOptions } from "./sync-labels";
import { useInvite, useSetRole, useTeamMembers } from "./sync-queries";

export function TeamMembers({ me }: { me: SyncAccount }) {
  const members = useTeamMembers();
  const setRole = useSetRole();
  const toast = useToast();
  // Each invite starts a blank form; the code stays on screen until dismissed or replaced.
  const [issued, setIssued] = useState<{ invite: Invite; serial: number } | null>(null);

  return (
    <>
      <h3 className="settings-section__subtitle">Team members</h3>
      <p className="settings-section__description">Everyone with an account on this team’s server.</p>
      {members.data ? (
        <table className="settings-table" aria-label="Team members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.user_id}>
                <td>
                  {member.display_name} {member.user_id === me.user_id && <span className="chip chip--accent">you</span>}
                </td>
                <td className="muted">{member.email}</td>
                <td>
                  {me.role === "admin" ? (
                    <select
                      className="sync-role-select"
                      aria-label={`Role of ${member.display_name}`}
                      value={member.role}
                      disabled={setRole.isPending}
                      onChange={(event) =>
                        setRole.mutate(
                          { userId: member.user_id, role: event.target.value as SyncRole },
                          { onError: (error) => toast({ message: toAppError(error).message, tone: "error" }) },
                        )
                      }
                    >
                      {syncRoleOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className="chip">{roleLabels[member.role]}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : members.isError ? (
        <SectionError what="the team’s members" error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <SectionLoading />
      )}

      <h3 className="settings-section__subtitle">Invite a teammate</h3>
      <p className="settings-section__description">
        Tandem makes a one-time code for them. They enter it, with this server’s address, under “Join with an invite”. A new code
        for the same email replaces the one not used yet.
      </p>
      <InviteForm key={issued?.serial ?? 0} onIssued={(invite) => setIssued((last) => ({ invite, serial: (last?.serial ?? 0) + 1 }))} />
      {issued && <InviteCode invite={issued.invite} account={me} onDone={() => setIssued(null)} />}
      <PendingInvites />
    </>
  );
}

function InviteForm({ onIssued }: { onIssued: (invite: Invite) => void }) {
  const { draft, set, form, submit } = useDraftForm<InviteInput>({ email: "", role: "seller" });
  const invite = useInvite();
  return (
    <form className="settings-form" data-testid="sync-invite-form" aria-label="Invite a teammate" noValidate onSubmit={submit(invite, { onSuccess: onIssued })}>
      <FailureBanner message={form.failure} />
      <div className="sync-invite">
        <TextField
          id="sync-invite-email"
          label="Email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={draft.email}
          onValueChange={set("email")}
          error={form.errors.email}
        />
        <SelectField
          id="sync-invite-role"
          label="Role"
          value={draft.role}
          options={syncRoleOptions}
          onValueChange={(role) => set("role")(role as SyncRole)}
          error={form.errors.role}
        />
        <Button type="submit" variant="primary" disabled={invite.isPending} aria-busy={invite.isPending || undefined}>
          {invite.isPending ? <Loader2 className="sync-spin" aria-hidden="true" /> : <UserPlus aria-hidden="true" />}
          {invite.isPending ? "Creating code…" : "Create invite code"}
        </Button>
      </div>
    </form>
  );
}

/** The code is shown once: Tandem keeps no copy, so it says so and makes it easy to pass on. */
function InviteCode({ invite, account, onDone }: { invite: Invite; account: SyncAccount; onDone: () => void }) {
  const { locale, timeZone } = useDisplayFormat();
  const copy = useCopy();
  const expires = formatExact(invite.expires_at, locale, timeZone);
  const message = [
    `You’re invited to the ${account.workspace_name} team in Tandem.`,
    "In Tandem, open Settings → Team sync → Join with an invite, and enter:",
    `Server address: ${account.server_url}`,
    `Email: ${invite.email}`,
    `One-time code: ${invite.code}`,
    `The code works once and expires ${expires}.`,
  ].join("\n");

  return (
    <div className="invite-code" role="group" aria-labelledby="sync-invite-code-title">
      <p id="sync-invite-code-title" className="invite-code__title">
        <Check size={14} aria-hidden="true" />
        One-time code for {invite.email} ({roleLabels[invite.role]})
      </p>
      <div className="invite-code__row">
        <code className="invite-code__value" data-testid="invite-code">
          {invite.code}
        </code>
        <Button size="small" onClick={() => void copy(invite.code, "Code copied")}>
          <Copy aria-hidden="true" />
          Copy code
        </Button>
        <Button size="small" onClick={() => void copy(message, "Invitation copied")}>
          Copy invitation
        </Button>
        <span className="invite-code__spacer" />
        <Button size="small" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="field__hint" data-testid="invite-expiry">
        Expires <time dateTime={invite.expires_at} title={expires}>{formatRelative(invite.expires_at, locale)}</time> ({expires}). It works once, and
        Tandem won’t show it again.
      </p>
    </div>
  );
}
