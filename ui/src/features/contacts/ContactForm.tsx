// Create or edit a contact. Client checks give instant feedback; backend field errors show inline.
import { CheckboxField } from "../../components/CheckboxField";
import { PaneForm } from "../../components/PaneForm";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { Bant, BantStatus, Contact, ContactInput, LifecycleStage } from "../../ipc/bindings";
import { CustomFieldInputs } from "../custom-fields/CustomFieldInputs";
import { CampaignFields } from "../campaigns/CampaignPicker";
import { OwnerField } from "../records/OwnerField";
import { TagsField } from "../records/TagsField";
import { CompanyField } from "./CompanyField";
import { OtherValuesField } from "./OtherValuesField";
import { checkContactInput } from "./contact-input-checks";
import { useSaveContact } from "./contact-queries";
import { bantQuestions, bantStatusOptions, lifecycleOptions } from "./qualification";

type TextKey = { [K in keyof ContactInput]: ContactInput[K] extends string ? K : never }[keyof ContactInput];

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
  const { draft: input, set, setPart, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveContact(contactId);
  const submit = submitWith(save, { onSuccess: onSaved, check: checkContactInput });

  const field = (key: TextKey, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={`contact-${key}`}
      label={label}
      value={input[key]}
      onValueChange={set(key)}
      error={errors[key]}
      {...extra}
    />
  );

  function setBant(question: keyof Bant, change: { status?: BantStatus; note?: string }) {
    setPart("bant")({ ...input.bant, [question]: { ...input.bant[question], ...change } }, question);
  }

  return (
    <PaneForm
      block="contact-form"
      barClassName="contact-pane__bar"
      title={contactId ? "Edit contact" : "New contact"}
      failure={form.failure}
      onSubmit={submit}
      saving={save.isPending}
      onCancel={onCancel}
    >
      <div className="contact-form__pair">
        {field("first_name", "First name", { autoFocus: true, autoComplete: "off" })}
        {field("last_name", "Last name", { autoComplete: "off" })}
      </div>
      <div className="contact-form__group">
        {field("email", "Email", { type: "email", autoComplete: "off" })}
        <OtherValuesField
          id="contact-other_emails"
          rowLabel="Email"
          addLabel="Add e-mail"
          type="email"
          values={input.other_emails}
          onValuesChange={set("other_emails")}
          error={errors.other_emails}
        />
      </div>
      <div className="contact-form__group">
        <div className="contact-form__pair">
          {field("phone", "Phone", {
            type: "tel",
            autoComplete: "off",
            hint: "Without a +country code, read as a number in this workspace’s region.",
          })}
          {field("country", "Country", { autoComplete: "off" })}
        </div>
        <OtherValuesField
          id="contact-other_phones"
          rowLabel="Phone"
          addLabel="Add phone"
          type="tel"
          values={input.other_phones}
          onValuesChange={set("other_phones")}
          error={errors.other_phones}
        />
      </div>
      <div className="contact-form__pair">
        {field("title", "Title", { autoComplete: "off" })}
        <CompanyField value={input.company_name} onValueChange={set("company_name")} error={errors.company_name} />
      </div>

      <h3 className="contact-form__section">Qualification</h3>
      <div className="contact-form__pair">
        <SelectField
          id="contact-lifecycle_stage"
          label="Lifecycle stage"
          value={input.lifecycle_stage}
          onValueChange={(value) => set("lifecycle_stage")(value as LifecycleStage)}
          options={lifecycleOptions}
          error={errors.lifecycle_stage}
        />
        <OwnerField id="contact-owner_id" value={input.owner_id} onValueChange={set("owner_id")} error={errors.owner_id} />
      </div>
      <div className="contact-form__pair">
        {field("lead_status", "Lead status", { autoComplete: "off", placeholder: "e.g. Attempted to contact" })}
        {field("lead_source", "Lead source", { autoComplete: "off", placeholder: "e.g. Webinar" })}
      </div>
      <CampaignFields
        idPrefix="contact"
        first={input.first_campaign_id}
        last={input.last_campaign_id}
        onFirstChange={set("first_campaign_id")}
        onLastChange={set("last_campaign_id")}
        errors={errors}
      />
      <TagsField id="contact-tags" table="contacts" value={input.tags} onValueChange={set("tags")} error={errors.tags} />
      <CheckboxField
        id="contact-do_not_contact"
        label="Do not contact"
        checked={input.do_not_contact}
        onCheckedChange={set("do_not_contact")}
        hint="They asked not to be emailed or called; sequences and mail links skip them."
        error={errors.do_not_contact}
      />

      <fieldset className="bant-fields">
        <legend className="contact-form__section">BANT</legend>
        {bantQuestions.map(({ key, label }) => {
          const error = errors[`bant.${key}`];
          return (
            <div key={key} className="bant-fields__row">
              <span className="bant-fields__label" aria-hidden="true">
                {label}
              </span>
              <select
                className="input"
                aria-label={`${label} status`}
                value={input.bant[key].status}
                onChange={(e) => setBant(key, { status: e.target.value as BantStatus })}
              >
                {bantStatusOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              <input
                className="input"
                aria-label={`${label} note`}
                placeholder="What you learned"
                value={input.bant[key].note}
                onChange={(e) => setBant(key, { note: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `contact-bant-${key}-error` : undefined}
                autoComplete="off"
              />
              {error && (
                <span id={`contact-bant-${key}-error`} className="field__error bant-fields__error" role="alert">
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>

      <CustomFieldInputs
        table="contacts"
        idPrefix="contact"
        value={input.custom}
        onValueChange={setPart("custom")}
        errors={errors}
      />

      <TextAreaField
        id="contact-notes"
        label="Notes"
        value={input.notes}
        onValueChange={set("notes")}
        error={errors.notes}
        rows={4}
      />
    </PaneForm>
  );
}
