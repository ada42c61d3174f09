// The quote's lines in print order, each with the engine's figures (matched by position).
import { movedRow } from "../../components/moved-row";
import type { QuoteLine, QuoteTotals, WorkspaceTaxRate } from "../../ipc/bindings";
import { lineId } from "./quote-input";
import { QuoteLineRow } from "./QuoteLineRow";
import { SectionRow } from "./SectionRow";

export function QuoteLinesTable({
  lines,
  editable,
  currency,
  totals,
  errors,
  taxRates,
  onLinesChange,
}: {
  lines: QuoteLine[];
  editable: boolean;
  currency: string;
  totals: QuoteTotals | null;
  errors: Map<number, Record<string, string>>;
  taxRates: WorkspaceTaxRate[];
  onLinesChange: (lines: QuoteLine[]) => void;
}) {
  const rowProps = (index: number) => ({
    index,
    count: lines.length,
    editable,
    currency,
    errors: errors.get(index),
    onChange: (line: QuoteLine) => onLinesChange(lines.map((l, i) => (i === index ? line : l))),
    onMove: (step: -1 | 1) => onLinesChange(movedRow(lines, index, step)),
    onRemove: () => onLinesChange(lines.filter((_, i) => i !== index)),
  });

  return (
    <table className={`quote-lines${editable ? "" : " quote-lines--read"}`} aria-label="Lines">
      <colgroup>
        <col />
        <col className="quote-lines__col--qty" />
        <col className="quote-lines__col--price" />
        <col className="quote-lines__col--discount" />
        <col className="quote-lines__col--billing" />
        <col />
        <col className="quote-lines__col--figure" />
        <col className="quote-lines__col--figure" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="quote-lines__number">
            Qty
          </th>
          <th scope="col" className="quote-lines__number">
            Unit price
          </th>
          <th scope="col" className="quote-lines__number">
            Discount
          </th>
          <th scope="col">Billing</th>
          <th scope="col">
            <span className="visually-hidden">Options</span>
          </th>
          <th scope="col" className="quote-lines__number">
            Net
          </th>
          <th scope="col" className="quote-lines__number">
            Total
          </th>
          <th scope="col">
            <span className="visually-hidden">Order</span>
          </th>
        </tr>
      </thead>
      {lines.map((line, index) =>
        line.kind === "section" ? (
          <SectionRow key={lineId(line) || index} line={line} figures={totals?.sections.find((s) => s.position === index)} {...rowProps(index)} />
        ) : (
          <QuoteLineRow
            key={lineId(line) || index}
            line={line}
            figures={totals?.lines.find((l) => l.position === index)}
            taxRates={taxRates}
            {...rowProps(index)}
          />
        ),
      )}
    </table>
  );
}
