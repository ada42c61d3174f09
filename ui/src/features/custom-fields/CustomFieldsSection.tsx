// Settings → Custom fields: the workspace's own fields on contacts, companies and deals.
import { Plus, SlidersHorizontal } from "lucide-react";
import { useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../../components/Button";
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
  const tabList = useRef<HTMLDivElement>(null);
  const remove = useDeleteCustomField();
  const current = tables.find((t) => t.table === active) ?? tables[0]!;

  // Arrow keys move between tabs, as in any tab list.
  function onTabKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tables.findIndex((t) => t.table === active);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tables[(index + step + tables.length) % tables.length]!;
    setActive(next.table);
    tabList.current?.querySelector<HTMLButtonElement>(`#custom-fields-tab-${next.table}`)?.focus();
  }

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
      <div ref={tabList} className="custom-fields__tabs" role="tablist" aria-label="Record type" onKeyDown={onTabKeyDown}>
        {tables.map((t) => (
          <button
            key={t.table}
            id={`custom-fields-tab-${t.table}`}
            type="button"
            role="tab"
            className="custom-fields__tab"
            aria-selected={t.table === active}
            aria-controls="custom-fields-panel"
            tabIndex={t.table === active ? 0 : -1}
            onClick={() => setActive(t.table)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="custom-fields-panel" role="tabpanel" aria-labelledby={`custom-fields-tab-${active}`} className="custom-fields__panel">
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
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Choices</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
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
