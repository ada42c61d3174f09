// A contact's or deal's original or latest campaign: the workspace's campaigns, plus "None".
import { SelectField } from "../../components/SelectField";
import { useCampaigns } from "./campaign-queries";

export function CampaignPicker({
  id,
  label,
  value,
  onValueChange,
  error,
  hint,
}: {
  id: string;
  label: string;
  value: string | null;
  onValueChange: (campaignId: string | null) => void;
  error?: string;
  hint?: string;
}) {
  const campaigns = useCampaigns();
  const options = [{ value: "", label: "None" }, ...(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))];
  // A campaign in the Trash stays set; it shows by name once restored, until then as "Deleted campaign".
  const known = !value || !campaigns.data || campaigns.data.some((c) => c.id === value);
  if (!known && value) options.push({ value, label: "Deleted campaign" });
  return (
    <SelectField
      id={id}
      label={label}
      value={value ?? ""}
      onValueChange={(next) => onValueChange(next || null)}
      options={options}
      error={error}
      hint={hint}
    />
  );
}

/** The two campaign fields of a contact or deal form, side by side. */
export function CampaignFields({
  idPrefix,
  first,
  last,
  onFirstChange,
  onLastChange,
  errors,
}: {
  idPrefix: string;
  first: string | null;
  last: string | null;
  onFirstChange: (id: string | null) => void;
  onLastChange: (id: string | null) => void;
  errors: Record<string, string>;
}) {
  return (
    <div className="contact-form__pair">
      <CampaignPicker
        id={`${idPrefix}-first_campaign_id`}
        label="Original campaign"
        value={first}
        onValueChange={(id) => {
          onFirstChange(id);
          // The first campaign a record answers is also its latest, until another comes.
          if (id && !last) onLastChange(id);
        }}
        error={errors.first_campaign_id}
      />
      <CampaignPicker id={`${idPrefix}-last_campaign_id`} label="Latest campaign" value={last} onValueChange={onLastChange} error={errors.last_campaign_id} />
    </div>
  );
}
