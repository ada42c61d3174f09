// The Quote tab: who and until when, the lines, the document discount and terms, with the totals
// beside. Figures come from the engine as the user types (quoteTotals, debounced); its field
// errors land on the line and input they name.
import { FailureBanner } from "../../components/FailureBanner";
import { TextAreaField } from "../../components/TextAreaField";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { isAppError, toAppError } from "../../ipc/app-error";
import type { FieldError, QuoteDetail, QuoteInput, QuoteLine } from "../../ipc/bindings";
import { useTaxRates } from "../catalog/catalog-queries";
import { AddLineBar } from "./AddLineBar";
import { DiscountInput } from "./DiscountInput";
import { draftOf } from "./quote-input";
import { sortFieldErrors } from "./quote-field-errors";
import { useQuoteTotals } from "./quote-queries";
import { QuoteFacts } from "./QuoteFacts";
import { QuoteLinesTable } from "./QuoteLinesTable";
import { QuoteTotalsPanel } from "./QuoteTotalsPanel";
import type { QuoteEditor } from "./use-quote-editor";

export const totalsDebounceMs = 100;

const fieldsOf = (error: unknown): FieldError[] => (isAppError(error) && error.code === "validation" ? error.fields : []);

export function QuoteBuilder({ detail, editor }: { detail: QuoteDetail; editor: QuoteEditor }) {
  const { input, editable } = editor;
  const typed = useDebouncedValue(input, totalsDebounceMs);
  const computed = useQuoteTotals(editable ? draftOf(detail.quote, typed) : null);
  const taxRates = (useTaxRates().data ?? []).filter((r) => r.active);

  // Until the first figures for the draft arrive, the stored quote's figures stand in.
  const totals = editable ? (computed.isError ? null : (computed.data ?? (computed.isPending ? detail.totals : null))) : detail.totals;
  const engineFields = editable ? fieldsOf(computed.error) : detail.problems;
  const errors = sortFieldErrors([...engineFields, ...fieldsOf(editor.saveError)]);
  // An engine error that names no field (or one without an input here) still needs saying; a save
  // error without a field is said once, by the header's save status.
  const failure =
    (editable && computed.isError && engineFields.length === 0 ? toAppError(computed.error).message : null) ??
    ([errors.quote.currency, errors.quote.lines].find(Boolean) || null);

  const change = (patch: Partial<QuoteInput>) => editor.update((current) => ({ ...current, ...patch }));
  const setLines = (lines: QuoteLine[]) => change({ lines });

  function addLine(line: QuoteLine) {
    const index = input.lines.length;
    editor.update((current) => ({ ...current, lines: [...current.lines, line] }));
    // Straight to typing: the new line's name (or heading) takes the focus.
    requestAnimationFrame(() => document.getElementById(`quote-line-${index}-name`)?.focus());
  }

  return (
    <div className="quote-builder">
      <div className="quote-builder__main">
        <FailureBanner message={failure} />
        <QuoteFacts detail={detail} input={input} editable={editable} errors={errors.quote} onChange={change} />
        {input.lines.length === 0 && !editable ? (
          <p className="muted">No lines.</p>
        ) : (
          <QuoteLinesTable
            lines={input.lines}
            editable={editable}
            currency={detail.quote.draft.currency}
            totals={totals}
            errors={errors.lines}
            taxRates={taxRates}
            onLinesChange={setLines}
          />
        )}
        {input.lines.length === 0 && editable && (
          <p className="quote-builder__empty">Add products from the catalog, free lines typed by hand, and headings to group them.</p>
        )}
        {editable && <AddLineBar currency={detail.quote.draft.currency} taxRates={taxRates} onAdd={addLine} />}
        <div className="quote-builder__closing">
          <div className="field quote-builder__discount">
            <label className="field__label" htmlFor="quote-document-discount">
              Discount on the whole quote
            </label>
            <DiscountInput
              id="quote-document-discount"
              label="Discount on the whole quote"
              discount={input.document_discount}
              currency={detail.quote.draft.currency}
              readOnly={!editable}
              error={errors.quote.document_discount}
              errorId="quote-document-discount-error"
              onChange={(document_discount) => change({ document_discount })}
            />
            {errors.quote.document_discount && (
              <span id="quote-document-discount-error" className="field__error" role="alert">
                {errors.quote.document_discount}
              </span>
            )}
          </div>
          <TextAreaField
            id="quote-terms"
            label="Terms"
            className="quote-builder__terms"
            value={input.terms}
            onValueChange={(terms) => change({ terms })}
            error={errors.quote.terms}
            readOnly={!editable}
            rows={4}
            placeholder="Payment terms, delivery, what the price includes…"
          />
        </div>
      </div>
      <QuoteTotalsPanel
        totals={totals}
        showMargin={detail.show_margin}
        problem={errors.lines.size > 0 ? "Fix the lines marked in red to see the totals." : null}
        updating={editable && computed.isPlaceholderData}
      />
    </div>
  );
}
