// Open deals by the quarter they are expected to close, amount and weighted.
import { useMemo } from "react";
import { useDisplayFormat } from "../../components/format-context";
import type { DashboardFilter, ForecastQuarter } from "../../ipc/bindings";
import { weightedBarOption } from "./bar-option";
import { useChartColours } from "./chart-theme";
import { DashboardCard } from "./DashboardCard";
import { money } from "./dashboard-format";
import { useOpenDrill } from "./drill-context";
import { EChart } from "./EChart";
import { FigureLink } from "./FigureLink";

export function ForecastCard({ quarters, currency, filter }: { quarters: ForecastQuarter[]; currency: string; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  const colours = useChartColours();
  const openDrill = useOpenDrill();
  const option = useMemo(
    () => weightedBarOption(quarters.map((q) => ({ label: q.label, amount: q.amount.value, weighted: q.weighted })), colours, currency, locale),
    [quarters, colours, currency, locale],
  );
  return (
    <DashboardCard title="Forecast" subtitle="Open deals by quarter of expected close" exportTable="forecast" filter={filter}>
      <EChart
        option={option}
        label="Forecast by quarter"
        height={180}
        onPick={(index) => {
          const quarter = quarters[index];
          if (quarter?.amount.drill) openDrill(quarter.amount.drill, `Expected to close in ${quarter.label}`);
        }}
      />
      <table className="dash-table" aria-label="Forecast by quarter">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col" className="num">Amount</th>
            <th scope="col" className="num">Weighted</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.label}>
              <th scope="row">{quarter.label}</th>
              <td className="num">
                <FigureLink figure={quarter.amount} text={money(quarter.amount.value, currency, locale)} title={`Expected to close in ${quarter.label}`} />
              </td>
              <td className="num muted">{money(quarter.weighted, currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DashboardCard>
  );
}
