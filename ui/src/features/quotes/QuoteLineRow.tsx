// One product, free or bundle line of the builder: what it is, how many, at what price and
// discount, how it is billed, whether the customer may leave it out; the engine's figures beside.
import { ChevronDown, ChevronRight } from "lucide-react";
import { useState, type InputHTMLAttributes } from "react";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import type { Billing, LineTotals, QuoteLine, Sale, WorkspaceTaxRate } from "../../ipc/bindings";
import { billingOptions } from "../catalog/catalog-labels";
import { BundleParts } from "./BundleParts";
import { DiscountInput } from "./DiscountInput";
import { LineErrorList } from "./LineErrorList";
import { invalidProps, lineErrorId } from "./line-errors";
import { lineColumns, type LineRowProps } from "./lines-table";
import { defaultTermMonths, withSale } from "./quote-input";
import { taxesText } from "./quote-labels";

type SoldLine = Extract<QuoteLine, { kind: "item" | "bundle" }>;

export function QuoteLineRow({
  line,
  index,
  count,
  editable,
  currency,
  figures,
  errors,
  taxRates,
  onChange,
  onMove,
  onRemove,
}: LineRowProps<SoldLine> & {
  /** The engine's figures for this line; missing while a line is invalid. */
  figures: LineTotals | undefined;
  /** Offered for a free line's tax. */
  taxRates: WorkspaceTaxRate[];
}) {
  const { locale } = useDisplayFormat();
  const [describing, setDescribing] = useState(false);
  const sale = line.sale;
  const n = index + 1;
  const id = (field: string) => `quote-line-${index}-${field}`;
  const change = (patch: Partial<Sale>) => onChange(withSale(line, patch));
  const recurring = sale.billing !== "one_time";
  const excluded = figures !== undefined && !figures.included;

  function changeBilling(billing: Billing) {
    const term_months = billing === "one_time" ? 0 : sale.term_months || defaultTermMonths;
    change({ billing, term_months });
  }

  return (
    <tbody className={`quote-line${excluded ? " quote-line--excluded" : ""}`} data-testid="quote-line">
      <tr className="quote-line__main">
        <td className="quote-line__item">
          <div className="quote-line__name-row">
            <button
              type="button"
              className="quote-line__toggle"
              aria-expanded={describing}
              aria-label={`Description of line ${n}`}
              title={describing ? "Hide the description" : "Show the description"}
              onClick={() => setDescribing(!describing)}
            >
              {describing ? <ChevronDown size={13} aria-hidden="true" /> : <ChevronRight size={13} aria-hidden="true" />}
            </button>
            <LineInput
              id={id("name")}
              className="quote-line__name"
              label={`Name of line ${n}`}
              placeholder="What is sold"
              value={sale.name}
              readOnly={!editable}
              invalid={invalidProps(errors, index, "sale.name")}
              onChange={(name) => change({ name })}
            />
          </div>
          <div className="quote-line__meta">
            {sale.sku && <span className="mono">{sale.sku}</span>}
            {sale.unit && <span>per {sale.unit}</span>}
            {line.kind === "bundle" ? (
              <span>bundle of {line.parts.length}</span>
            ) : sale.product_id === null && editable ? (
              <FreeLineTax line={line} index={index} taxRates={taxRates} onChange={onChange} />
            ) : (
              <span>{taxesText(line.taxes)}</span>
            )}
            {!describing && sale.description && <span className="quote-line__description-peek">{sale.description}</span>}
          </div>
        </td>
        <td>
          <LineInput
            id={id("quantity")}
            className="tabular quote-number"
            label={`Quantity of line ${n}`}
            inputMode="decimal"
            value={sale.quantity}
            readOnly={!editable}
            invalid={invalidProps(errors, index, "sale.quantity")}
            onChange={(quantity) => change({ quantity })}
          />
        </td>
        <td>
          <LineInput
            id={id("unit-price")}
            className="tabular quote-number"
            label={`Unit price of line ${n}`}
            inputMode="decimal"
            placeholder="0.00"
            value={sale.unit_price}
            readOnly={!editable}
            invalid={invalidProps(errors, index, "sale.unit_price")}
            onChange={(unit_price) => change({ unit_price })}
          />
        </td>
        <td>
          <DiscountInput
            id={id("discount")}
            label={`Discount of line ${n}`}
            discount={sale.discount}
            currency={currency}
            readOnly={!editable}
            error={errors?.["sale.discount"]}
            errorId={lineErrorId(index, "sale.discount")}
            onChange={(discount) => change({ discount })}
          />
        </td>
        <td>
          <div className="quote-line__billing">
            <select
              className="input"
              aria-label={`Billing of line ${n}`}
              value={sale.billing}
              disabled={!editable}
              onChange={(e) => changeBilling(e.target.value as Billing)}
            >
              {billingOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {recurring && (
              <LineInput
                id={id("term")}
                className="tabular quote-number quote-line__term"
                label={`Term in months of line ${n}`}
                title="Months billed"
                inputMode="numeric"
                value={sale.term_months ? String(sale.term_months) : ""}
                readOnly={!editable}
                invalid={invalidProps(errors, index, "sale.term_months")}
                onChange={(months) => change({ term_months: monthsOf(months) })}
              />
            )}
          </div>
        </td>
        <td className="quote-line__options">
          <label className="quote-line__check" title="The customer may leave it out">
            <input
              type="checkbox"
              checked={sale.optional}
              disabled={!editable}
              onChange={(e) => change({ optional: e.target.checked, selected: e.target.checked ? sale.selected : false })}
            />
            Optional
            <span className="visually-hidden"> line {n}</span>
          </label>
          {sale.optional && (
            <label className="quote-line__check" title="Counted in the totals">
              <input type="checkbox" checked={sale.selected} disabled={!editable} onChange={(e) => change({ selected: e.target.checked })} />
              Chosen
              <span className="visually-hidden"> line {n}</span>
            </label>
          )}
        </td>
        <td className="quote-figure tabular" title={excluded ? "Not in the totals unless the customer chooses it" : undefined}>
          {figures && formatMoney(figures.amount.net, currency, locale)}
        </td>
        <td className="quote-figure quote-figure--strong tabular" data-testid="line-total">
          {figures && formatMoney(figures.amount.total, currency, locale)}
        </td>
        <td className="quote-line__actions">
          {editable && <RowOrderButtons name={`line ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />}
        </td>
      </tr>
      {describing && (
        <tr className="quote-line__more">
          <td colSpan={lineColumns}>
            <textarea
              className="input quote-line__description"
              aria-label={`Description of line ${n}`}
              rows={3}
              placeholder="What the customer reads under the name"
              value={sale.description}
              readOnly={!editable}
              {...invalidProps(errors, index, "sale.description")}
              onChange={(e) => change({ description: e.target.value })}
            />
          </td>
        </tr>
      )}
      {line.kind === "bundle" && (
        <tr className="quote-line__more">
          <td colSpan={lineColumns}>
            <BundleParts parts={line.parts} figures={figures?.parts} currency={currency} />
          </td>
        </tr>
      )}
      <LineErrorList index={index} errors={errors} columns={lineColumns} />
    </tbody>
  );
}

/** One text input of a line, named for screen readers by what it is and which line. */
function LineInput({
  label,
  className,
  invalid,
  onChange,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value"> & {
  id: string;
  label: string;
  value: string;
  invalid: ReturnType<typeof invalidProps>;
  onChange: (value: string) => void;
}) {
  return (
    <input
      className={`input ${className ?? ""}`}
      aria-label={label}
      autoComplete="off"
      {...rest}
      {...invalid}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Whole months as typed; anything else is 0, which the engine names as missing. */
function monthsOf(text: string): number {
  const digits = text.replace(/\D/g, "").slice(0, 4);
  return digits ? Number(digits) : 0;
}

/** A free line's tax: one of the workspace's active rates, or none. */
function FreeLineTax({
  line,
  index,
  taxRates,
  onChange,
}: {
  line: Extract<QuoteLine, { kind: "item" }>;
  index: number;
  taxRates: WorkspaceTaxRate[];
  onChange: (line: QuoteLine) => void;
}) {
  const current = line.taxes[0];
  const chosen = taxRates.find((r) => current && r.name === current.name && r.percent === current.rate);
  // A rate no longer offered (renamed, inactive) stays visible rather than silently changing.
  const kept = current && !chosen && line.taxes.length > 0;
  return (
    <select
      className="quote-line__tax"
      aria-label={`Tax of line ${index + 1}`}
      value={chosen?.id ?? (kept ? "kept" : "")}
      onChange={(e) => {
        if (e.target.value === "kept") return;
        const rate = taxRates.find((r) => r.id === e.target.value);
        onChange({ ...line, taxes: rate ? [{ name: rate.name, rate: rate.percent }] : [] });
      }}
    >
      <option value="">No tax</option>
      {kept && <option value="kept">{taxesText(line.taxes)}</option>}
      {taxRates.map((r) => (
        <option key={r.id} value={r.id}>
          {taxesText([{ name: r.name, rate: r.percent }])}
        </option>
      ))}
    </select>
  );
}
