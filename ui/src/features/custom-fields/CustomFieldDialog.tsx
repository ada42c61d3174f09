// Add or edit one custom field: its name, its kind (fixed once created) and, for a choice, its choices.
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { useRef } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Modal } from "../../components/Modal";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { CustomField, CustomFieldInput, CustomFieldKind } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { kindLabels, useSaveCustomField } from "./custom-field-queries";

/** A choice row as edited: `key` keeps React's rows stable while choices are added and moved. */
type ChoiceDraft = { key: string; id: string | null; label: string };
type FieldDraft = Omit<CustomFieldInput, "options"> & { options: ChoiceDraft[] };

const kindOptions = (Object.keys(kindLabels) as CustomFieldKind[]).map((value) => ({ value, label: kindLabels[value] }));

const kindHints: Record<CustomFieldKind, string> = {
  text: "Any words, e.g. a customer number.",
  number: "A decimal number, e.g. seats or a score.",
  date: "A calendar day, e.g. a renewal date.",
  choice: "One of a list you define, e.g. Gold, Silver, Bronze.",
};

function draftOf(table: RecordTable, field: CustomField | null): FieldDraft {
  return {
    record_table: field?.record_table ?? table,
    label: field?.label ?? "",
    kind: field?.kind ?? "text",
    options: (field?.options ?? []).map((o) => ({ key: o.id, id: o.id, label: o.label })),
  };
}

export function inputOf(draft: FieldDraft): CustomFieldInput {
  return {
    record_table: draft.record_table,
    label: draft.label.trim(),
    kind: draft.kind,
    options:
      draft.kind === "choice"
        ? draft.options.filter((o) => o.label.trim() !== "").map((o) => ({ id: o.id, label: o.label.trim() }))
        : [],
  };
}

function checkDraft(draft: FieldDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.label.trim()) errors.label = "Name the field, e.g. 'Renewal date' or 'Seats'.";
  if (draft.kind === "choice" && !draft.options.some((o) => o.label.trim())) {
    errors.options = "A choice field needs at least one choice.";
  }
  return errors;
}

export function CustomFieldDialog({
  table,
  tableLabel,
  field,
  onClose,
}: {
  table: RecordTable;
  /** "contacts", as people read it, for the title. */
  tableLabel: string;
  field: CustomField | null;
  onClose: () => void;
}) {
  const { draft, set, form, submit } = useDraftForm(draftOf(table, field));
  const save = useSaveCustomField(field?.id ?? null);
  const nextKey = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: FieldDraft, options: { onSuccess: (saved: CustomField[]) => void; onError: (error: unknown) => void }) =>
      save.mutate(inputOf(d), options),
  };
  const kindChanged = field !== null && draft.kind !== field.kind;

  function setOptions(options: ChoiceDraft[]) {
    set("options")(options);
  }
  function addChoice() {
    nextKey.current += 1;
    setOptions([...draft.options, { key: `new-${nextKey.current}`, id: null, label: "" }]);
    // Focus the new row's input once it renders.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus());
  }
  function move(index: number, by: -1 | 1) {
    const next = [...draft.options];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    setOptions(next);
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={field ? `Edit field “${field.label}”` : `New ${tableLabel} field`}
    >
      <form className="settings-form" noValidate onSubmit={submit(saveDraft, { onSuccess: onClose, check: checkDraft })}>
        <FailureBanner message={form.failure} />
        <TextField
          id="custom-field-label"
          label="Name"
          value={draft.label}
          onValueChange={set("label")}
          error={form.errors.label}
          placeholder="e.g. Renewal date"
          autoComplete="off"
          autoFocus
        />
        <SelectField
          id="custom-field-kind"
          label="Kind"
          value={draft.kind}
          options={kindOptions}
          onValueChange={(v) => set("kind")(v as CustomFieldKind)}
          error={form.errors.kind}
          hint={
            kindChanged
              ? "A field’s kind can’t change once created. Add a new field instead."
              : field
                ? `${kindHints[draft.kind]} Fixed once the field is created.`
                : `${kindHints[draft.kind]} It can’t change later.`
          }
        />
        {draft.kind === "choice" && (
          <fieldset className="choices-editor" aria-describedby={form.errors.options ? "custom-field-options-error" : undefined}>
            <legend className="field__label">Choices</legend>
            {draft.options.length === 0 ? (
              <p className="field__hint">No choices yet. Add the values people pick from, in the order they should appear.</p>
            ) : (
              <ul ref={listRef} className="choices-editor__list">
                {draft.options.map((option, index) => {
                  const name = option.label.trim() || `Choice ${index + 1}`;
                  return (
                    <li key={option.key} className="choices-editor__row">
                      <input
                        className="input"
                        aria-label={`Choice ${index + 1}`}
                        value={option.label}
                        autoComplete="off"
                        onChange={(e) =>
                          setOptions(draft.options.map((o) => (o.key === option.key ? { ...o, label: e.target.value } : o)))
                        }
                        onKeyDown={(e) => {
                          if (e.key === "Enter") {
                            e.preventDefault();
                            addChoice();
                          }
                        }}
                      />
                      <Button size="small" variant="ghost" className="btn--icon" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                        <ArrowUp aria-hidden="true" />
                      </Button>
                      <Button
                        size="small"
                        variant="ghost"
                        className="btn--icon"
                        aria-label={`Move ${name} down`}
                        disabled={index === draft.options.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        <ArrowDown aria-hidden="true" />
                      </Button>
                      <Button
                        size="small"
                        variant="ghost"
                        className="btn--icon"
                        aria-label={`Remove ${name}`}
                        onClick={() => setOptions(draft.options.filter((o) => o.key !== option.key))}
                      >
                        <X aria-hidden="true" />
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
            <Button size="small" className="choices-editor__add" onClick={addChoice}>
              <Plus aria-hidden="true" />
              Add choice
            </Button>
            {form.errors.options && (
              <span id="custom-field-options-error" className="field__error" role="alert">
                {form.errors.options}
              </span>
            )}
          </fieldset>
        )}
        <FormActions saving={save.isPending} onCancel={onClose} />
      </form>
    </Modal>
  );
}
