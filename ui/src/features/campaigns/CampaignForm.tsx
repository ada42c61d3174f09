// Create or edit a campaign: what it is, when it runs, what it costs and how its links are tagged.
import { PaneForm } from "../../components/PaneForm";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { Campaign, CampaignInput } from "../../ipc/bindings";
import { OwnerField } from "../records/OwnerField";
import { useSettings } from "../settings/settings-queries";
import { checkCampaignInput, channelOptions } from "./campaign-labels";
import { useSaveCampaign } from "./campaign-queries";
import { UtmLink } from "./UtmLink";

type TextKey = Exclude<{ [K in keyof CampaignInput]: CampaignInput[K] extends string ? K : never }[keyof CampaignInput], "channel" | "goal" | "notes">;

export function CampaignForm({
  campaignId,
  initial,
  onSaved,
  onCancel,
}: {
  campaignId: string | null;
  initial: CampaignInput;
  onSaved: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const { draft: input, set, form, submit: submitWith } = useDraftForm(initial);
  const { errors } = form;
  const save = useSaveCampaign(campaignId);
  const submit = submitWith(save, { onSuccess: onSaved, check: checkCampaignInput });
  const baseCurrency = useSettings().data?.base_currency ?? "";

  const field = (key: TextKey, label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={`campaign-${key}`} label={label} value={input[key]} onValueChange={set(key)} error={errors[key]} autoComplete="off" {...extra} />
  );

  return (
    <PaneForm
      block="contact-form"
      barClassName="contact-pane__bar"
      title={campaignId ? "Edit campaign" : "New campaign"}
      failure={form.failure}
      onSubmit={submit}
      saving={save.isPending}
      onCancel={onCancel}
    >
      {field("name", "Name", { autoFocus: true, placeholder: "Spring webinar 2026" })}
      <div className="contact-form__pair">
        <SelectField
          id="campaign-channel"
          label="Channel"
          value={input.channel}
          onValueChange={set("channel")}
          options={[{ value: "", label: "Pick a channel…" }, ...channelOptions]}
          error={errors.channel}
        />
        <OwnerField id="campaign-owner_id" value={input.owner_id} onValueChange={set("owner_id")} error={errors.owner_id} />
      </div>
      <div className="contact-form__pair">
        {field("starts_on", "Starts", { type: "date" })}
        {field("ends_on", "Ends", { type: "date", hint: "Leave empty while it runs on." })}
      </div>
      <div className="campaign-form__money">
        {field("budget", "Budget", { inputMode: "decimal", placeholder: "0.00", className: "tabular" })}
        {field("actual_cost", "Actual cost", { inputMode: "decimal", placeholder: "0.00", className: "tabular" })}
        {field("currency", "Currency", { placeholder: baseCurrency, maxLength: 3, spellCheck: false, hint: baseCurrency ? `Empty: ${baseCurrency}` : undefined })}
      </div>
      <TextAreaField id="campaign-goal" label="Goal" value={input.goal} onValueChange={set("goal")} error={errors.goal} rows={2} />
      <fieldset className="campaign-form__utm">
        <legend>UTM parameters</legend>
        <div className="contact-form__pair">
          {field("utm_source", "Source", { placeholder: "newsletter", spellCheck: false })}
          {field("utm_medium", "Medium", { placeholder: "email", spellCheck: false })}
        </div>
        {field("utm_campaign", "Campaign", { placeholder: "spring-webinar", spellCheck: false })}
        <div className="contact-form__pair">
          {field("utm_term", "Term", { spellCheck: false })}
          {field("utm_content", "Content", { spellCheck: false })}
        </div>
        <UtmLink utm={input} />
      </fieldset>
      <TextAreaField id="campaign-notes" label="Notes" value={input.notes} onValueChange={set("notes")} error={errors.notes} rows={4} />
    </PaneForm>
  );
}
