// The side pane beside the campaigns list: one campaign's page, its edit form, or a new one.
import { ErrorState } from "../../components/ErrorState";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import type { Campaign, CampaignInput } from "../../ipc/bindings";
import { emptyCampaignInput } from "./campaign-labels";
import { useCampaign } from "./campaign-queries";
import { CampaignDetail } from "./CampaignDetail";
import { CampaignForm } from "./CampaignForm";

export type CampaignPanePlace = { mode: "view"; id: string } | { mode: "edit"; id: string } | { mode: "new" } | null;

export function CampaignPane({ place, onPlaceChange }: { place: NonNullable<CampaignPanePlace>; onPlaceChange: (place: CampaignPanePlace) => void }) {
  const close = () => onPlaceChange(null);
  const open = (id: string) => onPlaceChange({ mode: "view", id });
  useEscapeToClose(place.mode === "view", close);

  return (
    <aside className="contact-pane campaign-pane" aria-label="Campaign details">
      {place.mode === "view" && <CampaignDetail key={place.id} id={place.id} onEdit={() => onPlaceChange({ mode: "edit", id: place.id })} onClose={close} />}
      {place.mode === "edit" && <CampaignEditor key={place.id} id={place.id} onSaved={open} onCancel={() => open(place.id)} />}
      {place.mode === "new" && (
        <CampaignForm campaignId={null} initial={emptyCampaignInput} onSaved={(saved) => open(saved.id)} onCancel={close} />
      )}
    </aside>
  );
}

function CampaignEditor({ id, onSaved, onCancel }: { id: string; onSaved: (id: string) => void; onCancel: () => void }) {
  const campaign = useCampaign(id);
  if (campaign.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading campaign" />;
  if (campaign.isError) {
    return <ErrorState title="Couldn’t load this campaign" error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  return <CampaignForm campaignId={id} initial={inputFrom(campaign.data)} onSaved={(saved) => onSaved(saved.id)} onCancel={onCancel} />;
}

function inputFrom(c: Campaign): CampaignInput {
  return {
    name: c.name,
    channel: c.channel,
    starts_on: c.starts_on,
    ends_on: c.ends_on,
    budget: c.budget,
    actual_cost: c.actual_cost,
    currency: c.currency,
    goal: c.goal,
    owner_id: c.owner_id,
    utm_source: c.utm_source,
    utm_medium: c.utm_medium,
    utm_campaign: c.utm_campaign,
    utm_term: c.utm_term,
    utm_content: c.utm_content,
    notes: c.notes,
  };
}
