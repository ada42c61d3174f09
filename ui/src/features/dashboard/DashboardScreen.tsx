// The joint funnel dashboard: marketing's funnel, sales' pipeline and revenue, and what marketing
// brought to sales, for one period and one slice of the team. Every figure opens its records.
import { useQuery } from "@tanstack/react-query";
import { ChartColumnBig, FileDown } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Dashboard, DashboardFilter } from "../../ipc/bindings";
import { useSettings } from "../settings/settings-queries";
import { CampaignsCard } from "./CampaignsCard";
import { ContentCard } from "./ContentCard";
import { CycleCard } from "./CycleCard";
import { dashboardQuery, useExportDashboardReport } from "./dashboard-queries";
import { periodOf, todayIn } from "./dashboard-period";
import { DashboardFilters, type PeriodChoice } from "./DashboardFilters";
import { DrillContext } from "./drill-context";
import { DrillDialog } from "./DrillDialog";
import { ForecastCard } from "./ForecastCard";
import { FunnelCard } from "./FunnelCard";
import { KpiStrip } from "./KpiStrip";
import { PipelineCard } from "./PipelineCard";
import { QuotaCard } from "./QuotaCard";
import { RevenueCard } from "./RevenueCard";
import "./dashboard.css";

export function DashboardScreen() {
  const { timeZone } = useDisplayFormat();
  const fiscalStart = useSettings().data?.fiscal_year_start_month ?? 1;
  const { dashboard: place, changeDashboard } = useNavigation();
  const { period, custom, narrowing } = place;
  const dates = period === "custom" && custom ? custom : periodOf(period === "custom" ? "this_quarter" : period, todayIn(timeZone), fiscalStart);
  const filter = useMemo<DashboardFilter>(() => ({ ...narrowing, period_start: dates.start, period_end: dates.end }), [narrowing, dates.start, dates.end]);
  const dashboard = useQuery(dashboardQuery(filter));
  const [drill, setDrill] = useState<{ drill: string; title: string } | null>(null);
  const openDrill = useCallback((key: string, title: string) => setDrill({ drill: key, title }), []);

  const onChange = (change: Partial<DashboardFilter>) => {
    const { period_start, period_end, ...rest } = change;
    changeDashboard((current) => ({
      ...current,
      custom: period_start || period_end ? { start: period_start ?? filter.period_start, end: period_end ?? filter.period_end } : current.custom,
      narrowing: { ...current.narrowing, ...rest },
    }));
  };
  const onPeriod = (next: PeriodChoice) => {
    // Custom dates start from the period on screen, so one date at a time can be moved.
    changeDashboard((current) => ({
      ...current,
      period: next,
      custom: next === "custom" ? { start: filter.period_start, end: filter.period_end } : current.custom,
    }));
  };

  return (
    <DrillContext.Provider value={openDrill}>
      <div className="dashboard">
        <header className="screen-header">
          <h1 className="screen-header__title">Dashboard</h1>
          <span className="screen-header__spacer" />
          <ReportButton filter={filter} />
        </header>
        <DashboardFilters filter={filter} period={period} onPeriod={onPeriod} onChange={onChange} />
        <div className="dashboard__body" aria-busy={dashboard.isFetching}>
          {dashboard.isError && !dashboard.data && (
            <ErrorState title="Couldn’t compute the dashboard" error={dashboard.error} onRetry={() => void dashboard.refetch()} />
          )}
          {!dashboard.data && !dashboard.isError && <DashboardSkeleton />}
          {dashboard.data && <Figures dashboard={dashboard.data} filter={filter} />}
        </div>
        {drill && (
          <DrillDialog
            filter={filter}
            drill={drill.drill}
            title={drill.title}
            currency={dashboard.data?.base_currency ?? "USD"}
            onClose={() => setDrill(null)}
          />
        )}
      </div>
    </DrillContext.Provider>
  );
}

function Figures({ dashboard, filter }: { dashboard: Dashboard; filter: DashboardFilter }) {
  const currency = dashboard.base_currency;
  const empty = dashboard.funnel.every((s) => s.count.value === "0") && dashboard.pipeline.length === 0 && dashboard.won.value === "0";
  if (empty) {
    return (
      <EmptyState icon={<ChartColumnBig size={20} />} title="Nothing to count in this period">
        The dashboard counts contacts created, deals open, won and lost, and campaigns run in the chosen period. Pick a longer period,
        clear a filter, or add contacts and deals — their stage changes are what the funnel is made of.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="dashboard__note">
        All amounts in {currency}, converted with the exchange rate valid on each deal’s date (Settings → Exchange rates).
        {dashboard.unconverted_currencies.length > 0 && (
          <strong className="dashboard__warning">
            {" "}
            No rate for {dashboard.unconverted_currencies.join(", ")}: those deals are left out of the sums.
          </strong>
        )}
      </p>
      <KpiStrip dashboard={dashboard} />
      <div className="dashboard__grid">
        <FunnelCard steps={dashboard.funnel} leadToCustomer={dashboard.lead_to_customer_percent} filter={filter} />
        <PipelineCard stages={dashboard.pipeline} total={dashboard.pipeline_total} weighted={dashboard.pipeline_weighted} currency={currency} filter={filter} />
        <RevenueCard
          byOwner={dashboard.revenue_by_owner}
          byRegion={dashboard.revenue_by_region}
          byProduct={dashboard.revenue_by_product}
          currency={currency}
          filter={filter}
        />
        <ForecastCard quarters={dashboard.forecast} currency={currency} filter={filter} />
        <QuotaCard quotas={dashboard.quotas} currency={currency} filter={filter} />
        <CycleCard overall={dashboard.sales_cycle_median_days} segments={dashboard.cycle_by_segment} filter={filter} />
        <CampaignsCard campaigns={dashboard.campaigns} currency={currency} filter={filter} />
        <ContentCard content={dashboard.content} filter={filter} />
      </div>
    </>
  );
}

function ReportButton({ filter }: { filter: DashboardFilter }) {
  const report = useExportDashboardReport();
  const toast = useToast();
  return (
    <Button
      size="small"
      disabled={report.isPending}
      onClick={() =>
        report.mutate(filter, {
          onSuccess: ({ path }) => toast({ message: `Dashboard report saved to ${path}` }),
          onError: (error) => toast({ message: `Couldn’t make the report: ${toAppError(error).message}`, tone: "error" }),
        })
      }
    >
      <FileDown size={14} aria-hidden="true" />
      {report.isPending ? "Making PDF…" : "Export PDF"}
    </Button>
  );
}

function DashboardSkeleton() {
  return (
    <div className="dashboard__grid" aria-label="Loading the dashboard">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="dash-card dash-card--skeleton">
          <span className="skeleton" style={{ width: "40%" }} />
          <span className="skeleton" style={{ width: "90%", height: 120 }} />
        </div>
      ))}
    </div>
  );
}
