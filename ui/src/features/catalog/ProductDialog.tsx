// Add or edit one product: what it is, how it is counted and billed, its prices, taxes and bundle parts.
import { CheckboxField } from "../../components/CheckboxField";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDisplayFormat } from "../../components/format-context";
import { useDraftForm } from "../../components/use-draft-form";
import type { Billing, Product, ProductUnit } from "../../ipc/bindings";
import { billingOptions, percentOf, unitOptions } from "./catalog-labels";
import { useOfferedCurrencies, useSaveProduct, useTaxRates } from "./catalog-queries";
import { PartsEditor } from "./PartsEditor";
import { PricesEditor } from "./PricesEditor";
import { productDraftOf, productInputOf, type ProductDraft, type RowsTouched } from "./product-draft";

export function ProductDialog({
  product,
  baseCurrency,
  onClose,
}: {
  /** null: a new product. */
  product: Product | null;
  baseCurrency: string;
  onClose: () => void;
}) {
  const { draft, set, form, submit } = useDraftForm(productDraftOf(product, baseCurrency));
  const save = useSaveProduct(product?.id ?? null);
  const taxRates = useTaxRates();
  const currencies = useOfferedCurrencies();
  const { locale } = useDisplayFormat();
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: ProductDraft, options: { onSuccess: (saved: Product) => void; onError: (error: unknown) => void }) =>
      save.mutate(productInputOf(d), { onSuccess: options.onSuccess, onError: options.onError }),
  };

  // Errors are keyed by row position; once rows move or go, no position-keyed error is trustworthy.
  function rowsChanged<K extends "prices" | "parts">(key: K, rows: ProductDraft[K], touched: RowsTouched) {
    set(key)(rows);
    const count = Math.max(rows.length, draft[key].length);
    const indexes = touched === "all" ? Array.from({ length: count }, (_, i) => i) : [touched];
    for (const i of indexes) form.clearField(`${key}.${i}`);
  }

  // Active rates can be chosen; an inactive one the product already has stays visible so it is not dropped unseen.
  const offeredRates = (taxRates.data ?? []).filter((r) => r.active || draft.tax_rate_ids.includes(r.id));
  const toggleRate = (id: string, on: boolean) =>
    set("tax_rate_ids")(on ? [...draft.tax_rate_ids, id] : draft.tax_rate_ids.filter((t) => t !== id));

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={product ? `Edit “${product.name}”` : "Add product"}
      description="Quotes are built from it: the customer reads its name and description, priced in the quote’s currency."
    >
      <form className="settings-form product-form" noValidate onSubmit={submit(saveDraft, { onSuccess: onClose })}>
        <FailureBanner message={form.failure} />
        <div className="settings-form__grid">
          <TextField
            id="product-sku"
            label="SKU"
            value={draft.sku}
            onValueChange={set("sku")}
            error={form.errors.sku}
            placeholder="e.g. SEC-SEAT"
            autoComplete="off"
            spellCheck={false}
            autoFocus={!product}
          />
          <TextField id="product-name" label="Name" value={draft.name} onValueChange={set("name")} error={form.errors.name} autoComplete="off" />
          <SelectField
            id="product-unit"
            label="Unit"
            value={draft.unit}
            options={unitOptions}
            onValueChange={(v) => set("unit")(v as ProductUnit)}
            error={form.errors.unit}
          />
          <SelectField
            id="product-billing"
            label="Billing"
            value={draft.billing}
            options={billingOptions}
            onValueChange={(v) => set("billing")(v as Billing)}
            error={form.errors.billing}
          />
          <TextField
            id="product-cost"
            label={`Cost per unit (${baseCurrency})`}
            inputMode="decimal"
            className="tabular"
            value={draft.cost}
            onValueChange={set("cost")}
            error={form.errors.cost}
            hint="Optional; for the margin on quotes."
            autoComplete="off"
          />
          <TextField
            id="product-max-discount"
            label="Max discount without approval (%)"
            inputMode="decimal"
            className="tabular"
            value={draft.max_discount}
            onValueChange={set("max_discount")}
            error={form.errors.max_discount}
            hint="Optional; a larger discount on a quote needs a manager’s approval."
            autoComplete="off"
          />
          <CheckboxField
            id="product-active"
            label="Active"
            checked={draft.active}
            onCheckedChange={set("active")}
            hint="Inactive products stay in the catalog but are listed last."
          />
        </div>
        <TextAreaField
          id="product-description"
          label="Description"
          value={draft.description}
          onValueChange={set("description")}
          error={form.errors.description}
          rows={2}
        />
        <PricesEditor
          prices={draft.prices}
          onPricesChange={(rows, touched) => rowsChanged("prices", rows, touched)}
          currencies={currencies}
          errors={form.errors}
        />
        <fieldset className="catalog-rows">
          <legend className="field__label">Taxes</legend>
          {offeredRates.length === 0 ? (
            <p className="field__hint">No active tax rates. Add them under Tax rates to charge them on this product.</p>
          ) : (
            <div className="catalog-taxes">
              {offeredRates.map((rate) => (
                <CheckboxField
                  key={rate.id}
                  id={`product-tax-${rate.id}`}
                  label={`${rate.name} (${percentOf(rate.percent, locale)})${rate.active ? "" : " — inactive"}`}
                  checked={draft.tax_rate_ids.includes(rate.id)}
                  onCheckedChange={(on) => toggleRate(rate.id, on)}
                />
              ))}
            </div>
          )}
          {form.errors.tax_rate_ids && (
            <span className="field__error" role="alert">
              {form.errors.tax_rate_ids}
            </span>
          )}
        </fieldset>
        <PartsEditor
          productId={product?.id ?? null}
          parts={draft.parts}
          onPartsChange={(rows, touched) => rowsChanged("parts", rows, touched)}
          errors={form.errors}
        />
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
