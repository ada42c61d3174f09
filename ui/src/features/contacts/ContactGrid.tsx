// The virtualized contacts grid: renders only visible rows, so 100k contacts scroll like 10.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useNavigation } from "../../app/navigation-context";
import { RelativeTime } from "../../components/RelativeTime";
import { markOnce } from "../../components/start-up-mark";
import type { ContactSort, RecordFilter } from "../../ipc/bindings";
import { ContactGridHeader } from "./ContactGridHeader";
import { LifecyclePill } from "./LifecyclePill";
import { SkeletonCells } from "./ContactGridSkeleton";
import { useContactRows } from "./use-contact-rows";

const rowHeight = 34;

/**
 * `sort` is the order the rows were loaded in; `requestedSort` is what the header shows, so a click
 * answers at once while the reordered first page loads. The parent keys this grid by search and
 * sort, so a new order starts at the top with nothing selected.
 */
export function ContactGrid({
  search,
  filter,
  sort,
  requestedSort,
  onSortChange,
  total,
}: {
  search: string;
  filter: RecordFilter;
  sort: ContactSort;
  requestedSort: ContactSort;
  onSortChange: (sort: ContactSort, column: ContactSort) => void;
  total: number;
}) {
  const navigation = useNavigation();
  const viewport = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    paddingStart: rowHeight, // room for the sticky header row
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (items.length > 0) markOnce("tandem:first-rows");
  }, [items.length]);
  const rowAt = useContactRows(search, filter, sort, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  const openId = navigation.pane && navigation.pane.mode !== "new" ? navigation.pane.id : null;

  function select(index: number) {
    const clamped = Math.min(Math.max(index, 0), total - 1);
    setSelected(clamped);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Keys pressed on a header button are that button's (Enter and Space sort), not the grid's.
    if (event.target !== event.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((viewport.current?.clientHeight ?? 0) / rowHeight) - 1);
    switch (event.key) {
      case "ArrowDown":
      case "j":
        select(selected + 1);
        break;
      case "ArrowUp":
      case "k":
        select(selected < 0 ? 0 : selected - 1);
        break;
      case "PageDown":
        select(selected + pageRows);
        break;
      case "PageUp":
        select(selected - pageRows);
        break;
      case "Home":
        select(0);
        break;
      case "End":
        select(total - 1);
        break;
      case "Enter": {
        const row = rowAt(selected);
        if (row) navigation.openContact(row.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div
      ref={viewport}
      className="contact-grid"
      role="grid"
      aria-label="Contacts"
      aria-rowcount={total + 1}
      aria-colcount={7}
      aria-activedescendant={selected >= 0 ? `contact-row-${selected}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && selected < 0 && total > 0) setSelected(0);
      }}
      data-virtual-viewport=""
    >
      <div className="contact-grid__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <ContactGridHeader sort={requestedSort} onSortChange={onSortChange} />
        {items.map((item) => {
          const row = rowAt(item.index);
          const isSelected = item.index === selected || (row !== undefined && row.id === openId);
          return (
            <div
              key={item.key}
              id={`contact-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              aria-busy={row ? undefined : true}
              data-testid="contact-row"
              className={`contact-row${isSelected ? " contact-row--selected" : ""}${
                item.index === selected ? " contact-row--cursor" : ""
              }`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setSelected(item.index);
                if (row) navigation.openContact(row.id);
              }}
            >
              {row ? (
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
              ) : (
                <SkeletonCells />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
