// The dashboard's reads and exports. Every key sits under ["dashboard"], which the backend's
// "changed" events invalidate for the tables its figures come from.
import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { DashboardFilter, DashboardTable } from "../../ipc/bindings";

export const dashboardQuery = (filter: DashboardFilter) =>
  queryOptions({
    queryKey: ["dashboard", "figures", filter],
    queryFn: () => backend.dashboard(filter),
    // A filter change keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export const dashboardOptionsQuery = queryOptions({ queryKey: ["dashboard", "options"], queryFn: backend.dashboardOptions });

export const dashboardRecordsQuery = (filter: DashboardFilter, drill: string) =>
  queryOptions({ queryKey: ["dashboard", "records", filter, drill], queryFn: () => backend.dashboardRecords(filter, drill) });

export const useExportDashboardTable = () =>
  useMutation({ mutationFn: ({ filter, table }: { filter: DashboardFilter; table: DashboardTable }) => backend.exportDashboardTable(filter, table) });

export const useExportDashboardReport = () => useMutation({ mutationFn: (filter: DashboardFilter) => backend.exportDashboardReport(filter) });
