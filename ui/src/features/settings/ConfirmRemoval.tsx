// Asks before removing one settings row. The dialog closes either way, so a failure becomes a toast.
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";

type RemoveMutation = {
  isPending: boolean;
  mutate: (id: string, options: { onSettled: () => void; onError: (error: unknown) => void }) => void;
};

export function ConfirmRemoval({
  target,
  onClose,
  remove,
  title,
  description,
  confirmLabel,
}: {
  /** The row being removed; null keeps the dialog closed. */
  target: { id: string } | null;
  onClose: () => void;
  remove: RemoveMutation;
  title: string;
  description: string;
  confirmLabel: string;
}) {
  const toast = useToast();
  return (
    <ConfirmDialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      danger
      busy={remove.isPending}
      onConfirm={() => {
        if (!target) return;
        remove.mutate(target.id, {
          onSettled: onClose,
          onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
        });
      }}
    />
  );
}
