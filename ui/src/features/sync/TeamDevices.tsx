// The devices signed in to the team (an admin sees everyone's, others their own), and revoking a lost one.
import { useState } from "react";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { TableHead } from "../../components/TableHead";
import { toAppError } from "../../ipc/app-error";
import type { TeamDevice } from "../../ipc/bindings";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { useRevokeDevice, useTeamDevices } from "./sync-queries";

export function TeamDevices({ admin }: { admin: boolean }) {
  const devices = useTeamDevices();
  const revoke = useRevokeDevice();
  const toast = useToast();
  const [revoking, setRevoking] = useState<TeamDevice | null>(null);
  // Revoked devices stay listed for the record, after the ones still in use.
  const rows = devices.data ? [...devices.data].sort((a, b) => Number(a.revoked) - Number(b.revoked)) : [];

  return (
    <>
      <h3 className="settings-section__subtitle">{admin ? "Devices" : "Your devices"}</h3>
      <p className="settings-section__description">
        {admin
          ? "Every computer signed in to this team. Revoke one that is lost or no longer used: it stops syncing straight away."
          : "The computers you’re signed in on. Revoke one that is lost or no longer used: it stops syncing straight away."}
      </p>
      {devices.data ? (
        <table className="settings-table sync-devices" aria-label={admin ? "Devices" : "Your devices"}>
          <TableHead columns={["Device", admin && "Owner", "Added", "Last seen"]} />
          <tbody>
            {rows.map((device) => (
              <tr key={device.device_id} className={device.revoked ? "sync-devices__revoked" : undefined} data-testid="sync-device">
                <td>
                  {device.name} {device.this_device && <span className="chip chip--accent">This device</span>}
                  {device.revoked && <span className="chip">Revoked</span>}
                </td>
                {admin && <td className="muted">{device.email}</td>}
                <td className="muted">
                  <RelativeTime iso={device.created_at} />
                </td>
                <td className="muted">{device.last_seen_at ? <RelativeTime iso={device.last_seen_at} /> : "Never"}</td>
                <td className="settings-table__actions">
                  {device.revoked || device.this_device ? (
                    // This device leaves with "Sign out", which also forgets its sign-in here.
                    <span className="btn btn--small settings-table__spacer" aria-hidden="true">
                      Revoke
                    </span>
                  ) : (
                    <Button size="small" variant="ghost" onClick={() => setRevoking(device)} aria-label={`Revoke ${device.name}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : devices.isError ? (
        <SectionError what="devices" error={devices.error} onRetry={() => void devices.refetch()} />
      ) : (
        <SectionLoading />
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke ${revoking?.name ?? ""}?`}
        description={`“${revoking?.name ?? ""}”${admin && revoking ? ` (${revoking.email})` : ""} is signed out of the team and stops syncing. Records already on it stay there; changes on it that haven’t synced won’t reach the team.`}
        confirmLabel="Revoke device"
        danger
        busy={revoke.isPending}
        onConfirm={() => {
          if (!revoking) return;
          const name = revoking.name;
          revoke.mutate(revoking.device_id, {
            onSuccess: () => toast({ message: `${name} revoked` }),
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            onSettled: () => setRevoking(null),
          });
        }}
      />
    </>
  );
}
