// Create or edit a contact. Client checks give instant feedback; backend field errors show inline.
import type { KeyboardEvent } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Kbd } from "../../components/Kbd";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { Contact, ContactInput } from "../../ipc/bindings";
import { CompanyField } from "./CompanyField";
import { checkContactInput } from "./contact-input-checks";
import { useSaveContact } from "./contact-queries";

type Key = keyof ContactInput;

export function ContactForm({
  contactId,
  initial,
  onSaved,
  onCancel,
}: {
  contactId: string | null;
  initial: ContactInput;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
}) {
  const { draft: input, set, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveContact(contactId);
  const submit = submitWith(save, { onSuccess: onSaved, check: checkContactInput });

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      submit(event);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  }

  const field = (key: Key, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={`contact-${key}`}
      label={label}
      value={input[key]}
      onValueChange={set(key)}
      error={errors[key]}
      {...extra}
    />
  );

  return (
    <form className="contact-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={contactId ? "Edit contact" : "New contact"}>
      <div className="contact-pane__bar">
        <h2 className="contact-form__title">{contactId ? "Edit contact" : "New contact"}</h2>
      </div>
      <div className="contact-form__body">
        <FailureBanner message={form.failure} />
        <div className="contact-form__pair">
          {field("first_name", "First name", { autoFocus: true, autoComplete: "off" })}
          {field("last_name", "Last name", { autoComplete: "off" })}
        </div>
        {field("email", "Email", { type: "email", autoComplete: "off" })}
        {field("phone", "Phone", { type: "tel", autoComplete: "off" })}
        {field("title", "Title", { autoComplete: "off" })}
        <CompanyField value={input.company_name} onValueChange={set("company_name")} error={errors.company_name} />
        {field("country", "Country", { autoComplete: "off" })}
        <TextAreaField
          id="contact-notes"
          label="Notes"
          value={input.notes}
          onValueChange={set("notes")}
          error={errors.notes}
          rows={5}
        />
      </div>
      <FormActions className="contact-form__actions" saving={save.isPending} onCancel={onCancel}>
        <span className="field__hint">
          <Kbd keys={["Mod", "Enter"]} /> to save
        </span>
        <span className="screen-header__spacer" />
      </FormActions>
    </form>
  );
}
