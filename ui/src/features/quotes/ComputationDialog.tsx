// "How is this computed": every line's arithmetic, step by step, and where rounding differences went.
import { Modal } from "../../components/Modal";
import type { QuoteTotals, RoundingMethod, Step } from "../../ipc/bindings";
import { groupName, spreadSentences, stepSentence } from "./computation-steps";

const methods: Record<RoundingMethod, string> = {
  half_up: "half up",
  half_even: "half to even",
  up: "up (away from zero)",
  down: "down (toward zero)",
};

export function ComputationDialog({ totals, onClose }: { totals: QuoteTotals; onClose: () => void }) {
  const rounding =
    totals.rounding === "per_line" ? "each line is rounded on its own" : "each tax group is rounded once and the difference spread over its lines";
  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title="How this quote is computed"
      description={`Prices are ${totals.prices === "tax_included" ? "tax-included" : "tax-excluded"}; ${rounding}, ${methods[totals.method]}, to ${totals.decimals} decimals in ${totals.currency}.`}
    >
      <div className="quote-explain">
        {totals.lines.map((line) => (
          <section key={line.position} className="quote-explain__line">
            <h3 className="quote-explain__name">
              {line.name || `Line ${line.position + 1}`}
              {!line.included && <span className="muted"> · optional, not chosen: in no total</span>}
            </h3>
            <Steps steps={line.amount.steps} />
            {line.parts.map((part, i) => (
              <div key={i} className="quote-explain__part">
                <h4 className="quote-explain__part-name">{part.name}</h4>
                <Steps steps={part.amount.steps} />
              </div>
            ))}
          </section>
        ))}
        {totals.document_discount.map((discount) => (
          <section key={`discount-${discount.group}`} className="quote-explain__line">
            <h3 className="quote-explain__name">Document discount · {groupName(discount.group, totals.groups)}</h3>
            <Steps steps={discount.amount.steps} />
          </section>
        ))}
        {totals.spreads.length > 0 && (
          <section className="quote-explain__line">
            <h3 className="quote-explain__name">Rounding differences</h3>
            {totals.spreads.map((spread, i) => (
              <div key={i} className="quote-explain__part">
                <h4 className="quote-explain__part-name">{groupName(spread.group, totals.groups)}</h4>
                <ul className="quote-explain__steps">
                  {spreadSentences(spread, totals).map((sentence) => (
                    <li key={sentence} className="tabular">
                      {sentence}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        )}
      </div>
    </Modal>
  );
}

function Steps({ steps }: { steps: Step[] }) {
  return (
    <ol className="quote-explain__steps">
      {steps.map((step, i) => (
        <li key={i} className="tabular">
          {stepSentence(step)}
        </li>
      ))}
    </ol>
  );
}
