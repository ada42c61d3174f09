// Two contacts side by side: pick which one stays and, field by field, which value it keeps.
import * as Dialog from "@radix-ui/react-dialog";
import { AlertTriangle, GitMerge } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "../../components/Button";
import { ErrorState } from "../../components/ErrorState";
import { RelativeTime } from "../../components/RelativeTime";
import { toAppError } from "../../ipc/app-error";
import type { Contact, CustomField } from "../../ipc/bindings";
import { contactName } from "../contacts/contact-name";
import { useContact } from "../contacts/contact-queries";
import { useContactCustomFields, useMergeContacts } from "./duplicate-queries";
import { buildMergeInput, defaultChoices, mergeRows, newerSide, type Side } from "./merge-values";
import "../../components/dialog.css";
import "./duplicates.css";

export type Pair = [string, string];

export function MergeDialog({
  pair,
  onOpenChange,
  onMerged,
}: {
  pair: Pair | null;
  onOpenChange: (open: boolean) => void;
  onMerged: (kept: Contact) => void;
}) {
  return (
    <Dialog.Root open={pair !== null} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog merge-dialog">
          <Dialog.Title className="dialog__title">Review &amp; merge</Dialog.Title>
          <Dialog.Description className="dialog__description">
            Choose the contact to keep and, for each field, the value it keeps. The other contact goes to the Trash.
          </Dialog.Description>
          {pair && <MergeLoader key={pair.join(":")} pair={pair} onCancel={() => onOpenChange(false)} onMerged={onMerged} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function MergeLoader({ pair, onCancel, onMerged }: { pair: Pair; onCancel: () => void; onMerged: (kept: Contact) => void }) {
  const a = useContact(pair[0]);
  const b = useContact(pair[1]);
  const customFields = useContactCustomFields();

  // Only an error before both have loaded: merging moves one to the Trash, and the refetch that
  // follows fails while the merge's answer is on its way; the form must stay to take that answer.
  if ((a.isError && !a.data) || (b.isError && !b.data)) {
    return (
      <ErrorState
        title="Couldn’t load both contacts"
        error={a.error ?? b.error}
        onRetry={() => {
          if (a.isError) void a.refetch();
          if (b.isError) void b.refetch();
        }}
      />
    );
  }
  // Waiting for the custom fields too: their labels decide the custom rows' order and wording, so
  // the form is drawn once rather than rearranged under the pointer of someone reading it.
  if (!a.data || !b.data || customFields.isPending) {
    return (
      <div className="merge__loading" aria-busy="true" aria-label="Loading both contacts">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="merge__row">
            <span className="skeleton" style={{ width: "60%" }} />
            <span className="skeleton" style={{ width: "75%" }} />
            <span className="skeleton" style={{ width: "70%" }} />
          </div>
        ))}
      </div>
    );
  }
  // Custom field labels are a nicety: if they fail to load the rows still show, labelled "Custom field".
  return <MergeForm a={a.data} b={b.data} customFields={customFields.data} onCancel={onCancel} onMerged={onMerged} />;
}

function MergeForm({
  a,
  b,
  customFields,
  onCancel,
  onMerged,
}: {
  a: Contact;
  b: Contact;
  customFields: CustomField[] | undefined;
  onCancel: () => void;
  onMerged: (kept: Contact) => void;
}) {
  const preferred = newerSide(a, b);
  const [keep, setKeep] = useState<Side>(preferred);
  // Only what the user changed; every other row follows the defaults.
  const [picked, setPicked] = useState<Record<string, Side>>({});
  const merge = useMergeContacts();

  const rows = mergeRows(a, b, customFields);
  const choices = { ...defaultChoices(rows, preferred), ...picked };
  const contacts = { a, b };
  const names = { a: contactName(a), b: contactName(b) };
  const other: Side = keep === "a" ? "b" : "a";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    merge.mutate(buildMergeInput(a, b, keep, choices), { onSuccess: onMerged });
  }

  return (
    <form className="merge" aria-label="Merge contacts" onSubmit={onSubmit}>
      <fieldset className="merge__keep">
        <legend className="merge__legend">Keep</legend>
        {(["a", "b"] as const).map((side) => (
          <label key={side} className={`merge__keep-option${keep === side ? " merge__keep-option--on" : ""}`}>
            <input type="radio" name="keep" value={side} checked={keep === side} onChange={() => setKeep(side)} />
            <span className="merge__keep-name">{names[side]}</span>
            <span className="merge__keep-meta">
              updated <RelativeTime iso={contacts[side].updated_at} />
            </span>
          </label>
        ))}
      </fieldset>

      <div className="merge__table">
        <div className="merge__row merge__row--head" aria-hidden="true">
          <span>Field</span>
          {(["a", "b"] as const).map((side) => (
            <span key={side} className="merge__col-head">
              <span className="merge__col-name">{names[side]}</span>
              <span className={`chip${side === keep ? " chip--accent" : ""}`}>{side === keep ? "Kept" : "Goes to Trash"}</span>
            </span>
          ))}
        </div>
        {rows.map((row) =>
          row.same ? (
            <div key={row.key} className="merge__row merge__row--same">
              <span className="merge__label">{row.label}</span>
              <span className="merge__same">
                {row.a || <span className="muted">Empty on both</span>}
              </span>
            </div>
          ) : (
            <div key={row.key} className="merge__row" role="radiogroup" aria-label={row.label}>
              <span className="merge__label" aria-hidden="true">
                {row.label}
              </span>
              {(["a", "b"] as const).map((side) => (
                <label key={side} className={`merge__choice${choices[row.key] === side ? " merge__choice--on" : ""}`}>
                  <input
                    type="radio"
                    name={`field-${row.key}`}
                    value={side}
                    checked={choices[row.key] === side}
                    onChange={() => setPicked((all) => ({ ...all, [row.key]: side }))}
                  />
                  <span className="merge__value">
                    {row[side] || <span className="muted">Empty</span>}
                    <span className="visually-hidden"> (from {names[side]})</span>
                  </span>
                </label>
              ))}
            </div>
          ),
        )}
      </div>

      <p className="merge__note">
        Tags, e-mails, phones, activities, deals of both are kept. {names[other]} goes to the Trash; Undo brings it back.
      </p>
      {merge.isError && (
        <p className="banner" role="alert">
          <AlertTriangle size={14} aria-hidden="true" />
          {toAppError(merge.error).message}
        </p>
      )}
      <div className="dialog__actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={merge.isPending}>
          <GitMerge aria-hidden="true" />
          Merge contacts
        </Button>
      </div>
    </form>
  );
}
