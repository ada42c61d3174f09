// Add or edit one exchange rate; the rate stays a decimal string end to end.
import { useMemo, useState } from "react";
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useFormErrors } from "../../components/use-form-errors";
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
  const [input, setInput] = useState<ExchangeRateInput>({
    id: rate?.id ?? null,
    currency: rate?.currency ?? "",
    rate: rate?.rate ?? "",
    valid_from: rate?.valid_from ?? new Date().toISOString().slice(0, 10),
  });
  const form = useFormErrors();
  const save = useSaveExchangeRate();
  const currencies = useMemo(() => currencyOptions().filter((c) => c.value !== baseCurrency), [baseCurrency]);
  const set = (key: "currency" | "rate" | "valid_from") => (value: string) => {
    setInput((i) => ({ ...i, [key]: value }));
    form.clearField(key);
  };

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={rate ? "Edit exchange rate" : "Add exchange rate"}
      description={`How many ${baseCurrency} one unit of the currency is worth, from a given date.`}
    >
      <form
        className="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.reset();
          save.mutate(input, { onSuccess: onClose, onError: form.show });
        }}
      >
        {form.failure && <p className="banner" role="alert">{form.failure}</p>}
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
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            Save
          </Button>
        </div>
      </form>
    </Modal>
  );
}
