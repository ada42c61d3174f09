// Create or edit a company. Client checks give instant feedback; backend field errors show inline.
import type { KeyboardEvent } from "react";
import { FailureBanner } from "../../components/FailureBanner";
import { FormActions } from "../../components/FormActions";
import { Kbd } from "../../components/Kbd";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { Company, CompanyInput, CompanySize } from "../../ipc/bindings";
import { CustomFieldInputs } from "../custom-fields/CustomFieldInputs";
import { OwnerField } from "../records/OwnerField";
import { TagsField } from "../records/TagsField";
import { checkCompanyInput, sizeOptions } from "./company-input-checks";
import { useSaveCompany } from "./company-queries";

type TextKey = "name" | "domain" | "industry" | "country" | "region";

export function CompanyForm({
  companyId,
  initial,
  onSaved,
  onCancel,
}: {
  companyId: string | null;
  initial: CompanyInput;
  onSaved: (company: Company) => void;
  onCancel: () => void;
}) {
  const { draft: input, set, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveCompany(companyId);
  const submit = submitWith(save, { onSuccess: onSaved, check: checkCompanyInput });
  const title = companyId ? "Edit company" : "New company";

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      submit(event);
    } else if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  }

  const field = (key: TextKey, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={`company-${key}`}
      label={label}
      value={input[key]}
      onValueChange={set(key)}
      error={errors[key]}
      autoComplete="off"
      {...extra}
    />
  );

  return (
    <form className="contact-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label={title}>
      <div className="contact-pane__bar">
        <h2 className="contact-form__title">{title}</h2>
      </div>
      <div className="contact-form__body">
        <FailureBanner message={form.failure} />
        {field("name", "Name", { autoFocus: true })}
        <div className="contact-form__pair">
          {field("domain", "Domain", { placeholder: "acme.com", spellCheck: false })}
          {field("industry", "Industry")}
        </div>
        <div className="contact-form__pair">
          <SelectField
            id="company-size"
            label="Size"
            value={input.size}
            onValueChange={(value) => set("size")(value as CompanySize)}
            options={sizeOptions}
            error={errors.size}
          />
          <OwnerField id="company-owner_id" value={input.owner_id} onValueChange={set("owner_id")} error={errors.owner_id} />
        </div>
        <div className="contact-form__pair">
          {field("country", "Country")}
          {field("region", "Region")}
        </div>
        <TextAreaField
          id="company-address"
          label="Address"
          value={input.address}
          onValueChange={set("address")}
          error={errors.address}
          rows={2}
          className="company-form__address"
        />
        <TagsField id="company-tags" table="companies" value={input.tags} onValueChange={set("tags")} error={errors.tags} />
        <CustomFieldInputs
          table="companies"
          idPrefix="company"
          value={input.custom}
          onValueChange={(next, fieldId) => {
            set("custom")(next);
            form.clearField(`custom.${fieldId}`);
          }}
          errors={errors}
        />
        <TextAreaField
          id="company-notes"
          label="Notes"
          value={input.notes}
          onValueChange={set("notes")}
          error={errors.notes}
          rows={4}
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
