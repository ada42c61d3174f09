// Won revenue in the period, split by owner, region or product line.
import { useMemo, useState } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import type { DashboardFilter, DashboardTable, Slice } from "../../ipc/bindings";
import { barOption } from "./bar-option";
import { useChartColours } from "./chart-theme";
import { DashboardCard } from "./DashboardCard";
import { compactMoney, count, money } from "./dashboard-format";
import { useOpenDrill } from "./drill-context";
import { EChart } from "./EChart";
import { FigureLink } from "./FigureLink";

type Split = "owner" | "region" | "product";
const splits: { value: Split; label: string; table: DashboardTable }[] = [
  { value: "owner", label: "Owner", table: "revenue_by_owner" },
  { value: "region", label: "Region", table: "revenue_by_region" },
  { value: "product", label: "Product", table: "revenue_by_product" },
];
/** The chart shows the largest slices; the table below lists them all. */
const charted = 8;

export function RevenueCard({
  byOwner,
  byRegion,
  byProduct,
  currency,
  filter,
}: {
  byOwner: Slice[];
  byRegion: Slice[];
  byProduct: Slice[];
  currency: string;
  filter: DashboardFilter;
}) {
  const { locale } = useDisplayFormat();
  const colours = useChartColours();
  const openDrill = useOpenDrill();
  const [split, setSplit] = useState<Split>("owner");
  const slices = split === "owner" ? byOwner : split === "region" ? byRegion : byProduct;
  const top = slices.slice(0, charted);
  const option = useMemo(
    () =>
      barOption({
        categories: top.map((s) => s.label),
        series: [{ name: "Won", values: top.map((s) => Number(s.amount.value) || 0) }],
        colours,
        formatValue: (v) => compactMoney(String(v), currency, locale),
        horizontal: true,
      }),
    [top, colours, currency, locale],
  );
  const splitLabel = splits.find((s) => s.value === split)!;
  return (
    <DashboardCard
      title="Won revenue"
      subtitle="Deals won in the period"
      exportTable={splitLabel.table}
      filter={filter}
      actions={<SegmentedChoice label="Split revenue by" options={splits} value={split} onValueChange={setSplit} />}
    >
      {slices.length === 0 ? (
        <p className="dash-card__empty">No deal was won in this period.</p>
      ) : (
        <>
          <EChart
            option={option}
            label={`Won revenue by ${splitLabel.label.toLowerCase()}`}
            height={Math.max(90, top.length * 26 + 12)}
            onPick={(index) => {
              const slice = top[index];
              if (slice?.amount.drill) openDrill(slice.amount.drill, `Won · ${slice.label}`);
            }}
          />
          <table className="dash-table" aria-label={`Won revenue by ${splitLabel.label.toLowerCase()}`}>
            <thead>
              <tr>
                <th scope="col">{splitLabel.label}</th>
                <th scope="col" className="num">Deals</th>
                <th scope="col" className="num">Won</th>
              </tr>
            </thead>
            <tbody>
              {slices.map((slice) => (
                <tr key={slice.key}>
                  <th scope="row">{slice.label}</th>
                  <td className="num muted">{count(slice.deals, locale)}</td>
                  <td className="num">
                    <FigureLink figure={slice.amount} text={money(slice.amount.value, currency, locale)} title={`Won · ${slice.label}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </DashboardCard>
  );
}
