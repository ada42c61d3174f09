// Create or edit a deal. Client checks give instant feedback; backend field errors show inline.
import { PaneForm } from "../../components/PaneForm";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { CampaignFields } from "../campaigns/CampaignPicker";
import { useDraftForm } from "../../components/use-draft-form";
import type { Deal, Pipeline } from "../../ipc/bindings";
import { CompanyField } from "../contacts/CompanyField";
import { CustomFieldInputs } from "../custom-fields/CustomFieldInputs";
import { TagsField } from "../records/TagsField";
import { useMembers } from "../settings/settings-queries";
import { ContactPicker } from "./ContactPicker";
import { checkDealDraft, inputFromDraft, type DealDraft } from "./deal-draft";
import { useSaveDeal } from "./deal-queries";

export function DealForm({
  dealId,
  initial,
  pipelines,
  onSaved,
  onCancel,
}: {
  dealId: string | null;
  initial: DealDraft;
  pipelines: Pipeline[];
  onSaved: (deal: Deal) => void;
  onCancel: () => void;
}) {
  const { draft, set, setPart, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveDeal(dealId);
  const members = useMembers();
  const pipeline = pipelines.find((p) => p.id === draft.pipeline_id) ?? pipelines[0];
  const stage = pipeline?.stages.find((s) => s.id === draft.stage_id);
  const title = dealId ? "Edit deal" : "New deal";

  // The mutation takes the backend's DealInput; the form edits a draft with display-only fields.
  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: DealDraft, options: { onSuccess: (deal: Deal) => void; onError: (error: unknown) => void }) =>
      save.mutate(inputFromDraft(d), options),
  };
  const submit = submitWith(saveDraft, { onSuccess: onSaved, check: (d) => checkDealDraft(d, stage?.kind) });

  const text = (key: "name" | "amount" | "source", label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={`deal-${key}`} label={label} value={draft[key]} onValueChange={set(key)} error={errors[key]} autoComplete="off" {...extra} />
  );

  return (
    <PaneForm
      block="deal-form"
      barClassName="deal-pane__bar"
      title={title}
      failure={form.failure}
      onSubmit={submit}
      saving={save.isPending}
      onCancel={onCancel}
    >
      {text("name", "Deal name", { autoFocus: true })}
      <CompanyField value={draft.company_name} onValueChange={set("company_name")} error={errors.company_name} />
      <ContactPicker
        id="deal-primary-contact"
        label="Primary contact"
        value={draft.primary_contact_id ? { id: draft.primary_contact_id, name: draft.primary_contact_name } : null}
        onChange={(contact) => {
          set("primary_contact_id")(contact?.id ?? null);
          set("primary_contact_name")(contact?.name ?? "");
        }}
        error={errors.primary_contact_id}
      />
      <div className="deal-form__pair deal-form__pair--money">
        {text("amount", "Amount", { inputMode: "decimal", className: "tabular", placeholder: "12500.00" })}
        <TextField
          id="deal-currency"
          label="Currency"
          value={draft.currency}
          onValueChange={(value) => set("currency")(value.toUpperCase())}
          error={errors.currency}
          maxLength={3}
          autoComplete="off"
          placeholder="USD"
        />
      </div>
      {pipelines.length > 1 && (
        <SelectField
          id="deal-pipeline"
          label="Pipeline"
          value={draft.pipeline_id}
          options={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          onValueChange={(id) => {
            set("pipeline_id")(id);
            const next = pipelines.find((p) => p.id === id);
            set("stage_id")(next?.stages.find((s) => s.kind === "open")?.id ?? next?.stages[0]?.id ?? "");
          }}
          error={errors.pipeline_id}
        />
      )}
      <div className="deal-form__pair">
        <SelectField
          id="deal-stage"
          label="Stage"
          value={draft.stage_id}
          options={(pipeline?.stages ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${s.probability}%` }))}
          onValueChange={set("stage_id")}
          error={errors.stage_id}
        />
        <TextField
          id="deal-expected_close"
          label="Expected close"
          type="date"
          value={draft.expected_close}
          onValueChange={set("expected_close")}
          error={errors.expected_close}
        />
      </div>
      {stage?.kind === "lost" && (
        <TextField
          id="deal-loss_reason"
          label="Loss reason"
          value={draft.loss_reason}
          onValueChange={set("loss_reason")}
          error={errors.loss_reason}
          required
          autoComplete="off"
          hint="Required for a lost deal."
        />
      )}
      <div className="deal-form__pair">
        {text("source", "Source", { placeholder: "Referral, website…" })}
        <SelectField
          id="deal-owner"
          label="Owner"
          value={draft.owner_id}
          options={[
            { value: "", label: "No owner" },
            ...(members.data ?? []).map((m) => ({ value: m.id, label: m.is_me ? `${m.name} (me)` : m.name })),
          ]}
          onValueChange={set("owner_id")}
          error={errors.owner_id}
        />
      </div>
      <CampaignFields
        idPrefix="deal"
        first={draft.first_campaign_id}
        last={draft.last_campaign_id}
        onFirstChange={set("first_campaign_id")}
        onLastChange={set("last_campaign_id")}
        errors={errors}
      />
      <TagsField id="deal-tags" table="deals" value={draft.tags} onValueChange={set("tags")} error={errors.tags} />
      <TextAreaField id="deal-notes" label="Notes" value={draft.notes} onValueChange={set("notes")} error={errors.notes} rows={5} />
      <CustomFieldInputs
        table="deals"
        idPrefix="deal"
        value={draft.custom}
        onValueChange={setPart("custom")}
        errors={errors}
        headingClassName="deal-detail__section"
      />
    </PaneForm>
  );
}
