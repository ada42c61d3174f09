// A quote on a timeline: "Quote Q-7K3FD-0042 sent · €12,340.00", the signer or the reason beneath.
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import type { TimelineEntry } from "../../ipc/bindings";
import { quoteEventVerbs } from "../quotes/quote-labels";

type QuoteEntry = Extract<TimelineEntry, { type: "quote" }>;

export function QuoteItem({ entry, showDeal, onOpen }: { entry: QuoteEntry; showDeal: boolean; onOpen?: (quoteId: string) => void }) {
  const { locale } = useDisplayFormat();
  const name = `Quote ${entry.number}`;
  return (
    <>
      {onOpen ? (
        <button type="button" className="link-button" title={entry.title} onClick={() => onOpen(entry.quote_id)}>
          {name}
        </button>
      ) : (
        <span className="timeline__strong" title={entry.title}>
          {name}
        </span>
      )}{" "}
      {quoteEventVerbs[entry.event]}
      {entry.total && <span className="tabular"> · {formatMoney(entry.total, entry.currency, locale)}</span>}
      {showDeal && entry.deal_name && <> · {entry.deal_name}</>}
      {entry.note && <span className="timeline__shared-note">{entry.note}</span>}
    </>
  );
}
