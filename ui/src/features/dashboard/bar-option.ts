// The dashboard's bar charts share one look: quiet axes, the app's colours, money in compact form.
import type { ChartColours } from "./chart-theme";
import { compactMoney } from "./dashboard-format";
import type { ChartOption } from "./EChart";

export type BarSeries = { name: string; values: number[]; faded?: boolean };

export function barOption({
  categories,
  series,
  colours,
  formatValue,
  horizontal = false,
}: {
  categories: string[];
  series: BarSeries[];
  colours: ChartColours;
  formatValue: (value: number) => string;
  horizontal?: boolean;
}): ChartOption {
  const categoryAxis = {
    type: "category" as const,
    data: categories,
    inverse: horizontal,
    axisLine: { lineStyle: { color: colours.border } },
    axisTick: { show: false },
    axisLabel: { color: colours.muted, fontSize: 11, width: horizontal ? 110 : 90, overflow: "truncate" as const, interval: 0 },
  };
  const valueAxis = {
    type: "value" as const,
    splitNumber: 3,
    splitLine: { lineStyle: { color: colours.border } },
    axisLabel: { color: colours.muted, fontSize: 10, formatter: (value: number) => formatValue(value) },
  };
  return {
    grid: { left: 4, right: 12, top: series.length > 1 ? 26 : 8, bottom: 4, containLabel: true },
    legend: series.length > 1 ? { top: 0, right: 0, itemWidth: 10, itemHeight: 10, textStyle: { color: colours.muted, fontSize: 11 } } : undefined,
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (value) => formatValue(Number(value)),
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      data: s.values,
      barMaxWidth: 26,
      barGap: "10%",
      itemStyle: { color: s.faded ? colours.soft : colours.accent, borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
      cursor: "pointer",
    })),
  };
}

/** Each category's amount (faded) beside its weighted amount, money on the axis. */
export function weightedBarOption(
  rows: { label: string; amount: string; weighted: string }[],
  colours: ChartColours,
  currency: string,
  locale: string,
): ChartOption {
  return barOption({
    categories: rows.map((r) => r.label),
    series: [
      { name: "Amount", values: rows.map((r) => Number(r.amount) || 0), faded: true },
      { name: "Weighted", values: rows.map((r) => Number(r.weighted) || 0) },
    ],
    colours,
    formatValue: (v) => compactMoney(String(v), currency, locale),
  });
}
