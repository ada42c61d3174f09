// A sales manager approves a quote's discounts, or rejects them saying what to change.
import { useToast } from "../../components/toast-context";
import type { QuoteDetail } from "../../ipc/bindings";
import { ApprovalReasons } from "./ApprovalNote";
import { NoteDialog } from "./NoteDialog";
import { useDecideApproval } from "./quote-queries";

export function ApprovalDecisionDialog({ detail, approve, onClose }: { detail: QuoteDetail; approve: boolean; onClose: () => void }) {
  const decide = useDecideApproval();
  const toast = useToast();
  return (
    <NoteDialog
      title={`${approve ? "Approve" : "Reject"} “${detail.quote.title}”`}
      description={detail.requested_by_name ? `Asked by ${detail.requested_by_name}.` : undefined}
      field="comment"
      label={approve ? "Comment (optional)" : "Why not"}
      placeholder={approve ? undefined : "What the seller should change"}
      required={approve ? undefined : "Say why, so the seller knows what to change."}
      submitLabel={approve ? "Approve" : "Reject"}
      danger={!approve}
      pending={decide.isPending}
      onSubmit={(comment, { onSuccess, onError }) =>
        decide.mutate(
          { id: detail.quote.id, approve, comment },
          {
            onSuccess: () => {
              toast({ message: approve ? "Discounts approved" : "Approval rejected" });
              onSuccess();
            },
            onError,
          },
        )
      }
      onClose={onClose}
    >
      <ApprovalReasons reasons={detail.approval_reasons} />
    </NoteDialog>
  );
}
