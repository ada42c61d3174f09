// The contacts list with search, and the side pane for one contact beside it.
import { useDisplayFormat } from "../../components/format-context";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus, Search, Users } from "lucide-react";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { Kbd } from "../../components/Kbd";
import { useDebouncedValue } from "../../components/use-debounced-value";
import type { ContactSort } from "../../ipc/bindings";
import { contactPageQuery } from "./contact-queries";
import { ContactGrid } from "./ContactGrid";
import { ContactGridSkeleton } from "./ContactGridSkeleton";
import { ContactPane } from "./ContactPane";
import "./contacts.css";


export function ContactsScreen() {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const [searchText, setSearchText] = useState("");
  const search = useDebouncedValue(searchText.trim(), 120);
  const [sort, setSort] = useState<ContactSort>("relevance");
  // Page 0 carries the total; keeping the previous result avoids a flash of empty while typing.
  const firstPage = useQuery({ ...contactPageQuery(search, sort, 0), placeholderData: keepPreviousData });
  const searchInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLElement>(null);
  // The header button that last changed the order, to hand focus back to after the grid remounts.
  const sortButton = useRef<ContactSort | null>(null);

  useEffect(() => {
    if (navigation.searchFocusRequest > 0) searchInput.current?.focus();
  }, [navigation.searchFocusRequest]);

  const total = firstPage.data?.total;
  const shownSearch = firstPage.data?.search ?? search;
  const shownSort = firstPage.data?.sort ?? sort;
  // A new search or order remounts the grid: back to the top, nothing selected.
  const gridKey = JSON.stringify([shownSearch, shownSort]);

  useLayoutEffect(() => {
    const by = sortButton.current;
    sortButton.current = null;
    if (!by || (document.activeElement && document.activeElement !== document.body)) return;
    list.current?.querySelector<HTMLButtonElement>(`button[data-sort-by="${by}"]`)?.focus();
  }, [gridKey]);

  function changeSort(next: ContactSort, from: ContactSort) {
    sortButton.current = from;
    setSort(next);
  }

  return (
    <div className="contacts">
      <section ref={list} className="contacts__list" aria-labelledby="contacts-title">
        <header className="screen-header">
          <h1 id="contacts-title" className="screen-header__title">
            Contacts
          </h1>
          {total !== undefined && (
            <span className="screen-header__count tabular" data-testid="contact-count">
              {new Intl.NumberFormat(locale).format(total)} {total === 1 ? "contact" : "contacts"}
            </span>
          )}
          <span className="screen-header__spacer" />
          <div className="contacts__search">
            <Search size={14} aria-hidden="true" />
            <input
              ref={searchInput}
              type="search"
              aria-label="Search contacts"
              placeholder="Search name, email, company…"
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape" && searchText) {
                  e.stopPropagation();
                  setSearchText("");
                }
              }}
            />
            <Kbd keys={["/"]} />
          </div>
          <Button variant="primary" onClick={navigation.newContact} title="New contact (N)">
            <Plus aria-hidden="true" />
            New contact
          </Button>
        </header>

        {firstPage.isError && !firstPage.data ? (
          <ErrorState
            title="Couldn’t load contacts"
            error={firstPage.error}
            onRetry={() => void firstPage.refetch()}
          />
        ) : total === undefined ? (
          <ContactGridSkeleton />
        ) : total === 0 && shownSearch === "" ? (
          <EmptyState
            icon={<Users size={20} aria-hidden="true" />}
            title="No contacts yet"
            action={
              <Button variant="primary" onClick={navigation.newContact}>
                <Plus aria-hidden="true" />
                New contact
              </Button>
            }
          >
            Contacts are the people you sell to. Add one with their email, phone and company —
            everything stays on this computer and works offline. Press <Kbd keys={["N"]} /> any time.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState icon={<Search size={20} aria-hidden="true" />} title={`No contacts match “${shownSearch}”`}>
            Search looks at names, emails and companies. Check the spelling or try fewer letters.
          </EmptyState>
        ) : (
          <ContactGrid
            key={gridKey}
            search={shownSearch}
            sort={shownSort}
            requestedSort={sort}
            onSortChange={changeSort}
            total={total}
          />
        )}
      </section>
      {navigation.pane && <ContactPane pane={navigation.pane} />}
    </div>
  );
}
