// Column titles; sticky at the top of the scrolling grid. Name, Score and Updated sort the list.
import { ArrowDown, ArrowUp } from "lucide-react";
import type { ContactSort } from "../../ipc/bindings";

type Column = {
  title: string;
  /** The order this column's header switches to, and which way that order runs. */
  sort?: { by: ContactSort; direction: "ascending" | "descending" };
  /** Numbers line up on the right, their title with them. */
  numeric?: boolean;
};

const columns: Column[] = [
  { title: "Name", sort: { by: "name", direction: "ascending" } },
  { title: "Email" },
  { title: "Company" },
  { title: "Stage" },
  { title: "Score", sort: { by: "score", direction: "descending" }, numeric: true },
  { title: "Title" },
  { title: "Country" },
  { title: "Updated", sort: { by: "recently_updated", direction: "descending" } },
];

/**
 * Without `onSortChange` (the loading skeleton) the titles are plain text. Clicking the active
 * column again goes back to relevance, the default order.
 */
export function ContactGridHeader({
  sort,
  onSortChange,
}: {
  sort?: ContactSort;
  onSortChange?: (sort: ContactSort) => void;
}) {
  return (
    <div role="row" className="contact-row contact-row--header" aria-rowindex={1}>
      {columns.map((column) => {
        const columnSort = column.sort;
        if (!columnSort || !onSortChange) {
          return (
            <span key={column.title} role="columnheader" className={`contact-cell${column.numeric ? " contact-cell--numeric" : ""}`}>
              {column.title}
            </span>
          );
        }
        const active = sort === columnSort.by;
        const Arrow = columnSort.direction === "ascending" ? ArrowUp : ArrowDown;
        return (
          <span
            key={column.title}
            role="columnheader"
            className={`contact-cell contact-cell--sortable${column.numeric ? " contact-cell--numeric" : ""}`}
            aria-sort={active ? columnSort.direction : "none"}
          >
            <button
              type="button"
              className={`contact-sort${active ? " contact-sort--active" : ""}`}
              data-sort-by={columnSort.by}
              onClick={() => onSortChange(active ? "relevance" : columnSort.by)}
            >
              <span className="contact-sort__label">{column.title}</span>
              {active && <Arrow size={12} aria-hidden="true" />}
            </button>
          </span>
        );
      })}
    </div>
  );
}
