// Every deal of a pipeline as a virtualized table: search, the shared filter bar, sortable columns.
import { SearchBox } from "../../components/SearchBox";
import { ArrowDown, ArrowUp, Clock, FilterX, Search } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { GridSkeleton, VirtualRows, type GridClasses } from "../../components/VirtualRows";
import type { DealSort, Pipeline, Stage } from "../../ipc/bindings";
import { emptyFilter, isFilterActive } from "../records/empty-filter";
import { RecordFilterBar } from "../records/RecordFilterBar";
import { useListSearch } from "../records/use-list-search";
import { SetCampaignButton } from "../campaigns/SetCampaignButton";
import { CloseDay } from "./CloseDay";
import { formatMoney, idleLabel } from "./deal-format";
import { dealPageQuery, dealPageSize, type DealListQuery } from "./deal-queries";
import { defaultDealSort, type DealTableQuery } from "./deal-view";
import { DealsEmpty } from "./DealsEmpty";
import { formatCount } from "../../components/intl-formats";

const classes: GridClasses = {
  grid: "deal-grid",
  sizer: "deal-grid__sizer",
  row: "deal-row",
  block: "deal-row",
  cell: "deal-cell",
};
const skeletonWidths = [60, 50, 40, 40, 45, 40, 36];
const columns: { title: string; sort?: DealSort; numeric?: boolean }[] = [
  { title: "Name", sort: "name" },
  { title: "Company", sort: "company" },
  { title: "Stage", sort: "stage" },
  { title: "Amount", sort: "amount", numeric: true },
  { title: "Expected close", sort: "expected_close" },
  { title: "Owner", sort: "owner" },
  { title: "Updated", sort: "recently_updated" },
];
// Amounts and updates read largest and newest first; every other column A→Z, soonest first, or
// (stages) in pipeline order.
const descendingSorts: DealSort[] = ["amount", "recently_updated"];

export function DealTable({
  pipeline,
  query: tableQuery,
  onQueryChange,
}: {
  pipeline: Pipeline;
  query: DealTableQuery;
  onQueryChange: (query: DealTableQuery) => void;
}) {
  const { locale } = useDisplayFormat();
  const queryFor = (search: string): DealListQuery => ({ ...tableQuery, search, pipelineId: pipeline.id });
  const { search, firstPage } = useListSearch(tableQuery.search, (text) => dealPageQuery(queryFor(text), 0));
  const query = queryFor(search);
  const total = firstPage.data?.total;
  const shown = firstPage.data?.query ?? query;
  const filtered = shown.search !== "" || isFilterActive(shown.filter);
  const set = (change: Partial<DealTableQuery>) => onQueryChange({ ...tableQuery, ...change });

  return (
    // Busy while the rows answer an older text than the box holds (tests wait on it too).
    <div className="deal-table" aria-busy={shown.search !== tableQuery.search.trim()}>
      <div className="deal-toolbar">
        <SearchBox
          className="deal-search"
          label="Search deals"
          placeholder="Search deals, companies, people…"
          value={tableQuery.search}
          onValueChange={(search) => set({ search })}
        />
        <span className="screen-header__spacer" />
        {total !== undefined && (
          <span className="screen-header__count tabular" data-testid="deal-count">
            {formatCount(total, locale)} {total === 1 ? "deal" : "deals"}
          </span>
        )}
        {/* Applies to exactly what the table shows: its pipeline, search and filter as last answered. */}
        <SetCampaignButton target={{ table: "deals", pipelineId: shown.pipelineId, search: shown.search, filter: shown.filter }} count={total} />
      </div>
      {/* An empty pipeline has nothing to filter: its empty state says how to start instead. */}
      {!(total === 0 && !filtered) && (
        <RecordFilterBar
          list={{ table: "deals", stages: pipeline.stages }}
          filter={tableQuery.filter}
          onFilterChange={(filter) => set({ filter })}
        />
      )}
      {firstPage.isError && !firstPage.data ? (
        <ErrorState title="Couldn’t load deals" error={firstPage.error} onRetry={() => void firstPage.refetch()} />
      ) : total === undefined ? (
        <TableSkeleton />
      ) : total === 0 && !filtered ? (
        <DealsEmpty />
      ) : total === 0 && isFilterActive(shown.filter) ? (
        <EmptyState
          icon={<FilterX size={20} aria-hidden="true" />}
          title="No deals match these filters"
          action={<Button onClick={() => set({ filter: emptyFilter })}>Clear filters</Button>}
        >
          Every filter narrows the list, and within one filter any value matches. Remove a chip above
          {shown.search ? " or change the search" : ""} to see more deals.
        </EmptyState>
      ) : total === 0 ? (
        <EmptyState icon={<Search size={20} aria-hidden="true" />} title={`No deals match “${shown.search}”`}>
          Search looks at deal names, companies and people. Check the spelling or try fewer letters.
        </EmptyState>
      ) : (
        <DealGrid
          query={shown}
          requestedSort={tableQuery.sort}
          onSortChange={(sort) => set({ sort })}
          total={total}
          stages={pipeline.stages}
        />
      )}
    </div>
  );
}

