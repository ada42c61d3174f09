// New leads → MQL → SQL → opportunity → customer for the period's cohort: a funnel chart and,
// beside it, the counts, the conversion from the step before and the median days in each stage.
import { useMemo } from "react";
import { useDisplayFormat } from "../../components/format-context";
import type { DashboardFilter, FunnelStep } from "../../ipc/bindings";
import { useChartColours } from "./chart-theme";
import { DashboardCard } from "./DashboardCard";
import { count, days, percent } from "./dashboard-format";
import { useOpenDrill } from "./drill-context";
import { EChart, type ChartOption } from "./EChart";
import { FigureLink } from "./FigureLink";

export function FunnelCard({ steps, leadToCustomer, filter }: { steps: FunnelStep[]; leadToCustomer: number | null; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  const colours = useChartColours();
  const openDrill = useOpenDrill();
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: "item", formatter: "{b}: {c}" },
      series: [
        {
          type: "funnel",
          sort: "none",
          left: 0,
          right: 0,
          top: 2,
          bottom: 2,
          minSize: "22%",
          gap: 2,
          // The names are in the table beside the chart; inside, only the counts fit every step.
          label: { show: true, position: "inside", color: "#fff", fontSize: 11, formatter: (p) => count(Number(p.value), locale) },
          itemStyle: { borderWidth: 0 },
          data: steps.map((step, index) => ({
            name: step.label,
            value: Number(step.count.value) || 0,
            // One hue, fading step by step: the funnel reads as one flow, not five categories.
            itemStyle: { color: colours.accent, opacity: 1 - index * 0.13 },
          })),
        },
      ],
    }),
    [steps, colours, locale],
  );
  return (
    <DashboardCard
      title="Marketing funnel"
      subtitle={`Leads created in the period, by the furthest stage reached · lead → customer ${percent(leadToCustomer)}`}
      exportTable="funnel"
      filter={filter}
    >
      <div className="dash-split">
        <EChart
          option={option}
          label="Funnel of leads by stage reached"
          height={190}
          onPick={(index) => {
            const step = steps[index];
            if (step?.count.drill) openDrill(step.count.drill, step.label);
          }}
        />
        <table className="dash-table" aria-label="Funnel">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">Leads</th>
              <th scope="col" className="num">Conversion</th>
              <th scope="col" className="num" title="Median days spent in the stage by those who left it">Median</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => (
              <tr key={step.stage} data-testid="funnel-row">
                <th scope="row">{step.label}</th>
                <td className="num">
                  <FigureLink figure={step.count} text={count(step.count.value, locale)} title={step.label} />
                </td>
                <td className="num muted">{index === 0 ? "" : percent(step.conversion_percent)}</td>
                <td className="num muted">{days(step.median_days, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DashboardCard>
  );
}
