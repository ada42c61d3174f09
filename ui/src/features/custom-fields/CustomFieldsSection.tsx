// Settings → Custom fields: the workspace's own fields on contacts, companies and deals.
import { Plus, SlidersHorizontal } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { TabList, tabPanelProps } from "../../components/TabList";
import { TableHead } from "../../components/TableHead";
import { RowActions } from "../settings/RowActions";
import type { CustomField } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { ConfirmRemoval } from "../settings/ConfirmRemoval";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { SettingsSection } from "../settings/SettingsSection";
import { kindLabels, useCustomFields, useDeleteCustomField } from "./custom-field-queries";
import { CustomFieldDialog } from "./CustomFieldDialog";
import "./custom-fields.css";

const tables: { table: RecordTable; label: string; singular: string }[] = [
  { table: "contacts", label: "Contacts", singular: "contact" },
  { table: "companies", label: "Companies", singular: "company" },
  { table: "deals", label: "Deals", singular: "deal" },
];

export function CustomFieldsSection() {
  const [active, setActive] = useState<RecordTable>("contacts");
  const [editing, setEditing] = useState<CustomField | "new" | null>(null);
  const [removing, setRemoving] = useState<CustomField | null>(null);
  const remove = useDeleteCustomField();
  const current = tables.find((t) => t.table === active) ?? tables[0]!;

  return (
    <SettingsSection
      id="settings-custom-fields"
      title="Custom fields"
      description="Your own fields on contacts, companies and deals — text, numbers, dates or a list of choices. They appear under “More fields” in each form and can be filtered on."
      actions={
        <Button size="small" onClick={() => setEditing("new")}>
          <Plus aria-hidden="true" />
          Add {current.singular} field
        </Button>
      }
    >
      <TabList
        prefix="custom-fields"
        label="Record type"
        tabs={tables.map((t) => ({ value: t.table, label: t.label }))}
        value={active}
        onValueChange={setActive}
      />
      <div {...tabPanelProps("custom-fields", active)} className="custom-fields__panel">
        <FieldList
          key={active}
          table={active}
          singular={current.singular}
          onAdd={() => setEditing("new")}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
      </div>
      {editing && (
        <CustomFieldDialog
          table={active}
          tableLabel={current.singular}
          field={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete the field “${removing?.label ?? ""}”?`}
        description="It disappears from forms, panes and filters. Its values are kept: restore the field from Trash to bring them back."
        confirmLabel="Delete field"
      />
    </SettingsSection>
  );
}

function FieldList({
  table,
  singular,
  onAdd,
  onEdit,
  onRemove,
}: {
  table: RecordTable;
  singular: string;
  onAdd: () => void;
  onEdit: (field: CustomField) => void;
  onRemove: (field: CustomField) => void;
}) {
  const fields = useCustomFields(table);
  if (fields.isPending) return <SectionLoading />;
  if (fields.isError) {
    return <SectionError what="custom fields" error={fields.error} onRetry={() => void fields.refetch()} />;
  }
  if (fields.data.length === 0) {
    return (
      <div className="custom-fields__empty">
        <p>
          <SlidersHorizontal size={13} aria-hidden="true" /> No {singular} fields yet. Add one for what your team tracks
          that Tandem doesn’t — a renewal date, a seat count, a customer tier — and it shows up in every {singular} form.
        </p>
        <Button size="small" onClick={onAdd}>
          <Plus aria-hidden="true" />
          Add {singular} field
        </Button>
      </div>
    );
  }
  return (
    <table className="settings-table">
      <TableHead columns={["Name", "Kind", "Choices"]} />
      <tbody>
        {fields.data.map((field) => (
          <tr key={field.id}>
            <td>{field.label}</td>
            <td>
              <span className="chip">{kindLabels[field.kind]}</span>
            </td>
            <td className="custom-fields__choices-cell" title={field.options.map((o) => o.label).join(", ")}>
              {field.kind === "choice" ? field.options.map((o) => o.label).join(", ") : "—"}
            </td>
            <RowActions name={field.label} onEdit={() => onEdit(field)} onDelete={() => onRemove(field)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
