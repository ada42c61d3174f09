// The customer said no: why, for the deal's timeline and the next revision.
import { useToast } from "../../components/toast-context";
import type { QuoteDetail } from "../../ipc/bindings";
import { NoteDialog } from "./NoteDialog";
import { useDeclineQuote } from "./quote-queries";

export function DeclineDialog({ detail, onClose }: { detail: QuoteDetail; onClose: () => void }) {
  const decline = useDeclineQuote();
  const toast = useToast();
  return (
    <NoteDialog
      title={`Decline ${detail.display_number}`}
      field="reason"
      label="Why the customer declined"
      placeholder="Went with a competitor, budget moved to next year…"
      required="Say why the customer declined; it shows on the deal’s timeline."
      submitLabel="Decline quote"
      danger
      pending={decline.isPending}
      onSubmit={(reason, { onSuccess, onError }) =>
        decline.mutate(
          { id: detail.quote.id, reason },
          {
            onSuccess: () => {
              toast({ message: `Quote ${detail.display_number} declined` });
              onSuccess();
            },
            onError,
          },
        )
      }
      onClose={onClose}
    />
  );
}
