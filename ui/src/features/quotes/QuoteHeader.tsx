// The quote screen's header: back to the deal, the number and title, where the quote stands,
// its revisions, whether the draft is saved, and what may be done with it now.
import { ArrowLeft } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { SaveStatusNote } from "../../components/SaveStatusNote";
import type { QuoteDetail } from "../../ipc/bindings";
import { QuoteActions } from "./QuoteActions";
import { ApprovalPill, StatusPill } from "./QuotePills";
import { RevisionSwitcher } from "./RevisionSwitcher";
import type { QuoteEditor } from "./use-quote-editor";

export function QuoteHeader({ detail, editor }: { detail: QuoteDetail; editor: QuoteEditor }) {
  const { openDeal } = useNavigation();
  const { quote, state } = detail;
  return (
    <header className="screen-header quote-header">
      <Button
        variant="ghost"
        size="small"
        className="quote-header__back"
        title="Back to the deal (Esc)"
        onClick={() => void editor.flush().finally(() => openDeal(quote.deal_id))}
      >
        <ArrowLeft aria-hidden="true" />
        <span className="quote-header__back-name">{detail.deal_name || "Deal"}</span>
      </Button>
      <h1 className="screen-header__title quote-header__title">
        <span className="quote-header__number tabular">{detail.display_number}</span>
        <span className="quote-header__name">{editor.input.title || "Untitled quote"}</span>
      </h1>
      <StatusPill status={state.status} />
      <ApprovalPill approval={state.approval} />
      <RevisionSwitcher revisions={detail.revisions} currentId={quote.id} />
      {editor.editable ? (
        <span className="quote-header__save" data-testid="quote-save-status">
          <SaveStatusNote status={editor.status} onRetry={() => void editor.flush()} />
        </span>
      ) : (
        <span className="quote-save">{quote.superseded_by ? "Read-only: a newer revision exists" : "Read-only"}</span>
      )}
      <span className="screen-header__spacer" />
      <QuoteActions detail={detail} flush={editor.flush} />
    </header>
  );
}
