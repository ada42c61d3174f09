// Each owner's won revenue against the quota a sales manager set for them.
import { useDisplayFormat } from "../../components/format-context";
import type { DashboardFilter, QuotaRow } from "../../ipc/bindings";
import { DashboardCard } from "./DashboardCard";
import { money, percent } from "./dashboard-format";
import { FigureLink } from "./FigureLink";

export function QuotaCard({ quotas, currency, filter }: { quotas: QuotaRow[]; currency: string; filter: DashboardFilter }) {
  const { locale } = useDisplayFormat();
  return (
    <DashboardCard title="Quota attainment" subtitle="Won within each quota's dates" exportTable="quotas" filter={filter}>
      {quotas.length === 0 ? (
        <p className="dash-card__empty">No quota covers this period. A sales manager sets quotas in Settings → Teams and quotas.</p>
      ) : (
        <table className="dash-table" aria-label="Quota attainment">
          <thead>
            <tr>
              <th scope="col">Owner</th>
              <th scope="col">Quarter</th>
              <th scope="col" className="num">Quota</th>
              <th scope="col" className="num">Won</th>
              <th scope="col" className="quota-bar-head">Attainment</th>
            </tr>
          </thead>
          <tbody>
            {quotas.map((row) => (
              <tr key={`${row.owner_id}-${row.period}`}>
                <th scope="row">{row.owner}</th>
                <td className="muted">{row.period}</td>
                <td className="num muted">{money(row.quota, currency, locale)}</td>
                <td className="num">
                  <FigureLink figure={row.won} text={money(row.won.value, currency, locale)} title={`Won by ${row.owner} in ${row.period}`} />
                </td>
                <td>
                  <span className="quota-bar">
                    <span className="quota-bar__track">
                      <span
                        className={(row.percent ?? 0) >= 100 ? "quota-bar__fill quota-bar__fill--met" : "quota-bar__fill"}
                        style={{ width: `${Math.min(100, row.percent ?? 0)}%` }}
                      />
                    </span>
                    <span className="quota-bar__label">{percent(row.percent)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardCard>
  );
}
