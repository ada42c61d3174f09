// A titled panel of the dashboard; a table's panel offers its CSV export.
import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { DashboardFilter, DashboardTable } from "../../ipc/bindings";
import { useExportDashboardTable } from "./dashboard-queries";

export function DashboardCard({
  title,
  subtitle,
  exportTable,
  filter,
  actions,
  wide = false,
  children,
}: {
  title: string;
  subtitle?: string;
  /** The table "Export CSV" writes, with the dashboard's current filter. */
  exportTable?: DashboardTable;
  filter: DashboardFilter;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const exporter = useExportDashboardTable();
  const toast = useToast();
  return (
    <section className={wide ? "dash-card dash-card--wide" : "dash-card"} aria-label={title}>
      <header className="dash-card__head">
        <div>
          <h2 className="dash-card__title">{title}</h2>
          {subtitle && <p className="dash-card__subtitle">{subtitle}</p>}
        </div>
        <div className="dash-card__actions">
          {actions}
          {exportTable && (
            <button
              type="button"
              className="dash-card__export"
              title={`Export “${title}” as CSV`}
              aria-label={`Export ${title} as CSV`}
              disabled={exporter.isPending}
              onClick={() =>
                exporter.mutate(
                  { filter, table: exportTable },
                  {
                    onSuccess: ({ path }) => toast({ message: `“${title}” exported to ${path}` }),
                    onError: (error) => toast({ message: `Couldn’t export “${title}”: ${toAppError(error).message}`, tone: "error" }),
                  },
                )
              }
            >
              <Download size={13} aria-hidden="true" />
              CSV
            </button>
          )}
        </div>
      </header>
      {children}
    </section>
  );
}
