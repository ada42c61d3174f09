// For admins: the invites nobody has used yet, and withdrawing one sent to the wrong person.
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { RelativeTime } from "../../components/RelativeTime";
import { roleLabels } from "../../components/role-labels";
import { useToast } from "../../components/toast-context";
import { TableHead } from "../../components/TableHead";
import { toAppError } from "../../ipc/app-error";
import type { PendingInvite } from "../../ipc/bindings";
import { SectionError } from "../settings/SectionStatus";
import { useCancelInvite, usePendingInvites } from "./sync-queries";

export function PendingInvites() {
  const invites = usePendingInvites();
  const cancel = useCancelInvite();
  const toast = useToast();
  const [withdrawing, setWithdrawing] = useState<PendingInvite | null>(null);

  if (invites.isError) return <SectionError what="the invites waiting" error={invites.error} onRetry={() => void invites.refetch()} />;
  // Nothing waiting, or not loaded yet: the form above says all there is to say.
  if (!invites.data?.length) return null;
  return (
    <>
      <h3 className="settings-section__subtitle">Invites waiting</h3>
      <p className="settings-section__description">Codes not used yet. Withdraw one sent to the wrong address: it stops working at once.</p>
      <table className="settings-table sync-invites" aria-label="Invites waiting">
        <TableHead columns={["Invited", "Role", "Code expires"]} />
        <tbody>
          {invites.data.map((invite) => (
            <tr key={invite.id} data-testid="sync-invite">
              <td>{invite.email}</td>
              <td>
                <span className="chip">{roleLabels[invite.role]}</span>
              </td>
              <td className="muted">
                <RelativeTime iso={invite.expires_at} />
              </td>
              <td className="settings-table__actions">
                <Button size="small" variant="ghost" onClick={() => setWithdrawing(invite)} aria-label={`Withdraw the invite for ${invite.email}`}>
                  Withdraw
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={withdrawing !== null}
        onOpenChange={(open) => !open && setWithdrawing(null)}
        title="Withdraw this invite?"
        description={`The code sent to ${withdrawing?.email ?? ""} stops working straight away. You can invite them again later.`}
        confirmLabel="Withdraw invite"
        danger
        busy={cancel.isPending}
        onConfirm={() => {
          if (!withdrawing) return;
          const email = withdrawing.email;
          cancel.mutate(withdrawing.id, {
            onSuccess: () => toast({ message: `Invite for ${email} withdrawn` }),
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            onSettled: () => setWithdrawing(null),
          });
        }}
      />
    </>
  );
}
