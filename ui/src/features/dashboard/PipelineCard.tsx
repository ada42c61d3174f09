// Open deals by stage now: count, amount and weighted amount, charted and listed.
import { useMemo } from "react";
import { useDisplayFormat } from "../../components/format-context";
import type { DashboardFilter, StageValue } from "../../ipc/bindings";
import { weightedBarOption } from "./bar-option";
import { useChartColours } from "./chart-theme";
import { DashboardCard } from "./DashboardCard";
import { count, headlineMoney, money } from "./dashboard-format";
import { useOpenDrill } from "./drill-context";
import { EChart } from "./EChart";
import { FigureLink } from "./FigureLink";

export function PipelineCard({
  stages,
  total,
  weighted,
  currency,
  filter,
}: {
  stages: StageValue[];
  total: string;
  weighted: string;
  currency: string;
  filter: DashboardFilter;
}) {
  const { locale } = useDisplayFormat();
  const colours = useChartColours();
  const openDrill = useOpenDrill();
  const option = useMemo(
    () => weightedBarOption(stages.map((s) => ({ label: s.stage, amount: s.amount.value, weighted: s.weighted })), colours, currency, locale),
    [stages, colours, currency, locale],
  );
  return (
    <DashboardCard
      title="Pipeline by stage"
      subtitle={`Open deals today · ${headlineMoney(total, currency, locale)}, weighted ${headlineMoney(weighted, currency, locale)}`}
      exportTable="pipeline"
      filter={filter}
    >
      <EChart
        option={option}
        label="Open pipeline by stage, amount and weighted"
        height={180}
        onPick={(index) => {
          const stage = stages[index];
          if (stage?.amount.drill) openDrill(stage.amount.drill, `Open deals in ${stage.stage}`);
        }}
      />
      <table className="dash-table" aria-label="Pipeline by stage">
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col" className="num">Deals</th>
            <th scope="col" className="num">Amount</th>
            <th scope="col" className="num">Weighted</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.stage_id}>
              <th scope="row">{stage.stage}</th>
              <td className="num">
                <FigureLink figure={stage.count} text={count(stage.count.value, locale)} title={`Open deals in ${stage.stage}`} />
              </td>
              <td className="num">
                <FigureLink figure={stage.amount} text={money(stage.amount.value, currency, locale)} title={`Open deals in ${stage.stage}`} />
              </td>
              <td className="num muted">{money(stage.weighted, currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DashboardCard>
  );
}
