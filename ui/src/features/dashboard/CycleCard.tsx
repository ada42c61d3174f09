// How long won deals took, from creation to won, by company size.
import { useDisplayFormat } from "../../components/format-context";
import type { DashboardFilter, SegmentCycle } from "../../ipc/bindings";
import { DashboardCard } from "./DashboardCard";
import { count, days } from "./dashboard-format";
import { FigureLink } from "./FigureLink";

export function CycleCard({ overall, segments, filter }: { overall: string | null; segments: SegmentCycle[]; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  return (
    <DashboardCard title="Sales cycle" subtitle={`Median ${days(overall, locale)} from created to won`} exportTable="sales_cycle" filter={filter}>
      {segments.length === 0 ? (
        <p className="dash-card__empty">No deal was won in this period.</p>
      ) : (
        <table className="dash-table" aria-label="Sales cycle by company size">
          <thead>
            <tr>
              <th scope="col">Company size</th>
              <th scope="col" className="num">Won deals</th>
              <th scope="col" className="num">Median</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.segment}>
                <th scope="row">{segment.segment}</th>
                <td className="num">
                  <FigureLink figure={segment.deals} text={count(segment.deals.value, locale)} title={`Won · ${segment.segment}`} />
                </td>
                <td className="num muted">{days(segment.median_days, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardCard>
  );
}
