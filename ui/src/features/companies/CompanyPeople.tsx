// A company's people as a compact list (virtualized past 50), each opening the contact.
import { useQueries, useQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowRight, UserPlus } from "lucide-react";
import { useRef } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { toAppError } from "../../ipc/app-error";
import type { ContactRow, RecordFilter } from "../../ipc/bindings";
import { contactPageQuery, contactPageSize } from "../contacts/contact-queries";
import { LifecyclePill } from "../contacts/LifecyclePill";
import { emptyFilter } from "../records/empty-filter";
import { formatCount } from "../../components/intl-formats";
import "./company-people.css";

const rowHeight = 40;
/** Up to this many people render as a plain list; more scroll in a virtualized box. */
const plainListLimit = 50;

export function CompanyPeople({
  companyId,
  companyName,
  headingClassName,
}: {
  companyId: string;
  companyName: string;
  headingClassName: string;
}) {
  const { searchContacts, newContact } = useNavigation();
  const { locale } = useDisplayFormat();
  const filter: RecordFilter = { ...emptyFilter, company_ids: [companyId] };
  const firstPage = useQuery(contactPageQuery("", "name", 0, filter));
  const total = firstPage.data?.total;
  const headingId = `people-of-${companyId}`;

  return (
    <section className="company-people" aria-labelledby={headingId}>
      <div className="company-people__heading">
        <h3 id={headingId} className={headingClassName}>
          People
          {total ? <span className="company-people__count tabular"> {formatCount(total, locale)}</span> : null}
        </h3>
        {total ? (
          <button
            type="button"
            className="company-people__all"
            onClick={() => searchContacts(companyName)}
            title={`Show contacts matching “${companyName}” on the Contacts screen`}
          >
            Show in Contacts
            <ArrowRight size={12} aria-hidden="true" />
          </button>
        ) : null}
      </div>
      {firstPage.isPending ? (
        <div className="company-people__loading" aria-busy="true" aria-label="Loading people">
          <span className="skeleton" style={{ width: "55%" }} />
          <span className="skeleton" style={{ width: "40%" }} />
        </div>
      ) : firstPage.isError ? (
        <p className="field__error" role="alert">
          Couldn’t load the people: {toAppError(firstPage.error).message}{" "}
          <button type="button" className="company-people__retry" onClick={() => void firstPage.refetch()}>
            Try again
          </button>
        </p>
      ) : firstPage.data.total === 0 ? (
        <p className="muted company-people__empty">
          No one here yet. A contact whose company is “{companyName}” shows up in this list.{" "}
          <Button size="small" variant="ghost" onClick={newContact}>
            <UserPlus aria-hidden="true" />
            New contact
          </Button>
        </p>
      ) : firstPage.data.total <= plainListLimit ? (
        <ul className="company-people__list" aria-label={`People at ${companyName}`}>
          {firstPage.data.rows.map((row) => (
            <li key={row.id}>
              <PersonRow row={row} />
            </li>
          ))}
        </ul>
      ) : (
        <VirtualPeople filter={filter} total={firstPage.data.total} label={`People at ${companyName}`} />
      )}
    </section>
  );
}

function VirtualPeople({ filter, total, label }: { filter: RecordFilter; total: number; label: string }) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const firstPageIndex = Math.floor((items[0]?.index ?? 0) / contactPageSize);
  const lastPageIndex = Math.floor((items.at(-1)?.index ?? 0) / contactPageSize);
  const pageIndexes: number[] = [];
  for (let page = firstPageIndex; page <= lastPageIndex; page++) pageIndexes.push(page);
  const pages = useQueries({ queries: pageIndexes.map((page) => contactPageQuery("", "name", page, filter)) });
  const rowAt = (index: number): ContactRow | undefined =>
    pages[Math.floor(index / contactPageSize) - firstPageIndex]?.data?.rows[index % contactPageSize];

  return (
    <div ref={viewport} className="company-people__scroller" data-virtual-viewport="">
      <ul className="company-people__list company-people__list--virtual" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <li
              key={item.key}
              className="company-people__slot"
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={total}
              aria-posinset={item.index + 1}
            >
              {row ? (
                <PersonRow row={row} />
              ) : (
                <span className="company-people__row" aria-busy="true">
                  <span className="skeleton" style={{ width: "50%" }} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function PersonRow({ row }: { row: ContactRow }) {
  const { openContact } = useNavigation();
  return (
    <button type="button" className="company-people__row" onClick={() => openContact(row.id)}>
      <span className="company-people__who">
        <span className="company-people__name">{row.name}</span>
        <span className="company-people__meta">{[row.title, row.email].filter(Boolean).join(" · ")}</span>
      </span>
      <LifecyclePill stage={row.lifecycle_stage} />
    </button>
  );
}
