// The companies list with search, and the side pane for one company beside it.
import { SearchBox } from "../../components/SearchBox";
import { Building2, Plus, Search } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { Kbd } from "../../components/Kbd";
import { useListSearch } from "../records/use-list-search";
import { companyPageQuery } from "./company-queries";
import { CompanyGrid, CompanyGridSkeleton } from "./CompanyGrid";
import { CompanyPane } from "./CompanyPane";
import { formatCount } from "../../components/intl-formats";
import "../contacts/contacts.css";
import "./companies.css";

export function CompaniesScreen() {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const [searchText, setSearchText] = useState("");
  // Page 0 carries the total.
  const { search, firstPage } = useListSearch(searchText, (text) => companyPageQuery(text, 0));
  const total = firstPage.data?.total;
  const shownSearch = firstPage.data?.search ?? search;

  return (
    <div className="contacts">
      {/* Busy while the rows answer an older text than the box holds (tests wait on it too). */}
      <section className="contacts__list" aria-labelledby="companies-title" aria-busy={shownSearch !== searchText.trim()}>
        <header className="screen-header">
          <h1 id="companies-title" className="screen-header__title">
            Companies
          </h1>
          {total !== undefined && (
            <span className="screen-header__count tabular" data-testid="company-count">
              {formatCount(total, locale)} {total === 1 ? "company" : "companies"}
            </span>
          )}
          <span className="screen-header__spacer" />
          <SearchBox label="Search companies" placeholder="Name, domain, industry…" value={searchText} onValueChange={setSearchText} />
          <Button variant="primary" onClick={navigation.newCompany} title="New company (N)">
            <Plus aria-hidden="true" />
            New company
          </Button>
        </header>

        {firstPage.isError && !firstPage.data ? (
          <ErrorState title="Couldn’t load companies" error={firstPage.error} onRetry={() => void firstPage.refetch()} />
        ) : total === undefined ? (
          <CompanyGridSkeleton />
        ) : total === 0 && shownSearch === "" ? (
          <EmptyState
            icon={<Building2 size={20} aria-hidden="true" />}
            title="No companies yet"
            action={
              <Button variant="primary" onClick={navigation.newCompany}>
                <Plus aria-hidden="true" />
                New company
              </Button>
            }
          >
            Companies are the accounts you sell to. Add one with its domain and industry, then log calls and
            track deals against it. Typing a company on a contact links them too. Press <Kbd keys={["N"]} /> here to
            add one.
          </EmptyState>
        ) : total === 0 ? (
          <EmptyState icon={<Search size={20} aria-hidden="true" />} title={`No companies match “${shownSearch}”`}>
            Search looks at names, domains and industries. Check the spelling or try fewer letters.
          </EmptyState>
        ) : (
          <CompanyGrid search={shownSearch} total={total} />
        )}
      </section>
      {navigation.companyPane && <CompanyPane pane={navigation.companyPane} />}
    </div>
  );
}
