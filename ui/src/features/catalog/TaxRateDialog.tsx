// Add or edit one tax rate; the percent stays decimal text end to end.
import { CheckboxField } from "../../components/CheckboxField";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { WorkspaceTaxRate, WorkspaceTaxRateInput } from "../../ipc/bindings";
import { useSaveTaxRate } from "./catalog-queries";

export function TaxRateDialog({ rate, onClose }: { rate: WorkspaceTaxRate | null; onClose: () => void }) {
  const { draft, set, form, submit } = useDraftForm<WorkspaceTaxRateInput>({
    name: rate?.name ?? "",
    percent: rate?.percent ?? "",
    active: rate?.active ?? true,
  });
  const save = useSaveTaxRate(rate?.id ?? null);

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={rate ? "Edit tax rate" : "Add tax rate"}
      description="Products carry their tax rates onto quotes."
    >
      <form className="settings-form" noValidate onSubmit={submit(save, { onSuccess: onClose })}>
        <FailureBanner message={form.failure} />
        <div className="settings-form__grid">
          <TextField
            id="tax-rate-name"
            label="Name"
            value={draft.name}
            onValueChange={set("name")}
            error={form.errors.name}
            placeholder="e.g. VAT 20%"
            autoComplete="off"
            autoFocus
          />
          <TextField
            id="tax-rate-percent"
            label="Percent"
            inputMode="decimal"
            className="tabular"
            value={draft.percent}
            onValueChange={set("percent")}
            error={form.errors.percent}
            hint="0 to 100, e.g. 20 or 5.5"
          />
        </div>
        <CheckboxField
          id="tax-rate-active"
          label="Active"
          checked={draft.active}
          onCheckedChange={set("active")}
          hint="Only active rates can be chosen for products; products keep the inactive ones they have."
        />
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
