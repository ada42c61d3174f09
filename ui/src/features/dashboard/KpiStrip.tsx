// The headline figures, one tile each; every number opens the records behind it.
import { useDisplayFormat } from "../../components/format-context";
import type { Dashboard, DashboardFigure } from "../../ipc/bindings";
import { count, days, headlineExact, headlineMoney, percent } from "./dashboard-format";
import { FigureLink } from "./FigureLink";

/** `exact`: the unrounded amount behind a money tile, shown on hover. */
type Tile = { label: string; figure: DashboardFigure; text: string; detail: string; exact?: string };

export function KpiStrip({ dashboard }: { dashboard: Dashboard }) {
  const { locale } = useDisplayFormat();
  const currency = dashboard.base_currency;
  const noDrill = (value: string): DashboardFigure => ({ value, drill: null });
  const exact = (figure: DashboardFigure) => headlineExact(figure.value, currency, locale);
  const newLeads = dashboard.funnel[0];
  const tiles: Tile[] = [
    {
      label: "New leads",
      figure: newLeads?.count ?? noDrill(""),
      text: count(newLeads?.count.value ?? "", locale),
      detail: `${percent(dashboard.lead_to_customer_percent)} became customers`,
    },
    {
      label: "Win rate",
      figure: dashboard.won,
      text: percent(dashboard.win_rate_percent),
      detail: `${count(dashboard.won.value, locale)} won · ${count(dashboard.lost.value, locale)} lost`,
    },
    {
      label: "Average deal",
      figure: dashboard.average_deal_value,
      text: headlineMoney(dashboard.average_deal_value.value, currency, locale),
      exact: exact(dashboard.average_deal_value),
      detail: "won in the period",
    },
    {
      label: "Sales cycle",
      figure: dashboard.won,
      text: days(dashboard.sales_cycle_median_days, locale),
      detail: "median, created to won",
    },
    {
      label: "Marketing-sourced",
      figure: dashboard.sourced_revenue,
      text: headlineMoney(dashboard.sourced_revenue.value, currency, locale),
      exact: exact(dashboard.sourced_revenue),
      detail: `influenced ${headlineMoney(dashboard.influenced_revenue.value, currency, locale)}`,
    },
    {
      label: "Acquisition cost",
      figure: dashboard.new_customers,
      text: headlineMoney(dashboard.customer_acquisition_cost.value, currency, locale),
      exact: exact(dashboard.customer_acquisition_cost),
      detail: `per customer · ${count(dashboard.new_customers.value, locale)} new`,
    },
  ];
  return (
    <ul className="kpi-strip" aria-label="Headline figures">
      {tiles.map((tile) => (
        <li key={tile.label} className="kpi">
          <span className="kpi__label">{tile.label}</span>
          <span className="kpi__value">
            <FigureLink figure={tile.figure} text={tile.text} title={tile.label} exact={tile.exact} />
          </span>
          <span className="kpi__detail">{tile.detail}</span>
        </li>
      ))}
    </ul>
  );
}
