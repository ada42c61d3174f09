// The campaigns list (what marketing runs, what it cost, how many leads it brought) with the
// campaign's page or form in a side pane beside it.
import { Megaphone, Plus } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { isTypingTarget } from "../../components/is-typing-target";
import { Kbd } from "../../components/Kbd";
import type { CampaignListRow } from "../../ipc/bindings";
import { campaignDates, channelLabels } from "./campaign-labels";
import { useCampaigns } from "./campaign-queries";
import { CampaignPane, type CampaignPanePlace } from "./CampaignPane";
import { formatCount } from "../../components/intl-formats";
import "../contacts/contacts.css";
import "./campaigns.css";

export function CampaignsScreen() {
  const campaigns = useCampaigns();
  const [pane, setPane] = useState<CampaignPanePlace>(null);
  const openNew = () => setPane({ mode: "new" });

  // "n" adds a campaign here (the global "n" stands aside on this screen).
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "n" || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector("[role=dialog]")) return;
      event.preventDefault();
      setPane({ mode: "new" });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const rows = campaigns.data;
  return (
    <div className="contacts">
      <section className="contacts__list" aria-labelledby="campaigns-title">
        <header className="screen-header">
          <h1 id="campaigns-title" className="screen-header__title">
            Campaigns
          </h1>
          {rows && (
            <span className="screen-header__count tabular" data-testid="campaign-count">
              {rows.length} {rows.length === 1 ? "campaign" : "campaigns"}
            </span>
          )}
          <span className="screen-header__spacer" />
          <Button variant="primary" onClick={openNew} title="New campaign (N)">
            <Plus aria-hidden="true" />
            New campaign
          </Button>
        </header>
        {campaigns.isError && !rows ? (
          <ErrorState title="Couldn’t load campaigns" error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : !rows ? (
          <div className="campaign-table__loading" aria-busy="true" aria-label="Loading campaigns" />
        ) : rows.length === 0 ? (
          <EmptyState
            icon={<Megaphone size={20} aria-hidden="true" />}
            title="No campaigns yet"
            action={
              <Button variant="primary" onClick={openNew}>
                <Plus aria-hidden="true" />
                New campaign
              </Button>
            }
          >
            A campaign is one push to bring in leads: a webinar, an ad group, a booth at an event. Give it a
            budget and UTM parameters, then set it as a contact’s or deal’s original or latest campaign — by hand,
            on import, or for a whole list with “Set campaign…” on Contacts — to see which campaigns pay off.
            Press <Kbd keys={["N"]} /> here to add one.
          </EmptyState>
        ) : (
          <CampaignTable rows={rows} openId={pane && pane.mode !== "new" ? pane.id : null} onOpen={(id) => setPane({ mode: "view", id })} />
        )}
      </section>
      {pane && <CampaignPane place={pane} onPlaceChange={setPane} />}
    </div>
  );
}

function CampaignTable({ rows, openId, onOpen }: { rows: CampaignListRow[]; openId: string | null; onOpen: (id: string) => void }) {
  const { locale } = useDisplayFormat();
  return (
    <div className="campaign-table__scroll">
      <table className="campaign-table" aria-label="Campaigns">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Channel</th>
            <th scope="col">Dates</th>
            <th scope="col" className="campaign-table__number">
              Budget
            </th>
            <th scope="col" className="campaign-table__number">
              Cost
            </th>
            <th scope="col">Owner</th>
            <th scope="col" className="campaign-table__number">
              Leads
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              data-testid="campaign-row"
              aria-selected={row.id === openId}
              className={row.id === openId ? "campaign-table__row campaign-table__row--open" : "campaign-table__row"}
              onClick={() => onOpen(row.id)}
            >
              <td>
                <button type="button" className="campaign-table__name" onClick={() => onOpen(row.id)}>
                  {row.name}
                </button>
              </td>
              <td>
                <span className={`channel-chip channel-chip--${row.channel}`}>{channelLabels[row.channel]}</span>
              </td>
              <td className="campaign-table__muted">{campaignDates(row.starts_on, row.ends_on, locale)}</td>
              <td className="campaign-table__number tabular">{formatMoney(row.budget, row.currency, locale)}</td>
              <td className="campaign-table__number tabular">{formatMoney(row.actual_cost, row.currency, locale)}</td>
              <td className="campaign-table__muted">{row.owner_name}</td>
              <td className="campaign-table__number tabular">{formatCount(row.leads, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
