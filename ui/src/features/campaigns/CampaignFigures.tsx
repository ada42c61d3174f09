// How far a campaign's leads got and what it earned: the dashboard's figures for this campaign
// from its first day to today, credited by first or last touch (switchable).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { Attribution, Campaign, DashboardFilter } from "../../ipc/bindings";
import { todayIn } from "../dashboard/dashboard-period";
import { formatCount } from "../../components/intl-formats";

const attributionOptions: { value: Attribution; label: string; title: string }[] = [
  { value: "first_touch", label: "First touch", title: "Credit leads and deals to the campaign that brought them in" },
  { value: "last_touch", label: "Last touch", title: "Credit leads and deals to the latest campaign they answered" },
];

export function CampaignFigures({ campaign }: { campaign: Campaign }) {
  const { locale, timeZone } = useDisplayFormat();
  const [attribution, setAttribution] = useState<Attribution>("first_touch");
  const today = todayIn(timeZone);
  // Leads count from the campaign's first day; deals it brought in may close long after it ends.
  const filter: DashboardFilter = {
    period_start: campaign.starts_on,
    period_end: campaign.starts_on > today ? campaign.starts_on : today,
    owner_id: null,
    team_id: null,
    campaign_id: campaign.id,
    region: null,
    product_id: null,
    attribution,
  };
  const figures = useQuery({
    queryKey: ["dashboard", "campaign", filter],
    queryFn: () => backend.dashboard(filter),
    enabled: campaign.starts_on !== "",
    placeholderData: keepPreviousData,
  });
  const row = figures.data?.campaigns.find((c) => c.id === campaign.id);
  const currency = figures.data?.base_currency ?? "";
  const number = (value: string) => (value === "" ? "—" : formatCount(Number(value), locale));
  const rate = (part: string, whole: string) =>
    part === "" || whole === "" || Number(whole) === 0 ? null : `${Math.round((Number(part) / Number(whole)) * 100)}%`;

  return (
    <section className="campaign-figures" aria-labelledby={`campaign-figures-${campaign.id}`}>
      <div className="campaign-figures__head">
        <h3 id={`campaign-figures-${campaign.id}`} className="contact-detail__section">
          Funnel and return
        </h3>
        <SegmentedChoice label="Attribution" options={attributionOptions} value={attribution} onValueChange={setAttribution} />
      </div>
      {figures.isError && !figures.data ? (
        <p className="field__error">Couldn’t compute this campaign’s figures: {toAppError(figures.error).message}</p>
      ) : !figures.data ? (
        <div className="contact-pane__loading" aria-busy="true" aria-label="Loading figures" />
      ) : !row ? (
        <p className="muted">No figures for this campaign yet.</p>
      ) : (
        <>
          <ol className="campaign-funnel" aria-label="Funnel">
            {[
              { label: "Leads", value: row.leads.value, previous: null },
              { label: "MQLs", value: row.mqls.value, previous: row.leads.value },
              { label: "SQLs", value: row.sqls.value, previous: row.mqls.value },
              { label: "Customers", value: row.customers.value, previous: row.sqls.value },
            ].map((step) => (
              <li key={step.label} className="campaign-funnel__step">
                <span className="campaign-funnel__label">{step.label}</span>
                <span className="campaign-funnel__value tabular">{number(step.value)}</span>
                {step.previous !== null && <span className="campaign-funnel__rate tabular">{rate(step.value, step.previous) ?? ""}</span>}
              </li>
            ))}
          </ol>
          <dl className="facts">
            <dt>Won revenue</dt>
            <dd className="tabular">{row.revenue.value ? formatMoney(row.revenue.value, currency, locale) : "—"}</dd>
            <dt>Cost</dt>
            <dd className="tabular">{row.cost ? formatMoney(row.cost, currency, locale) : <span className="muted">No cost yet</span>}</dd>
            <dt>ROI</dt>
            <dd className="tabular">{row.roi_percent === null ? <span className="muted">Needs a cost</span> : `${row.roi_percent}%`}</dd>
          </dl>
          <p className="campaign-figures__note">
            Since {campaign.starts_on}, in {currency}
            {figures.data.unconverted_currencies.length > 0 &&
              `; amounts in ${figures.data.unconverted_currencies.join(", ")} have no exchange rate and are left out`}
            .
          </p>
        </>
      )}
    </section>
  );
}
