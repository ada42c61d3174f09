// Usage: <CustomFieldInputs table="deals" idPrefix="deal" value={draft.custom} onValueChange={(next, fieldId) => { set("custom")(next); form.clearField(`custom.${fieldId}`); }} errors={form.errors} />
import { RotateCw } from "lucide-react";
import { useEffect } from "react";
import { Button } from "../../components/Button";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import type { CustomField, CustomValue } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { useCustomFields } from "./custom-field-queries";
import { valueOf, withValue } from "./custom-values";
import "./custom-fields.css";

/**
 * The "More fields" group of a record form: one input per custom field of `table`, in the
 * order Settings gives them. Backend errors arrive keyed `custom.<field id>`. Renders nothing
 * when the table has no custom fields.
 */
export function CustomFieldInputs({
  table,
  idPrefix,
  value,
  onValueChange,
  errors,
  headingClassName = "contact-form__section",
}: {
  table: RecordTable;
  idPrefix: string;
  value: CustomValue[];
  /** The whole new list, and which field changed (to clear its error). */
  onValueChange: (next: CustomValue[], fieldId: string) => void;
  errors: Record<string, string>;
  headingClassName?: string;
}) {
  const fields = useCustomFields(table);
  const headingId = `${idPrefix}-custom-heading`;

  // A record keeps the values of a field that is now in the Trash; sending them back would be
  // refused, so the draft drops them once the live fields are known.
  useEffect(() => {
    if (!fields.data) return;
    const live = new Set(fields.data.map((f) => f.id));
    const kept = value.filter((v) => live.has(v.field_id));
    if (kept.length !== value.length) onValueChange(kept, "");
  }, [fields.data, value, onValueChange]);

  if (fields.isPending) {
    return (
      <div className="custom-inputs__loading" aria-busy="true" aria-label="Loading more fields">
        <span className="skeleton" style={{ width: "30%" }} />
      </div>
    );
  }
  if (fields.isError) {
    return (
      <p className="custom-inputs__failure" role="alert">
        Couldn’t load this workspace’s custom fields; values you set before are kept.
        <Button size="small" variant="ghost" onClick={() => void fields.refetch()}>
          <RotateCw aria-hidden="true" />
          Try again
        </Button>
      </p>
    );
  }
  if (fields.data.length === 0) return null;

  return (
    <section className="custom-inputs" aria-labelledby={headingId}>
      <h3 id={headingId} className={headingClassName}>
        More fields
      </h3>
      {errors.custom && (
        <p className="field__error" role="alert">
          {errors.custom}
        </p>
      )}
      <div className="custom-inputs__grid">
        {fields.data.map((field) => (
          <CustomFieldInput
            key={field.id}
            id={`${idPrefix}-custom-${field.id}`}
            field={field}
            value={valueOf(value, field.id)}
            onValueChange={(next) => onValueChange(withValue(value, field.id, next), field.id)}
            error={errors[`custom.${field.id}`]}
          />
        ))}
      </div>
    </section>
  );
}

function CustomFieldInput({
  id,
  field,
  value,
  onValueChange,
  error,
}: {
  id: string;
  field: CustomField;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}) {
  const common = { id, label: field.label, value, onValueChange, error };
  switch (field.kind) {
    case "choice":
      return (
        <SelectField
          {...common}
          options={[{ value: "", label: "—" }, ...field.options.map((o) => ({ value: o.id, label: o.label }))]}
        />
      );
    case "number":
      return <TextField {...common} inputMode="decimal" autoComplete="off" placeholder="e.g. 1200.50" className="tabular" />;
    case "date":
      return <TextField {...common} type="date" />;
    default:
      return <TextField {...common} autoComplete="off" />;
  }
}
