// Each campaign's leads, how far they got, the won revenue attributed to it and its return.
import { useDisplayFormat } from "../../components/format-context";
import type { Channel, DashboardCampaignRow, DashboardFilter } from "../../ipc/bindings";
import { channelLabels } from "../campaigns/campaign-labels";
import { DashboardCard } from "./DashboardCard";
import { count, money } from "./dashboard-format";
import { FigureLink } from "./FigureLink";

export function CampaignsCard({ campaigns, currency, filter }: { campaigns: DashboardCampaignRow[]; currency: string; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  const touch = filter.attribution === "first_touch" ? "first touch" : "last touch";
  return (
    <DashboardCard title="Campaigns" subtitle={`Leads and won revenue attributed by ${touch}`} exportTable="campaigns" filter={filter} wide>
      {campaigns.length === 0 ? (
        <p className="dash-card__empty">No campaign brought leads in this period. Campaigns are kept under Campaigns in the sidebar.</p>
      ) : (
        <table className="dash-table" aria-label="Campaigns">
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Channel</th>
              <th scope="col" className="num">Leads</th>
              <th scope="col" className="num">MQL</th>
              <th scope="col" className="num">SQL</th>
              <th scope="col" className="num">Customers</th>
              <th scope="col" className="num">Cost</th>
              <th scope="col" className="num">Revenue</th>
              <th scope="col" className="num">ROI</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((row) => (
              <tr key={row.id} data-testid="campaign-row">
                <th scope="row">{row.name}</th>
                <td className="muted">{channelLabels[row.channel as Channel] ?? row.channel}</td>
                <td className="num">
                  <FigureLink figure={row.leads} text={count(row.leads.value, locale)} title={`Leads from ${row.name}`} />
                </td>
                <td className="num">
                  <FigureLink figure={row.mqls} text={count(row.mqls.value, locale)} title={`Marketing-qualified from ${row.name}`} />
                </td>
                <td className="num">
                  <FigureLink figure={row.sqls} text={count(row.sqls.value, locale)} title={`Sales-qualified from ${row.name}`} />
                </td>
                <td className="num">
                  <FigureLink figure={row.customers} text={count(row.customers.value, locale)} title={`Customers from ${row.name}`} />
                </td>
                <td className="num muted">{money(row.cost, currency, locale)}</td>
                <td className="num">
                  <FigureLink figure={row.revenue} text={money(row.revenue.value, currency, locale)} title={`Won deals from ${row.name}`} />
                </td>
                <td className={roiClass(row.roi_percent)}>{row.roi_percent === null ? "—" : `${row.roi_percent}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardCard>
  );
}

function roiClass(roi: number | null): string {
  if (roi === null) return "num muted";
  return roi >= 0 ? "num roi roi--gain" : "num roi roi--loss";
}
