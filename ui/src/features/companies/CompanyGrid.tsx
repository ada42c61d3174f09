// The virtualized companies grid: renders only visible rows, pages of 100 fetched as they scroll in.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, useState, type KeyboardEvent } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useDisplayFormat } from "../../components/format-context";
import { useCompanyRows } from "./use-company-rows";

const rowHeight = 34;

export const companyColumns = ["Name", "Domain", "Industry", "Country", "Contacts", "Open deals"];

export function CompanyGridHeader() {
  return (
    <div role="row" className="contact-row company-row contact-row--header" aria-rowindex={1}>
      {companyColumns.map((title, index) => (
        <span key={title} role="columnheader" className={`contact-cell${index >= 4 ? " company-cell--number" : ""}`}>
          {title}
        </span>
      ))}
    </div>
  );
}

export function CompanyGridSkeleton() {
  return (
    <div className="contact-grid" aria-busy="true" aria-label="Loading companies">
      <CompanyGridHeader />
      {Array.from({ length: 12 }, (_, index) => (
        <div key={index} className="contact-row company-row contact-row--static">
          <SkeletonCells />
        </div>
      ))}
    </div>
  );
}

function SkeletonCells() {
  return (
    <>
      {[60, 50, 55, 40, 30, 30].map((width, index) => (
        <span key={index} className="contact-cell">
          <span className="skeleton" style={{ width: `${width}%` }} />
        </span>
      ))}
    </>
  );
}

/** The parent keys this grid by search, so a new search starts at the top with nothing selected. */
export function CompanyGrid({ search, total }: { search: string; total: number }) {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const viewport = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);
  const count = new Intl.NumberFormat(locale);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    paddingStart: rowHeight, // room for the sticky header row
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useCompanyRows(search, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  const openId = navigation.companyPane && navigation.companyPane.mode !== "new" ? navigation.companyPane.id : null;

  function select(index: number) {
    const clamped = Math.min(Math.max(index, 0), total - 1);
    setSelected(clamped);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
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
        if (row) navigation.openCompany(row.id);
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
      aria-label="Companies"
      aria-rowcount={total + 1}
      aria-colcount={companyColumns.length}
      aria-activedescendant={selected >= 0 ? `company-row-${selected}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && selected < 0 && total > 0) setSelected(0);
      }}
      data-virtual-viewport=""
    >
      <div className="contact-grid__sizer" style={{ height: virtualizer.getTotalSize() }}>
        <CompanyGridHeader />
        {items.map((item) => {
          const row = rowAt(item.index);
          const isSelected = item.index === selected || (row !== undefined && row.id === openId);
          return (
            <div
              key={item.key}
              id={`company-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              aria-busy={row ? undefined : true}
              data-testid="company-row"
              className={`contact-row company-row${isSelected ? " contact-row--selected" : ""}${
                item.index === selected ? " contact-row--cursor" : ""
              }`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setSelected(item.index);
                if (row) navigation.openCompany(row.id);
              }}
            >
              {row ? (
                <>
                  <span role="gridcell" className="contact-cell contact-cell--name">
                    {row.name}
                  </span>
                  <span role="gridcell" className="contact-cell contact-cell--muted">
                    {row.domain}
                  </span>
                  <span role="gridcell" className="contact-cell">
                    {row.industry}
                  </span>
                  <span role="gridcell" className="contact-cell">
                    {row.country}
                  </span>
                  <span role="gridcell" className="contact-cell company-cell--number tabular">
                    {count.format(row.contact_count)}
                  </span>
                  <span role="gridcell" className="contact-cell company-cell--number tabular">
                    {row.open_deal_count > 0 ? count.format(row.open_deal_count) : <span className="muted">—</span>}
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
