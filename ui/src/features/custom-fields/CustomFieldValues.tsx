// Usage: inside a record's <dl className="facts">, <CustomFieldValues table="deals" values={deal.custom} />
import { useDisplayFormat } from "../../components/format-context";
import type { CustomValue } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { useCustomFields } from "./custom-field-queries";
import { displayValue, valueOf } from "./custom-values";

/**
 * The set custom values of one record as <dt>/<dd> pairs, in the fields' order; unset fields
 * are left out so the pane stays short. Renders nothing until the fields load.
 */
export function CustomFieldValues({ table, values }: { table: RecordTable; values: CustomValue[] }) {
  const fields = useCustomFields(table, { enabled: values.length > 0 });
  const { locale } = useDisplayFormat();
  if (!fields.data) return null;
  return (
    <>
      {fields.data.map((field) => {
        const value = valueOf(values, field.id);
        if (value === "") return null;
        return (
          <div key={field.id} className="custom-value" data-testid="custom-value">
            <dt>{field.label}</dt>
            <dd className={field.kind === "number" ? "tabular" : undefined}>{displayValue(field, value, locale)}</dd>
          </div>
        );
      })}
    </>
  );
}
