// One quote revision, full width: its header and actions, then the builder or the proposal.
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { ErrorState } from "../../components/ErrorState";
import { TabList, tabPanelProps } from "../../components/TabList";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import type { QuoteDetail } from "../../ipc/bindings";
import { ProposalEditor } from "../proposals/ProposalEditor";
import { ApprovalNote } from "./ApprovalNote";
import { useQuote } from "./quote-queries";
import { QuoteBuilder } from "./QuoteBuilder";
import { QuoteHeader } from "./QuoteHeader";
import { RevisionChanges } from "./RevisionChanges";
import { useQuoteEditor } from "./use-quote-editor";
import "./quotes.css";

type QuoteTab = "quote" | "proposal";
const tabs: { value: QuoteTab; label: string }[] = [
  { value: "quote", label: "Quote" },
  { value: "proposal", label: "Proposal" },
];

export function QuoteScreen({ id }: { id: string }) {
  const quote = useQuote(id);
  if (quote.isPending) return <div className="quote-screen quote-screen--loading" aria-busy="true" aria-label="Loading quote" />;
  if (quote.isError) {
    return (
      <div className="quote-screen">
        <ErrorState title="Couldn’t load this quote" error={quote.error} onRetry={() => void quote.refetch()} />
      </div>
    );
  }
  // The draft is edited locally only while the quote may change: once sent (or replaced), start over from what is stored.
  return <QuoteWorkspace key={String(quote.data.state.can_edit)} detail={quote.data} />;
}

function QuoteWorkspace({ detail }: { detail: QuoteDetail }) {
  const editor = useQuoteEditor(detail);
  const { openDeal } = useNavigation();
  const [tab, setTab] = useState<QuoteTab>("quote");
  useEscapeToClose(true, () => void editor.flush().finally(() => openDeal(detail.quote.deal_id)));

  return (
    <div className="quote-screen">
      <QuoteHeader detail={detail} editor={editor} />
      <div className="quote-screen__notes">
        <ApprovalNote detail={detail} />
        <RevisionChanges id={detail.quote.id} revision={detail.quote.revision} />
      </div>
      <TabList
        prefix="quote"
        label="Quote or proposal"
        className="quote-tabs"
        tabs={tabs}
        value={tab}
        onValueChange={(next) => {
          // The proposal prints what is saved.
          if (next === "proposal") void editor.flush();
          setTab(next);
        }}
      />
      <div {...tabPanelProps("quote", tab)} className="quote-screen__panel">
        {tab === "quote" ? <QuoteBuilder detail={detail} editor={editor} /> : <ProposalEditor detail={detail} />}
      </div>
    </div>
  );
}