function DealGrid({
  query,
  requestedSort,
  onSortChange,
  total,
  stages,
}: {
  query: DealListQuery;
  requestedSort: DealSort;
  onSortChange: (sort: DealSort) => void;
  total: number;
  /** The pipeline's stages: whether a row's stage is open decides if its close day is overdue. */
  stages: Stage[];
}) {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const openId = navigation.deals.pane && navigation.deals.pane.mode !== "new" ? navigation.deals.pane.id : null;

  return (
    <VirtualRows
      label="Deals"
      total={total}
      columnCount={columns.length}
      classes={classes}
      rowIdPrefix="deal-row"
      rowTestId="deal-row"
      rowData={(row) => ({ "data-deal-id": row?.id })}
      header={
        <div role="row" className="deal-row deal-row--header" aria-rowindex={1}>
          {columns.map((column) => (
            <HeaderCell key={column.title} {...column} active={column.sort === requestedSort} onSort={onSortChange} />
          ))}
        </div>
      }
      pageSize={dealPageSize}
      pageQuery={(page: number) => dealPageQuery(query, page)}
      openId={openId}
      onOpen={(id) => navigation.openDeal(id)}
      skeletonWidths={skeletonWidths}
      resetKey={JSON.stringify(query)}
      renderCells={(row) => (
        <>
          <span role="gridcell" className="deal-cell deal-cell--name">
            <span className="deal-cell__text">{row.name}</span>
            {row.rotting_days !== null && (
              <span className="deal-badge deal-badge--rotting">
                <Clock size={11} aria-hidden="true" />
                {idleLabel(row.rotting_days)}
              </span>
            )}
          </span>
          <span role="gridcell" className="deal-cell">
            {row.company_name}
          </span>
          <span role="gridcell" className="deal-cell">
            {row.stage_name}
          </span>
          <span role="gridcell" className="deal-cell deal-cell--numeric tabular">
            {formatMoney(row.amount, row.currency, locale)}
          </span>
          <span role="gridcell" className="deal-cell tabular">
            <CloseDay day={row.expected_close} stageKind={stages.find((stage) => stage.id === row.stage_id)?.kind} />
          </span>
          <span role="gridcell" className="deal-cell">
            {row.owner_name}
          </span>
          <span role="gridcell" className="deal-cell deal-cell--muted">
            <RelativeTime iso={row.updated_at} />
          </span>
        </>
      )}
    />
  );
}

function HeaderCell({
  title,
  sort,
  numeric,
  active,
  onSort,
}: {
  title: string;
  sort?: DealSort;
  numeric?: boolean;
  active: boolean;
  onSort: (sort: DealSort) => void;
}) {
  const className = `deal-cell${numeric ? " deal-cell--numeric" : ""}`;
  if (!sort) {
    return (
      <span role="columnheader" className={className}>
        {title}
      </span>
    );
  }
  const direction = descendingSorts.includes(sort) ? "descending" : "ascending";
  const Arrow = direction === "ascending" ? ArrowUp : ArrowDown;
  return (
    <span role="columnheader" className={`${className} deal-cell--sortable`} aria-sort={active ? direction : "none"}>
      <button
        type="button"
        className={`deal-sort${active ? " deal-sort--active" : ""}`}
        onClick={() => onSort(active && sort !== defaultDealSort ? defaultDealSort : sort)}
      >
        <span>{title}</span>
        {active && <Arrow size={12} aria-hidden="true" />}
      </button>
    </span>
  );
}

function TableSkeleton() {
  return (
    <GridSkeleton
      label="Loading deals"
      classes={classes}
      header={
        <div className="deal-row deal-row--header deal-row--static">
          {columns.map((c) => (
            <span key={c.title} className={`deal-cell${c.numeric ? " deal-cell--numeric" : ""}`}>
              {c.title}
            </span>
          ))}
        </div>
      }
      skeletonWidths={skeletonWidths}
    />
  );
}
