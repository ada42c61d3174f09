// A virtualized, page-loaded record grid: renders only the visible rows, fetches the pages they fall
// in, and moves a row cursor with j/k, the arrows, Page Up/Down, Home/End; Enter or a click opens a row.
import type { QueryKey } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { markOnce } from "./start-up-mark";
import { usePagedRows, type PageQuery } from "./use-paged-rows";

const rowHeight = 34;
const placeholderRows = 12;

/**
 * The grid's class names: `row` is every row's class list, `block` the BEM block its
 * `--selected`/`--cursor`/`--static`/`--header` modifiers hang off, `cell` a cell's class.
 */
export type GridClasses = { grid: string; sizer: string; row: string; block: string; cell: string };

/** Grey bars standing in for a row's cells while its page loads. */
export function SkeletonCells({ widths, cellClass }: { widths: number[]; cellClass: string }) {
  return (
    <>
      {widths.map((width, index) => (
        <span key={index} className={cellClass}>
          <span className="skeleton" style={{ width: `${width}%` }} />
        </span>
      ))}
    </>
  );
}

/** Placeholder rows while the first page loads, shaped like the real grid. */
export function GridSkeleton({
  label,
  classes,
  header,
  skeletonWidths,
}: {
  label: string;
  classes: GridClasses;
  header: ReactNode;
  skeletonWidths: number[];
}) {
  return (
    <div className={classes.grid} aria-busy="true" aria-label={label}>
      {header}
      {Array.from({ length: placeholderRows }, (_, index) => (
        <div key={index} className={`${classes.row} ${classes.block}--static`}>
          <SkeletonCells widths={skeletonWidths} cellClass={classes.cell} />
        </div>
      ))}
    </div>
  );
}

type RowOf<Page extends { rows: unknown[] }> = Page["rows"][number];

export function VirtualRows<Page extends { rows: { id: string }[] }, Key extends QueryKey>({
  label,
  total,
  columnCount,
  classes,
  rowIdPrefix,
  rowTestId,
  header,
  pageSize,
  pageQuery,
  openId,
  onOpen,
  renderCells,
  skeletonWidths,
  rowData,
  firstRowsMark,
  resetKey,
}: {
  label: string;
  total: number;
  columnCount: number;
  classes: GridClasses;
  /** Rows get the ids `${rowIdPrefix}-${index}`, which the grid's aria-activedescendant points at. */
  rowIdPrefix: string;
  rowTestId: string;
  /** The sticky header row (aria-rowindex 1). */
  header: ReactNode;
  pageSize: number;
  /** Type its parameter (`(page: number) => …`) so the row type is inferred from the page it loads. */
  pageQuery: PageQuery<Page, Key>;
  /** The id of the record open in the side pane, shown selected. */
  openId: string | null;
  onOpen: (id: string) => void;
  renderCells: (row: NoInfer<RowOf<Page>>) => ReactNode;
  skeletonWidths: number[];
  /** Extra data-* attributes of a row, e.g. its record id for end-to-end tests. */
  rowData?: (row: NoInfer<RowOf<Page>> | undefined) => Record<`data-${string}`, string | undefined>;
  /** A start-up mark recorded once the first rows render. */
  firstRowsMark?: string;
  /**
   * Names the question the rows answer (search, filter, order). A new one goes back to the top with
   * nothing selected, keeping the rows' elements and changing their text: remounting the grid made
   * every row again on each keystroke of a search.
   */
  resetKey?: string;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(-1);
  const [answered, setAnswered] = useState(resetKey);
  if (answered !== resetKey) {
    setAnswered(resetKey);
    setSelected(-1);
  }

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    paddingStart: rowHeight, // room for the sticky header row
    // Enough for a fast wheel; each extra row is render, layout and paint on every new answer.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (firstRowsMark && items.length > 0) markOnce(firstRowsMark);
  }, [firstRowsMark, items.length]);
  useLayoutEffect(() => {
    // Before paint, so the old answer's scroll position never shows the new rows.
    if (viewport.current && viewport.current.scrollTop !== 0) virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);
  const rowAt = usePagedRows(pageSize, pageQuery, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);

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
        if (row) onOpen(row.id);
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
      className={classes.grid}
      role="grid"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-colcount={columnCount}
      aria-activedescendant={selected >= 0 ? `${rowIdPrefix}-${selected}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && selected < 0 && total > 0) setSelected(0);
      }}
      data-virtual-viewport=""
    >
      <div className={classes.sizer} style={{ height: virtualizer.getTotalSize() }}>
        {header}
        {items.map((item) => {
          const row = rowAt(item.index);
          const isSelected = item.index === selected || (row !== undefined && row.id === openId);
          return (
            <div
              key={item.key}
              id={`${rowIdPrefix}-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={isSelected}
              aria-busy={row ? undefined : true}
              data-testid={rowTestId}
              {...rowData?.(row)}
              className={`${classes.row}${isSelected ? ` ${classes.block}--selected` : ""}${
                item.index === selected ? ` ${classes.block}--cursor` : ""
              }`}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => {
                setSelected(item.index);
                if (row) onOpen(row.id);
              }}
            >
              {row ? renderCells(row) : <SkeletonCells widths={skeletonWidths} cellClass={classes.cell} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
