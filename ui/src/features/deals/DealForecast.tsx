// Open deals by month of expected close: count, amount and weighted amount, with a bar per month.
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import type { MoneyTotal } from "../../ipc/bindings";
import { formatMoney, formatMoneyCompact, formatMonth } from "./deal-format";
import { forecastQuery } from "./deal-queries";
import { DealsEmpty } from "./DealsEmpty";
import { UnconvertedNote } from "./UnconvertedNote";
import { formatCount } from "../../components/intl-formats";

export function DealForecast({ pipelineId }: { pipelineId: string }) {
  const { locale } = useDisplayFormat();
  const forecast = useQuery(forecastQuery(pipelineId));
  if (forecast.isError && !forecast.data) {
    return <ErrorState title="Couldn’t load the forecast" error={forecast.error} onRetry={() => void forecast.refetch()} />;
  }
  if (!forecast.data) return <ForecastSkeleton />;
  const { months, total, base_currency: currency, unconverted } = forecast.data;
  if (total.count === 0) return <DealsEmpty />;

  // Dated months in order, then the open deals with no close date.
  const dated = months.filter((m) => m.month !== "").sort((a, b) => a.month.localeCompare(b.month));
  const undated = months.filter((m) => m.month === "");
  // Bar lengths only compare the backend's sums; no money is added here.
  const widest = Math.max(...months.map((m) => Number(m.total.amount) || 0), 0);

  return (
    <div className="deal-forecast">
      <UnconvertedNote currencies={unconverted} />
      <table className="forecast-table" aria-label="Forecast by month of expected close">
        <thead>
          <tr>
            <th scope="col">Expected close</th>
            <th scope="col" className="num">Deals</th>
            <th scope="col" className="num">Amount</th>
            <th scope="col" className="num">Weighted</th>
            <th scope="col" className="forecast-table__bar-head">
              <span className="visually-hidden">Share</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...dated, ...undated].map((month) => (
            <Row
              key={month.month || "none"}
              label={month.month ? formatMonth(month.month, locale) : "No close date"}
              total={month.total}
              currency={currency}
              locale={locale}
              widest={widest}
              muted={month.month === ""}
            />
          ))}
        </tbody>
        <tfoot>
          <Row label="Total" total={total} currency={currency} locale={locale} widest={0} header />
        </tfoot>
      </table>
    </div>
  );
}

function Row({
  label,
  total,
  currency,
  locale,
  widest,
  muted = false,
  header = false,
}: {
  label: string;
  total: MoneyTotal;
  currency: string;
  locale: string;
  widest: number;
  muted?: boolean;
  header?: boolean;
}) {
  const share = widest > 0 ? Math.max(0, Math.min(1, (Number(total.amount) || 0) / widest)) : 0;
  const weightedShare = widest > 0 ? Math.max(0, Math.min(1, (Number(total.weighted) || 0) / widest)) : 0;
  return (
    <tr className={muted ? "forecast-table__row--muted" : undefined} data-testid="forecast-row">
      {header ? <th scope="row">{label}</th> : <td>{label}</td>}
      <td className="num tabular">{formatCount(total.count, locale)}</td>
      <td className="num tabular" title={formatMoney(total.amount, currency, locale)}>
        {formatMoney(total.amount, currency, locale)}
      </td>
      <td className="num tabular" title={formatMoney(total.weighted, currency, locale)}>
        {formatMoney(total.weighted, currency, locale)}
      </td>
      <td className="forecast-table__bar-cell" aria-hidden="true">
        {widest > 0 && (
          <span className="forecast-bar" title={`${formatMoneyCompact(total.amount, currency, locale)}`}>
            <span className="forecast-bar__amount" style={{ width: `${share * 100}%` }} />
            <span className="forecast-bar__weighted" style={{ width: `${weightedShare * 100}%` }} />
          </span>
        )}
      </td>
    </tr>
  );
}


function ForecastSkeleton() {
  return (
    <div className="deal-forecast" aria-busy="true" aria-label="Loading the forecast">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="forecast-skeleton-row">
          <span className="skeleton" style={{ width: "20%" }} />
          <span className="skeleton" style={{ width: `${30 + ((index * 17) % 50)}%` }} />
        </div>
      ))}
    </div>
  );
}
