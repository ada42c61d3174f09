// The contacts list with search, and the side pane for one contact beside it.
import { useDisplayFormat } from "../../components/format-context";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus, Search, Users } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { Kbd } from "../../components/Kbd";
import { useDebouncedValue } from "../../components/use-debounced-value";
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
  // Page 0 carries the total; keeping the previous result avoids a flash of empty while typing.
  const firstPage = useQuery({ ...contactPageQuery(search, 0), placeholderData: keepPreviousData });
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (navigation.searchFocusRequest > 0) searchInput.current?.focus();
  }, [navigation.searchFocusRequest]);

  const total = firstPage.data?.total;
  const shownSearch = firstPage.data?.search ?? search;

  return (
    <div className="contacts">
      <section className="contacts__list" aria-labelledby="contacts-title">
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
          <ContactGrid key={shownSearch} search={shownSearch} total={total} />
        )}
      </section>
      {navigation.pane && <ContactPane pane={navigation.pane} />}
    </div>
  );
}
