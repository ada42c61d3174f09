// Create or edit a contact. Client checks give instant feedback; backend field errors show inline.
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "../../components/Button";
import { Kbd } from "../../components/Kbd";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { fieldErrorsOf, isAppError, toAppError } from "../../ipc/app-error";
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
  const [input, setInput] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveContact(contactId);

  function set(key: Key) {
    return (value: string) => {
      setInput((current) => ({ ...current, [key]: value }));
      // The user is fixing this field; stop shouting about it.
      setErrors(({ [key]: _fixed, ...rest }) => rest);
    };
  }

  function submit() {
    if (save.isPending) return;
    const clientErrors = checkContactInput(input);
    setErrors(clientErrors);
    setFailure(null);
    if (Object.keys(clientErrors).length > 0) return;
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (error) => {
        if (isAppError(error) && error.code === "validation") {
          setErrors(fieldErrorsOf(error));
          if (error.fields.length === 0) setFailure(error.message);
        } else {
          setFailure(toAppError(error).message);
        }
      },
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
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
    <form className="contact-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-label={contactId ? "Edit contact" : "New contact"}>
      <div className="contact-pane__bar">
        <h2 className="contact-form__title">{contactId ? "Edit contact" : "New contact"}</h2>
      </div>
      <div className="contact-form__body">
        {failure && (
          <p className="banner" role="alert">
            {failure}
          </p>
        )}
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
      <div className="contact-form__actions">
        <span className="field__hint">
          <Kbd keys={["Mod", "Enter"]} /> to save
        </span>
        <span className="screen-header__spacer" />
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={save.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}
