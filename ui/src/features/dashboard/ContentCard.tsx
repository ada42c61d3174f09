// Library items by how often sellers used them, and how the deals they were used in went.
import { useDisplayFormat } from "../../components/format-context";
import type { ContentRow, DashboardFilter } from "../../ipc/bindings";
import { DashboardCard } from "./DashboardCard";
import { count, percent } from "./dashboard-format";
import { FigureLink } from "./FigureLink";

export function ContentCard({ content, filter }: { content: ContentRow[]; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  return (
    <DashboardCard title="Content effectiveness" subtitle="Uses in the period; win rate of closed deals it was used in" exportTable="content" filter={filter}>
      {content.length === 0 ? (
        <p className="dash-card__empty">No library item was shared or used in a deal in this period.</p>
      ) : (
        <table className="dash-table" aria-label="Content effectiveness">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className="num">Uses</th>
              <th scope="col" className="num">Won</th>
              <th scope="col" className="num">Win rate</th>
            </tr>
          </thead>
          <tbody>
            {content.map((row) => (
              <tr key={row.item_id}>
                <th scope="row">{row.title}</th>
                <td className="num muted">{count(row.uses, locale)}</td>
                <td className="num">
                  <FigureLink figure={row.won} text={count(row.won.value, locale)} title={`Won with “${row.title}”`} />
                </td>
                <td className="num">{percent(row.win_rate_percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardCard>
  );
}
