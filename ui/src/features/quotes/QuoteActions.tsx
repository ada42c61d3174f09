// What may be done with the quote now, as the backend's QuoteState says: ask for or decide an
// approval, send, capture the customer's answer, start a new revision. A refused "send" says why.
import { Check, CopyPlus, Signature, Send, ShieldQuestionMark, X } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { QuoteDetail } from "../../ipc/bindings";
import { AcceptanceDialog } from "./AcceptanceDialog";
import { ApprovalDecisionDialog } from "./ApprovalDecisionDialog";
import { DeclineDialog } from "./DeclineDialog";
import { useMarkSent, useRequestApproval, useReviseQuote } from "./quote-queries";

type Dialog = "approve" | "reject" | "accept" | "decline" | null;

export function QuoteActions({ detail, flush }: { detail: QuoteDetail; flush: () => Promise<boolean> }) {
  const { state, quote } = detail;
  const [dialog, setDialog] = useState<Dialog>(null);
  const requestApproval = useRequestApproval();
  const markSent = useMarkSent();
  const revise = useReviseQuote();
  const { openQuote } = useNavigation();
  const toast = useToast();
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });
  const busy = requestApproval.isPending || markSent.isPending || revise.isPending;

  // Whatever is typed is saved first: an action acts on the quote as the user sees it.
  async function afterSaving(action: () => void) {
    if (await flush()) action();
    else toast({ message: "The quote has unsaved changes that couldn’t be saved; fix them first.", tone: "error" });
  }

  const current = quote.superseded_by === "";
  const sendable = current && quote.status === "draft";
  const acceptable = current && (quote.status === "draft" || quote.status === "sent");
  const refusal = state.send_refusal;

  return (
    <div className="quote-actions">
      {state.can_request_approval && (
        <Button
          variant="primary"
          disabled={busy}
          onClick={() =>
            void afterSaving(() =>
              requestApproval.mutate(quote.id, { onSuccess: () => toast({ message: "Approval requested" }), onError: fail }),
            )
          }
        >
          <ShieldQuestionMark aria-hidden="true" />
          Request approval
        </Button>
      )}
      {state.can_decide_approval && (
        <>
          <Button variant="primary" onClick={() => setDialog("approve")}>
            <Check aria-hidden="true" />
            Approve
          </Button>
          <Button onClick={() => setDialog("reject")}>
            <X aria-hidden="true" />
            Reject
          </Button>
        </>
      )}
      {sendable && (
        <Button
          variant={refusal || state.can_request_approval ? "default" : "primary"}
          disabled={busy || refusal !== null}
          title={refusal ?? "Stores the proposal PDF as sent and gives the quote its number"}
          aria-describedby={refusal ? "quote-refusal" : undefined}
          onClick={() =>
            void afterSaving(() =>
              markSent.mutate(quote.id, {
                onSuccess: (sent) => toast({ message: `Quote ${sent.display_number} sent; its proposal PDF is stored` }),
                onError: fail,
              }),
            )
          }
        >
          <Send aria-hidden="true" />
          Mark as sent
        </Button>
      )}
      {acceptable && (
        <Button
          variant={quote.status === "sent" && !refusal ? "primary" : "default"}
          disabled={busy || refusal !== null}
          title={refusal ?? undefined}
          aria-describedby={refusal ? "quote-refusal" : undefined}
          onClick={() => void afterSaving(() => setDialog("accept"))}
        >
          <Signature aria-hidden="true" />
          Capture acceptance
        </Button>
      )}
      {state.can_decline && (
        <Button disabled={busy} onClick={() => setDialog("decline")}>
          Decline
        </Button>
      )}
      {state.can_revise && (
        <Button
          disabled={busy}
          onClick={() =>
            revise.mutate(quote.id, {
              onSuccess: (next) => {
                toast({ message: `Revision ${next.quote.revision} started` });
                openQuote(next.quote.id);
              },
              onError: fail,
            })
          }
        >
          <CopyPlus aria-hidden="true" />
          New revision
        </Button>
      )}
      {(sendable || acceptable) && refusal && (
        <p id="quote-refusal" className="quote-actions__refusal">
          {refusal}
        </p>
      )}
      {(dialog === "approve" || dialog === "reject") && (
        <ApprovalDecisionDialog detail={detail} approve={dialog === "approve"} onClose={() => setDialog(null)} />
      )}
      {dialog === "accept" && <AcceptanceDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === "decline" && <DeclineDialog detail={detail} onClose={() => setDialog(null)} />}
    </div>
  );
}
