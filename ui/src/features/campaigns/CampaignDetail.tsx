// One campaign's page: its facts, UTM parameters with a tagged-link builder, and the leads and
// deals attributed to it (first or last touch).
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Campaign } from "../../ipc/bindings";
import { campaignDates, channelLabels, touchesLabels } from "./campaign-labels";
import { useCampaign, useCampaignRecords, useDeleteCampaign } from "./campaign-queries";
import { CampaignFigures } from "./CampaignFigures";
import { UtmLink } from "./UtmLink";

export function CampaignDetail({ id, onEdit, onClose }: { id: string; onEdit: () => void; onClose: () => void }) {
  const campaign = useCampaign(id);
  const remove = useDeleteCampaign();
  const toast = useToast();
  const undo = useUndo();
  const { locale } = useDisplayFormat();

  if (campaign.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading campaign" />;
  if (campaign.isError) {
    return <DetailLoadError noun="campaign" error={campaign.error} onRetry={() => void campaign.refetch()} barClassName="contact-pane__bar" onClose={onClose} />;
  }
  const c = campaign.data;

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        onClose();
        toast({ message: "Campaign moved to Trash; its leads and deals keep it if you restore it", action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className="contact-detail">
      <DetailBar className="contact-pane__bar" onEdit={onEdit} onDelete={onDelete} deleting={remove.isPending} onClose={onClose} />
      <div className="contact-detail__body">
        <h2 className="contact-detail__name">{c.name}</h2>
        <p className="contact-detail__subtitle">
          <span className={`channel-chip channel-chip--${c.channel}`}>{channelLabels[c.channel]}</span>{" "}
          {campaignDates(c.starts_on, c.ends_on, locale)}
        </p>
        <dl className="facts">
          <DetailRow term="Budget" empty="Not planned">
            {c.budget && <span className="tabular">{formatMoney(c.budget, c.currency, locale)}</span>}
          </DetailRow>
          <DetailRow term="Actual cost" empty="Nothing spent yet">
            {c.actual_cost && <span className="tabular">{formatMoney(c.actual_cost, c.currency, locale)}</span>}
          </DetailRow>
          <DetailRow term="Goal">{c.goal}</DetailRow>
          <DetailRow term="Owner" empty="No owner">
            {c.owner_name}
          </DetailRow>
          <DetailRow term="Updated">
            <RelativeTime iso={c.updated_at} />
          </DetailRow>
        </dl>
        <CampaignFigures campaign={c} />
        <CampaignUtm campaign={c} />
        <h3 className="contact-detail__section">Notes</h3>
        {c.notes ? <p className="contact-detail__notes">{c.notes}</p> : <p className="muted">No notes yet.</p>}
        <CampaignRecordsList id={id} />
      </div>
    </div>
  );
}

function CampaignUtm({ campaign: c }: { campaign: Campaign }) {
  const pairs = [
    ["utm_source", c.utm_source],
    ["utm_medium", c.utm_medium],
    ["utm_campaign", c.utm_campaign],
    ["utm_term", c.utm_term],
    ["utm_content", c.utm_content],
  ].filter(([, value]) => value);
  return (
    <>
      <h3 className="contact-detail__section">UTM parameters</h3>
      {pairs.length === 0 ? (
        <p className="muted">No UTM parameters yet: add them with Edit so links to this campaign can be told apart.</p>
      ) : (
        <>
          <dl className="facts campaign-utm">
            {pairs.map(([key, value]) => (
              <DetailRow key={key} term={key!}>
                <code>{value}</code>
              </DetailRow>
            ))}
          </dl>
          <UtmLink utm={c} />
        </>
      )}
    </>
  );
}

function CampaignRecordsList({ id }: { id: string }) {
  const records = useCampaignRecords(id);
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  if (records.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading leads and deals" />;
  if (records.isError) return <p className="field__error">Couldn’t load this campaign’s leads and deals: {toAppError(records.error).message}</p>;
  const { leads, deals, truncated } = records.data;
  return (
    <>
      <h3 className="contact-detail__section">Leads ({leads.length}{truncated ? "+" : ""})</h3>
      {leads.length === 0 ? (
        <p className="muted">
          No leads yet. Pick this campaign as a contact’s original or latest campaign, map a campaign column when importing, or
          use “Set campaign…” on a filtered contact list.
        </p>
      ) : (
        <ul className="campaign-records">
          {leads.map((lead) => (
            <li key={lead.contact_id}>
              <button type="button" className="campaign-records__link" onClick={() => navigation.openContact(lead.contact_id)}>
                {lead.name || "Unnamed contact"}
              </button>
              <span className="campaign-records__meta">{[lead.company_name, touchesLabels[lead.touches]].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="contact-detail__section">Deals ({deals.length}{truncated ? "+" : ""})</h3>
      {deals.length === 0 ? (
        <p className="muted">No deals yet. A deal gets this campaign from its form, like a contact.</p>
      ) : (
        <ul className="campaign-records">
          {deals.map((deal) => (
            <li key={deal.deal_id}>
              <button type="button" className="campaign-records__link" onClick={() => navigation.openDeal(deal.deal_id)}>
                {deal.name}
              </button>
              <span className="campaign-records__meta">
                {[deal.stage_name, formatMoney(deal.amount, deal.currency, locale), touchesLabels[deal.touches]].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
