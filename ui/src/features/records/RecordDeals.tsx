// The deals of a contact or company, each opening on the deals screen.
import { Handshake } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { toAppError } from "../../ipc/app-error";
import { useDealsOf } from "./record-queries";
import "./records.css";

export function RecordDeals({
  link,
  headingClassName,
}: {
  link: { contact_id: string } | { company_id: string };
  headingClassName: string;
}) {
  const { openDeal, newDeal } = useNavigation();
  const { locale } = useDisplayFormat();
  const deals = useDealsOf(link);
  const total = deals.data?.total;

  return (
    <section className="record-deals" aria-labelledby={`deals-of-${Object.values(link)[0]}`}>
      <h3 id={`deals-of-${Object.values(link)[0]}`} className={headingClassName}>
        Deals{total ? <span className="record-deals__count tabular"> {total}</span> : null}
      </h3>
      {deals.isPending ? (
        <div className="record-deals__loading" aria-busy="true" aria-label="Loading deals">
          <span className="skeleton" style={{ width: "60%" }} />
        </div>
      ) : deals.isError ? (
        <p className="field__error" role="alert">
          Couldn’t load the deals: {toAppError(deals.error).message}{" "}
          <button type="button" className="link-button" onClick={() => void deals.refetch()}>
            Try again
          </button>
        </p>
      ) : deals.data.rows.length === 0 ? (
        <p className="muted record-deals__empty">
          No deals yet. A deal tracks one sale through your pipeline.{" "}
          <Button size="small" variant="ghost" onClick={newDeal}>
            <Handshake aria-hidden="true" />
            New deal
          </Button>
        </p>
      ) : (
        <ul className="record-deals__list" aria-label="Deals">
          {deals.data.rows.map((deal) => (
            <li key={deal.id}>
              <button type="button" className="record-deals__row" onClick={() => openDeal(deal.id)}>
                <span className="record-deals__name">{deal.name}</span>
                <span className="chip">{deal.stage_name}</span>
                <span className="record-deals__amount tabular">{formatMoney(deal.amount, deal.currency, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
