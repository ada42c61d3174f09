// A deal's quotes: each current revision with its number, title, status, total and validity,
// earlier revisions folded under it; "New quote" starts a draft and opens it.
import { FileText, Plus } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { QuoteSummary } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { useCreateQuote, useDealQuotes } from "./quote-queries";
import { StatusPill } from "./QuotePills";
import "./quotes.css";

export function DealQuotes({ dealId, headingClassName }: { dealId: string; headingClassName: string }) {
  const quotes = useDealQuotes(dealId);
  const create = useCreateQuote();
  const { openQuote } = useNavigation();
  const toast = useToast();
  const series = seriesOf(quotes.data ?? []);

  return (
    <section className="deal-quotes" aria-labelledby="deal-quotes-title">
      <div className="deal-quotes__head">
        <h3 id="deal-quotes-title" className={headingClassName}>
          Quotes
        </h3>
        <Button
          size="small"
          disabled={create.isPending}
          onClick={() =>
            create.mutate(dealId, {
              onSuccess: (detail) => openQuote(detail.quote.id),
              onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            })
          }
        >
          <Plus aria-hidden="true" />
          New quote
        </Button>
      </div>
      {quotes.isError ? (
        <p className="field__error">Couldn’t load the quotes: {toAppError(quotes.error).message}</p>
      ) : quotes.isPending ? null : series.length === 0 ? (
        <p className="muted">No quotes yet. A quote prices this deal from the catalog and becomes the proposal you send.</p>
      ) : (
        <ul className="deal-quotes__list">
          {series.map(({ current, earlier }) => (
            <li key={current.series_id}>
              <QuoteRow summary={current} onOpen={openQuote} />
              {earlier.length > 0 && (
                <details className="deal-quotes__earlier">
                  <summary>{earlier.length === 1 ? "1 earlier revision" : `${earlier.length} earlier revisions`}</summary>
                  <ul className="deal-quotes__list">
                    {earlier.map((summary) => (
                      <li key={summary.id}>
                        <QuoteRow summary={summary} onOpen={openQuote} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function QuoteRow({ summary: q, onOpen }: { summary: QuoteSummary; onOpen: (id: string) => void }) {
  const { locale } = useDisplayFormat();
  return (
    <button type="button" className="deal-quote" onClick={() => onOpen(q.id)} data-testid="deal-quote">
      <FileText size={13} className="deal-quote__icon" aria-hidden="true" />
      <span className="deal-quote__number tabular">{q.display_number}</span>
      <span className="deal-quote__title">{q.title}</span>
      <StatusPill status={q.status} />
      <span className="deal-quote__total tabular">{formatMoney(q.total, q.currency, locale)}</span>
      <span className="deal-quote__valid tabular" title="Valid until">
        {q.valid_until && `until ${formatDay(q.valid_until, locale, "short")}`}
      </span>
    </button>
  );
}

/** Each quote's current revision with the ones it replaced, newest first. */
function seriesOf(quotes: QuoteSummary[]): { current: QuoteSummary; earlier: QuoteSummary[] }[] {
  const bySeries = new Map<string, QuoteSummary[]>();
  for (const q of quotes) bySeries.set(q.series_id, [...(bySeries.get(q.series_id) ?? []), q]);
  return [...bySeries.values()].map((revisions) => {
    const sorted = [...revisions].sort((a, b) => b.revision - a.revision);
    const current = sorted.find((r) => r.current) ?? sorted[0]!;
    return { current, earlier: sorted.filter((r) => r !== current) };
  });
}
