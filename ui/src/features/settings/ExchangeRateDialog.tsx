// Add or edit one exchange rate; the rate stays a decimal string end to end.
import { useMemo } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { ExchangeRate, ExchangeRateInput } from "../../ipc/bindings";
import { currencyOptions } from "./choice-lists";
import { useSaveExchangeRate } from "./settings-queries";

export function ExchangeRateDialog({
  rate,
  baseCurrency,
  onClose,
}: {
  rate: ExchangeRate | null;
  baseCurrency: string;
  onClose: () => void;
}) {
  const { draft: input, set, form, submit } = useDraftForm<ExchangeRateInput>({
    id: rate?.id ?? null,
    currency: rate?.currency ?? "",
    rate: rate?.rate ?? "",
    valid_from: rate?.valid_from ?? new Date().toISOString().slice(0, 10),
  });
  const save = useSaveExchangeRate();
  const currencies = useMemo(() => currencyOptions().filter((c) => c.value !== baseCurrency), [baseCurrency]);

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={rate ? "Edit exchange rate" : "Add exchange rate"}
      description={`How many ${baseCurrency} one unit of the currency is worth, from a given date.`}
    >
      <form className="settings-form" noValidate onSubmit={submit(save, { onSuccess: onClose })}>
        <FailureBanner message={form.failure} />
        <SelectField id="rate-currency" label="Currency" value={input.currency} options={currencies} onValueChange={set("currency")} error={form.errors.currency} />
        <TextField
          id="rate-rate"
          label={`Rate in ${baseCurrency}`}
          inputMode="decimal"
          className="tabular"
          value={input.rate}
          onValueChange={set("rate")}
          error={form.errors.rate}
          hint={input.currency && input.rate ? `1 ${input.currency} = ${input.rate} ${baseCurrency}` : "For example 0.9215"}
        />
        <TextField id="rate-valid-from" label="Valid from" type="date" value={input.valid_from} onValueChange={set("valid_from")} error={form.errors.valid_from} />
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
