// The dashboard's period and its filters: owner, team, campaign, region, product, attribution.
import { useQuery } from "@tanstack/react-query";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import type { Attribution, DashboardChoice, DashboardFilter } from "../../ipc/bindings";
import { dashboardOptionsQuery } from "./dashboard-queries";
import { periodLabels, type PeriodPreset } from "./dashboard-period";

export type PeriodChoice = PeriodPreset | "custom";

export function DashboardFilters({
  filter,
  period,
  onPeriod,
  onChange,
}: {
  filter: DashboardFilter;
  period: PeriodChoice;
  onPeriod: (period: PeriodChoice) => void;
  onChange: (change: Partial<DashboardFilter>) => void;
}) {
  const options = useQuery(dashboardOptionsQuery).data;
  return (
    <div className="dash-filters" role="group" aria-label="Dashboard filters">
      <label className="dash-filter">
        <span className="dash-filter__label">Period</span>
        <select value={period} onChange={(e) => onPeriod(e.target.value as PeriodChoice)}>
          {Object.entries(periodLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="custom">Custom dates…</option>
        </select>
      </label>
      {period === "custom" && (
        <>
          <label className="dash-filter">
            <span className="dash-filter__label">From</span>
            <input type="date" value={filter.period_start} max={filter.period_end} onChange={(e) => e.target.value && onChange({ period_start: e.target.value })} />
          </label>
          <label className="dash-filter">
            <span className="dash-filter__label">To</span>
            <input type="date" value={filter.period_end} min={filter.period_start} onChange={(e) => e.target.value && onChange({ period_end: e.target.value })} />
          </label>
        </>
      )}
      <Choice label="Owner" all="Everyone" value={filter.owner_id} choices={options?.owners} onChange={(owner_id) => onChange({ owner_id })} />
      <Choice label="Team" all="All teams" value={filter.team_id} choices={options?.teams} onChange={(team_id) => onChange({ team_id })} />
      <Choice label="Campaign" all="All campaigns" value={filter.campaign_id} choices={options?.campaigns} onChange={(campaign_id) => onChange({ campaign_id })} />
      <Choice label="Region" all="All regions" value={filter.region} choices={options?.regions} onChange={(region) => onChange({ region })} />
      <Choice label="Product" all="All products" value={filter.product_id} choices={options?.products} onChange={(product_id) => onChange({ product_id })} />
      <SegmentedChoice<Attribution>
        label="Attribution"
        title="Which campaign gets the credit for a lead or a deal"
        options={[
          { value: "first_touch", label: "First touch" },
          { value: "last_touch", label: "Last touch" },
        ]}
        value={filter.attribution}
        onValueChange={(attribution) => onChange({ attribution })}
      />
    </div>
  );
}

function Choice({
  label,
  all,
  value,
  choices,
  onChange,
}: {
  label: string;
  all: string;
  value: string | null;
  choices: DashboardChoice[] | undefined;
  onChange: (value: string | null) => void;
}) {
  // A filter with one choice or none narrows nothing: it stays out of the way.
  if (!choices || (choices.length < 2 && !value)) return null;
  return (
    <label className="dash-filter">
      <span className="dash-filter__label">{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
