// The contacts list with search, and the side pane for one contact beside it.
import { useDisplayFormat } from "../../components/format-context";
import { SearchBox } from "../../components/SearchBox";
import { useQuery } from "@tanstack/react-query";
import { FilterX, Plus, Search, Upload, UserCheck, Users } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { Kbd } from "../../components/Kbd";
import type { ContactSort, RecordFilter, SavedView, ViewDefinition } from "../../ipc/bindings";
import { emptyFilter, isFilterActive } from "../records/empty-filter";
import { RecordFilterBar } from "../records/RecordFilterBar";
import { useListSearch } from "../records/use-list-search";
import { ActiveViewName } from "../saved-views/ActiveViewName";
import { sameDefinition } from "../saved-views/saved-view-queries";
import { SavedViewsMenu } from "../saved-views/SavedViewsMenu";
import { contactSortOf } from "./contact-filter";
import { contactPageQuery } from "./contact-queries";
import { ContactGrid } from "./ContactGrid";
import { ContactGridSkeleton } from "./ContactGridSkeleton";
import { ContactPane } from "./ContactPane";
import { QualifyView } from "../lead-scoring/QualifyView";
import { DuplicatesButton } from "../duplicates/DuplicatesButton";
import { ExportMenu } from "../imports/ExportMenu";
import { SetCampaignButton } from "../campaigns/SetCampaignButton";
import { formatCount } from "../../components/intl-formats";
import "./contacts.css";


export function ContactsScreen() {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  // Another screen may send the user here with a search ready (a company's "People" link).
  const [searchText, setSearchText] = useState(() => navigation.contactSearchSeed);
  const [sort, setSort] = useState<ContactSort>("relevance");
  const [filter, setFilter] = useState<RecordFilter>(emptyFilter);
  const [activeView, setActiveView] = useState<SavedView | null>(null);
  const filtering = isFilterActive(filter);
  // Page 0 carries the total.
  const { search, firstPage } = useListSearch(searchText, (text) => contactPageQuery(text, sort, 0, filter));
  // The unfiltered count, for "214 of 2,000 contacts"; usually already cached from start-up.
  const everyone = useQuery({ ...contactPageQuery("", "relevance", 0), enabled: filtering });
  // The BANT qualification view replaces the list while a seller works through their leads.
  const [qualifying, setQualifying] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (navigation.searchFocusRequest > 0) searchInput.current?.focus();
  }, [navigation.searchFocusRequest]);

  const total = firstPage.data?.total;
  const shownSearch = firstPage.data?.search ?? search;
  const shownSort = firstPage.data?.sort ?? sort;
  const shownFilter = firstPage.data?.filter ?? filter;
  // A new search, filter or order takes the grid back to the top with nothing selected.
  const gridKey = JSON.stringify([shownSearch, shownFilter, shownSort]);
  const currentView: ViewDefinition = { search: searchText.trim(), filter, sort };
  const viewEdited = activeView !== null && !sameDefinition(activeView.definition, currentView);

  /** Shows a saved view's search, filter and sort; null goes back to every contact. */
  function applyView(view: SavedView | null) {
    setActiveView(view);
    setSearchText(view?.definition.search ?? "");
    setFilter(view?.definition.filter ?? emptyFilter);
    setSort(contactSortOf(view?.definition.sort ?? "relevance"));
  }

  if (qualifying) return <QualifyView onClose={() => setQualifying(false)} />;
  return (
    <div className="contacts">
      {/* Busy while the rows answer an older text than the box holds (tests wait on it too). */}
      <section className="contacts__list" aria-labelledby="contacts-title" aria-busy={shownSearch !== searchText.trim()}>
        <header className="screen-header">
          <h1 id="contacts-title" className="screen-header__title">
            Contacts
          </h1>
          {activeView && (
            <ActiveViewName
              table="contacts"
              view={activeView}
              current={currentView}
              edited={viewEdited}
              onSaved={setActiveView}
              onRevert={() => applyView(activeView)}
            />
          )}
          {total !== undefined && (
            <span className="screen-header__count tabular" data-testid="contact-count">
              {filtering && everyone.data
                ? `${formatCount(total, locale)} of ${formatCount(everyone.data.total, locale)} contacts`
                : `${formatCount(total, locale)} ${total === 1 ? "contact" : "contacts"}`}
            </span>
          )}
          <span className="screen-header__spacer" />
          <Button size="small" onClick={() => setQualifying(true)} title="Qualify leads: their BANT answers, one lead after another">
            <UserCheck aria-hidden="true" />
            <span className="btn__label btn__label--wide-only">Qualify leads</span>
          </Button>
          <SearchBox
            inputRef={searchInput}
            label="Search contacts"
            placeholder="Name, email, phone, company…"
            value={searchText}
            onValueChange={setSearchText}
          />
          <DuplicatesButton ready={total !== undefined && total > 1} />
          <SavedViewsMenu
            table="contacts"
            allLabel="All contacts"
            current={currentView}
            active={activeView}
            edited={viewEdited}
            onApply={applyView}
            onActiveChange={setActiveView}
          />
          <Button onClick={() => navigation.go("imports")} title="Import contacts from a CSV or vCard file">
            <Upload aria-hidden="true" />
            <span className="btn__label btn__label--wide-only">Import</span>
          </Button>
          {/* Exports exactly what the list shows: its search and filter as last answered. */}
          <ExportMenu search={shownSearch} filter={shownFilter} count={total} />
          <SetCampaignButton target={{ table: "contacts", search: shownSearch, filter: shownFilter }} count={total} />
          <Button variant="primary" onClick={navigation.newContact} title="New contact (N)">
            <Plus aria-hidden="true" />
            New contact
          </Button>
        </header>
        {/* An empty workspace has nothing to filter: its empty state says how to start instead. */}
        {!(total === 0 && !filtering && shownSearch === "" && activeView === null) && (
          <RecordFilterBar list={{ table: "contacts" }} filter={filter} onFilterChange={setFilter} />
        )}

        {firstPage.isError && !firstPage.data ? (
          <ErrorState
            title="Couldn’t load contacts"
            error={firstPage.error}
            onRetry={() => void firstPage.refetch()}
          />
        ) : total === undefined ? (
          <ContactGridSkeleton />
        ) : total === 0 && isFilterActive(shownFilter) ? (
          <EmptyState
            icon={<FilterX size={20} aria-hidden="true" />}
            title="No contacts match these filters"
            action={<Button onClick={() => setFilter(emptyFilter)}>Clear filters</Button>}
          >
            Every filter narrows the list, and within one filter any value matches. Remove a chip above
            {shownSearch ? " or change the search" : ""} to see more people.
          </EmptyState>
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
            resetKey={gridKey}
            search={shownSearch}
            filter={shownFilter}
            sort={shownSort}
            requestedSort={sort}
            onSortChange={setSort}
            total={total}
          />
        )}
      </section>
      {navigation.pane && <ContactPane pane={navigation.pane} />}
    </div>
  );
}
