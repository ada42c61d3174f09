// Adds one custom-field condition to a list's filter: pick a field, how to compare, and a value.
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import type { CustomFilter, FilterOp } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { useCustomFields } from "./custom-field-queries";
import { opLabel, opNeedsValue, opsFor } from "./custom-filter";

export function CustomFilterDialog({
  table,
  onAdd,
  onClose,
}: {
  table: RecordTable;
  onAdd: (filter: CustomFilter) => void;
  onClose: () => void;
}) {
  const fields = useCustomFields(table);
  const [fieldId, setFieldId] = useState("");
  const [chosenOp, setOp] = useState<FilterOp | "">("");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();

  const list = fields.data ?? [];
  const field = list.find((f) => f.id === fieldId) ?? list[0];
  const ops = field ? opsFor(field.kind) : [];
  const op: FilterOp | undefined = chosenOp && ops.includes(chosenOp) ? chosenOp : ops[0];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!field || !op) return;
    const needsValue = opNeedsValue(op);
    const clean = needsValue ? value.trim() : "";
    if (needsValue && !clean) {
      setError(field.kind === "choice" ? "Pick a choice." : "Enter a value to compare with.");
      return;
    }
    onAdd({ field_id: field.id, op, value: clean });
    onClose();
  }

  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title="Filter by a custom field">
      {fields.isPending ? (
        <SectionLoading />
      ) : fields.isError ? (
        <SectionError what="custom fields" error={fields.error} onRetry={() => void fields.refetch()} />
      ) : !field || !op ? (
        <>
          <p className="dialog__description">
            There are no custom fields here yet. Add one in Settings → Custom fields (a tier, a renewal date, a seat count),
            then filter on it here.
          </p>
          <div className="dialog__actions">
            <Button onClick={onClose}>Close</Button>
          </div>
        </>
      ) : (
        <form className="settings-form" noValidate onSubmit={submit}>
          <SelectField
            id="custom-filter-field"
            label="Field"
            value={field.id}
            options={list.map((f) => ({ value: f.id, label: f.label }))}
            onValueChange={(next) => {
              setFieldId(next);
              setValue("");
              setError(undefined);
            }}
          />
          <SelectField
            id="custom-filter-op"
            label="Condition"
            value={op}
            options={ops.map((o) => ({ value: o, label: opLabel(field.kind, o) }))}
            onValueChange={(next) => {
              setOp(next as FilterOp);
              setError(undefined);
            }}
          />
          {opNeedsValue(op) &&
            (field.kind === "choice" ? (
              <SelectField
                id="custom-filter-value"
                label="Value"
                value={value}
                options={[{ value: "", label: "Pick a choice…" }, ...field.options.map((o) => ({ value: o.id, label: o.label }))]}
                onValueChange={(next) => {
                  setValue(next);
                  setError(undefined);
                }}
                error={error}
              />
            ) : (
              <TextField
                id="custom-filter-value"
                label="Value"
                type={field.kind === "date" ? "date" : "text"}
                inputMode={field.kind === "number" ? "decimal" : undefined}
                value={value}
                autoComplete="off"
                onValueChange={(next) => {
                  setValue(next);
                  setError(undefined);
                }}
                error={error}
              />
            ))}
          <div className="dialog__actions">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary">
              Add filter
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
