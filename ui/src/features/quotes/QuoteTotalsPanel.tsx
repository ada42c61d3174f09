// The quote's totals as the engine printed them: net, each tax, the document discount, the total,
// what is charged once, monthly and yearly, the contract value; and, for the seller, the margin.
import { Calculator } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import type { QuoteTotals } from "../../ipc/bindings";
import { percentOf } from "../catalog/catalog-labels";
import { ComputationDialog } from "./ComputationDialog";
import { taxesText } from "./quote-labels";

/** Zero as the engine writes it ("0.00", "0"): a test on the text, not arithmetic. */
const isZero = (amount: string) => /^-?0*(\.0*)?$/.test(amount);

export function QuoteTotalsPanel({
  totals,
  showMargin,
  problem,
  updating,
}: {
  totals: QuoteTotals | null;
  showMargin: boolean;
  /** Why there are no totals now, e.g. a line with an invalid quantity. */
  problem: string | null;
  /** The figures are for the lines as they were a moment ago. */
  updating: boolean;
}) {
  const { locale } = useDisplayFormat();
  const [explaining, setExplaining] = useState(false);

  if (!totals) {
    return (
      <aside className="quote-totals" aria-label="Totals">
        <p className="quote-totals__problem">{problem ?? "Totals show once the lines are complete."}</p>
      </aside>
    );
  }
  const money = (amount: string) => formatMoney(amount, totals.currency, locale);
  const single = totals.document_discount.length === 1;
  const recurring = !isZero(totals.monthly.total) || !isZero(totals.yearly.total);

  return (
    <aside className={`quote-totals${updating ? " quote-totals--updating" : ""}`} aria-label="Totals" aria-busy={updating}>
      <dl className="quote-totals__list">
        {totals.document_discount.map((d) => (
          <Row key={d.group} term={single ? "Document discount" : `Document discount · group ${d.group + 1}`}>
            {money(d.amount.net)}
          </Row>
        ))}
        <Row term="Net">{money(totals.grand.net)}</Row>
        {totals.taxes.map((tax) => (
          <Row key={tax.name} term={`${taxesText([tax])} on ${money(tax.base)}`}>
            {money(tax.amount)}
          </Row>
        ))}
        <Row term="Total" strong testId="quote-grand-total">
          {money(totals.grand.total)}
        </Row>
      </dl>
      {recurring && (
        <dl className="quote-totals__list quote-totals__list--charged">
          <Row term="One-time">{money(totals.one_time.total)}</Row>
          {!isZero(totals.monthly.total) && <Row term="Monthly">{money(totals.monthly.total)} / month</Row>}
          {!isZero(totals.yearly.total) && <Row term="Yearly">{money(totals.yearly.total)} / year</Row>}
          <Row term="Total contract value" strong>
            {money(totals.contract_value.total)}
          </Row>
        </dl>
      )}
      {showMargin && (
        <section className="quote-margin" aria-labelledby="quote-margin-title">
          <h3 id="quote-margin-title" className="quote-margin__title">
            Margin <span className="quote-margin__private">Only you see this</span>
          </h3>
          <dl className="quote-totals__list">
            <Row term="Cost">{money(totals.margin.cost)}</Row>
            <Row term="Margin">
              {money(totals.margin.margin)}
              {totals.margin.percent !== null && <span className="muted"> · {percentOf(totals.margin.percent, locale)}</span>}
            </Row>
          </dl>
          {totals.margin.lines_without_cost > 0 && (
            <p className="quote-margin__note">
              {totals.margin.lines_without_cost === 1 ? "1 line without cost" : `${totals.margin.lines_without_cost} lines without cost`}: counted at
              zero, so the margin is overstated.
            </p>
          )}
        </section>
      )}
      <Button size="small" variant="ghost" className="quote-totals__explain" onClick={() => setExplaining(true)}>
        <Calculator aria-hidden="true" />
        How is this computed
      </Button>
      {explaining && <ComputationDialog totals={totals} onClose={() => setExplaining(false)} />}
    </aside>
  );
}

function Row({ term, strong, testId, children }: { term: string; strong?: boolean; testId?: string; children: ReactNode }) {
  return (
    <div className={`quote-totals__row${strong ? " quote-totals__row--strong" : ""}`}>
      <dt>{term}</dt>
      <dd className="tabular" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
