// The virtualized contacts grid: renders only visible rows, so 100k contacts scroll like 10.
import { memo } from "react";
import { useNavigation } from "../../app/navigation-context";
import { RelativeTime } from "../../components/RelativeTime";
import { VirtualRows } from "../../components/VirtualRows";
import type { ContactSort, RecordFilter } from "../../ipc/bindings";
import { contactPageQuery, contactPageSize } from "./contact-queries";
import { ContactGridHeader } from "./ContactGridHeader";
import { contactGridClasses, contactSkeletonWidths } from "./ContactGridSkeleton";
import { LifecyclePill } from "./LifecyclePill";

/**
 * `sort` is the order the rows were loaded in; `requestedSort` is what the header shows, so a click
 * answers at once while the reordered first page loads. `resetKey` names the search, filter and
 * order the rows answer; a new one starts at the top with nothing selected.
 */
export const ContactGrid = memo(function ContactGrid({
  search,
  filter,
  sort,
  requestedSort,
  onSortChange,
  total,
  resetKey,
}: {
  search: string;
  filter: RecordFilter;
  sort: ContactSort;
  requestedSort: ContactSort;
  /** Stable (the state setter), so the memo skips renders that only echo a keystroke. */
  onSortChange: (sort: ContactSort) => void;
  total: number;
  resetKey: string;
}) {
  const navigation = useNavigation();
  const openId = navigation.pane && navigation.pane.mode !== "new" ? navigation.pane.id : null;

  return (
    <VirtualRows
      label="Contacts"
      total={total}
      columnCount={7}
      classes={contactGridClasses}
      rowIdPrefix="contact-row"
      rowTestId="contact-row"
      header={<ContactGridHeader sort={requestedSort} onSortChange={onSortChange} />}
      pageSize={contactPageSize}
      pageQuery={(page: number) => contactPageQuery(search, sort, page, filter)}
      openId={openId}
      onOpen={(id) => navigation.openContact(id)}
      skeletonWidths={contactSkeletonWidths}
      firstRowsMark="tandem:first-rows"
      resetKey={resetKey}
      renderCells={(row) => (
        <>
          <span role="gridcell" className="contact-cell contact-cell--name">
            {row.name}
          </span>
          <span role="gridcell" className="contact-cell">
            {row.email}
          </span>
          <span role="gridcell" className="contact-cell">
            {row.company_name}
          </span>
          <span role="gridcell" className="contact-cell">
            <LifecyclePill stage={row.lifecycle_stage} />
          </span>
          <span role="gridcell" className="contact-cell contact-cell--numeric tabular">
            {row.score ?? ""}
          </span>
          <span role="gridcell" className="contact-cell">
            {row.title}
          </span>
          <span role="gridcell" className="contact-cell">
            {row.country}
          </span>
          <span role="gridcell" className="contact-cell contact-cell--muted">
            <RelativeTime iso={row.updated_at} />
          </span>
        </>
      )}
    />
  );
});
