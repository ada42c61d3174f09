// The people on a deal with their roles: add one with the contact picker, remove with one click.
import { Plus, X } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { TextField } from "../../components/TextField";
import { useFormErrors } from "../../components/use-form-errors";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Deal } from "../../ipc/bindings";
import { ContactPicker, type PickedContact } from "./ContactPicker";
import { useAddDealContact, useRemoveDealContact } from "./deal-queries";

export function DealPeople({ deal }: { deal: Deal }) {
  const { openContact } = useNavigation();
  const add = useAddDealContact();
  const remove = useRemoveDealContact();
  const toast = useToast();
  const form = useFormErrors();
  const [person, setPerson] = useState<PickedContact | null>(null);
  const [role, setRole] = useState("");

  function onAdd(event: FormEvent) {
    event.preventDefault();
    if (!person) {
      form.reset({ contact_id: "Pick a contact to add." });
      return;
    }
    form.reset();
    add.mutate(
      { deal_id: deal.id, contact_id: person.id, role: role.trim() },
      {
        onSuccess: () => {
          setPerson(null);
          setRole("");
        },
        onError: form.show,
      },
    );
  }

  return (
    <section className="deal-people" aria-labelledby="deal-people-title">
      <h3 id="deal-people-title" className="deal-detail__section">
        People on this deal
      </h3>
      {deal.contacts.length === 0 ? (
        <p className="muted">Nobody yet. Add the people who decide, influence or sign.</p>
      ) : (
        <ul className="deal-people__list">
          {deal.contacts.map((c) => (
            <li key={c.id} className="deal-people__item">
              <button type="button" className="link-button deal-people__name" onClick={() => openContact(c.contact_id)}>
                {c.name}
              </button>
              {c.role && <span className="deal-people__role">{c.role}</span>}
              <span className="screen-header__spacer" />
              <Button
                variant="ghost"
                size="small"
                className="btn--icon"
                aria-label={`Remove ${c.name} from this deal`}
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { dealId: deal.id, dealContactId: c.id },
                    { onError: (error) => toast({ message: toAppError(error).message, tone: "error" }) },
                  )
                }
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="deal-people__add" onSubmit={onAdd} noValidate aria-label="Add a person to this deal">
        <FailureBanner message={form.failure} />
        <div className="deal-form__pair">
          <ContactPicker
            id="deal-person"
            label="Person"
            value={person}
            onChange={(picked) => {
              setPerson(picked);
              form.clearField("contact_id");
            }}
            error={form.errors.contact_id}
          />
          <TextField
            id="deal-person-role"
            label="Role"
            value={role}
            onValueChange={(value) => {
              setRole(value);
              form.clearField("role");
            }}
            error={form.errors.role}
            placeholder="Decision maker…"
            autoComplete="off"
          />
        </div>
        <div>
          <Button type="submit" size="small" disabled={add.isPending}>
            <Plus aria-hidden="true" />
            Add person
          </Button>
        </div>
      </form>
    </section>
  );
}
