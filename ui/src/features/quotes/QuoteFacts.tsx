// The quote's own fields above its lines: title, who it is for, how long it holds, how prices read.
import type { ReactNode } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { SelectField, type SelectOption } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import type { PriceMode, QuoteDetail, QuoteInput } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { useDeal } from "../deals/deal-queries";

const priceModes: { value: PriceMode; label: string }[] = [
  { value: "tax_excluded", label: "Tax excluded" },
  { value: "tax_included", label: "Tax included" },
];
const priceModeLabel = (mode: PriceMode) => priceModes.find((m) => m.value === mode)!.label;

export function QuoteFacts({
  detail,
  input,
  editable,
  errors,
  onChange,
}: {
  detail: QuoteDetail;
  input: QuoteInput;
  editable: boolean;
  errors: Record<string, string>;
  onChange: (change: Partial<QuoteInput>) => void;
}) {
  const contacts = useContactOptions(detail, input.contact_id);
  const { locale } = useDisplayFormat();
  if (!editable) {
    return (
      <dl className="quote-facts quote-facts--read">
        <Fact term="Title">{input.title}</Fact>
        <Fact term="For">{detail.contact_name || "—"}</Fact>
        <Fact term="Valid until">{formatDay(input.valid_until, locale)}</Fact>
        <Fact term="Prices">{priceModeLabel(input.prices)}</Fact>
      </dl>
    );
  }
  return (
    <div className="quote-facts">
      <TextField
        id="quote-title"
        label="Title"
        className="quote-facts__title"
        value={input.title}
        onValueChange={(title) => onChange({ title })}
        error={errors.title}
        autoComplete="off"
      />
      <SelectField
        id="quote-contact"
        label="For"
        value={input.contact_id ?? ""}
        options={contacts}
        onValueChange={(id) => onChange({ contact_id: id || null })}
        error={errors.contact_id}
      />
      <TextField
        id="quote-valid-until"
        label="Valid until"
        type="date"
        className="tabular"
        value={input.valid_until}
        onValueChange={(valid_until) => onChange({ valid_until })}
        error={errors.valid_until}
      />
      <div className="field">
        <span className="field__label">Prices</span>
        <SegmentedChoice label="Prices" options={priceModes} value={input.prices} onValueChange={(prices) => onChange({ prices })} />
      </div>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="quote-facts__fact">
      <dt className="field__label">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The deal's people (the primary contact first), and the quote's own contact if it is no longer on the deal. */
function useContactOptions(detail: QuoteDetail, contactId: string | null): SelectOption[] {
  const deal = useDeal(detail.quote.deal_id).data;
  const options: SelectOption[] = [{ value: "", label: "Nobody yet" }];
  const add = (value: string, label: string) => {
    if (!options.some((o) => o.value === value)) options.push({ value, label });
  };
  if (deal?.primary_contact_id) add(deal.primary_contact_id, deal.primary_contact_name);
  for (const person of deal?.contacts ?? []) add(person.contact_id, person.role ? `${person.name} · ${person.role}` : person.name);
  if (contactId) add(contactId, detail.contact_name || "A contact no longer on the deal");
  return options;
}
