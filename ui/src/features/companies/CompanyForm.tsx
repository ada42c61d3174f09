// Create or edit a company. Client checks give instant feedback; backend field errors show inline.
import { PaneForm } from "../../components/PaneForm";
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
  const { draft: input, set, setPart, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveCompany(companyId);
  const submit = submitWith(save, { onSuccess: onSaved, check: checkCompanyInput });
  const title = companyId ? "Edit company" : "New company";

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
    <PaneForm
      block="contact-form"
      barClassName="contact-pane__bar"
      title={title}
      failure={form.failure}
      onSubmit={submit}
      saving={save.isPending}
      onCancel={onCancel}
    >
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
        onValueChange={setPart("custom")}
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
    </PaneForm>
  );
}
