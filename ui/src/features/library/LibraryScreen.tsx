// The content library: search over titles, descriptions and the text inside files, facets and
// collections on the left, the results, and the item's pane beside them; plus the requests sellers
// send marketing and the feedback queue marketing works through.
import { FilterX, FolderOpen, Library, Search } from "lucide-react";
import { SearchBox } from "../../components/SearchBox";
import { useCallback, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { useNavigation, type LibraryView } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { Kbd } from "../../components/Kbd";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { useToast } from "../../components/toast-context";
import { useDebouncedValue } from "../../components/use-debounced-value";
import type { ContentItem, ContentQuery } from "../../ipc/bindings";
import { AddContentMenu } from "./AddContentMenu";
import { AddFilesStatus } from "./AddFilesStatus";
import { CollectionList } from "./CollectionList";
import { ContentGrid, ContentGridSkeleton } from "./ContentGrid";
import { ContentPane } from "./ContentPane";
import { isChoosing, noFacetChoice, type FacetChoice } from "./facet-choice";
import { FeedbackQueue } from "./FeedbackQueue";
import { FileDropOverlay } from "./FileDropOverlay";
import { LibraryFacets } from "./LibraryFacets";
import { resultsShown, useContentSearch, useMayCurate } from "./library-queries";
import { RequestsView } from "./RequestsView";
import { useAddFiles } from "./use-add-files";
import { formatCount } from "../../components/intl-formats";
import "../contacts/contacts.css";
import "../deals/deals.css";
import "./library.css";

export function LibraryScreen() {
  const navigation = useNavigation();
  const { view, pane } = navigation.library;
  const mayCurate = useMayCurate();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);

  const onAdded = useCallback(
    (added: ContentItem[]) => {
      if (added.length === 1) navigation.openContent(added[0]!.id);
      else if (added.length > 1) toast({ message: `Added ${added.length} files as drafts` });
    },
    [navigation, toast],
  );
  const adding = useAddFiles(onAdded);

  const views = [
    { value: "items" as const, label: "Items" },
    { value: "requests" as const, label: "Requests" },
    ...(mayCurate ? [{ value: "feedback" as const, label: "Feedback" }] : []),
  ];

  return (
    <div className="library">
      {view === "items" ? (
        <ItemsView
          fileInput={fileInput}
          header={(count) => (
            <LibraryHeader count={count} views={views} view={view} onViewChange={navigation.showLibraryView}>
              <AddContentMenu fileInput={fileInput} onFiles={(files) => void adding.addFiles(files)} busy={adding.progress?.running ?? false} />
            </LibraryHeader>
          )}
          status={<AddFilesStatus progress={adding.progress} onDismiss={adding.dismiss} />}
        />
      ) : (
        <section className="library__main" aria-labelledby="library-title">
          <LibraryHeader views={views} view={view} onViewChange={navigation.showLibraryView} />
          {view === "requests" ? <RequestsView /> : <FeedbackQueue />}
        </section>
      )}
      {pane && <ContentPane pane={pane} />}
      <FileDropOverlay onDrop={(paths) => void adding.addPaths(paths)} />
    </div>
  );
}

function LibraryHeader({
  count,
  views,
  view,
  onViewChange,
  children,
}: {
  count?: ReactNode;
  views: { value: LibraryView; label: string }[];
  view: LibraryView;
  onViewChange: (view: LibraryView) => void;
  children?: ReactNode;
}) {
  return (
    <header className="screen-header">
      <h1 id="library-title" className="screen-header__title">
        Library
      </h1>
      {count}
      <SegmentedChoice label="Library view" options={views} value={view} onValueChange={onViewChange} />
      <span className="screen-header__spacer" />
      {children}
    </header>
  );
}

function ItemsView({
  fileInput,
  header,
  status,
}: {
  fileInput: RefObject<HTMLInputElement | null>;
  header: (count: ReactNode) => ReactNode;
  status: ReactNode;
}) {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const mayCurate = useMayCurate();
  const [searchText, setSearchText] = useState("");
  const text = useDebouncedValue(searchText.trim(), 80);
  const [choice, setChoice] = useState<FacetChoice>(noFacetChoice);
  const [collectionId, setCollectionId] = useState<string | null>(null);
  const query = useMemo<ContentQuery>(
    () => ({ text, ...choice, collection_id: collectionId, limit: resultsShown }),
    [text, choice, collectionId],
  );
  const results = useContentSearch(query);
  const list = useRef<HTMLElement>(null);

  const shown = results.data;
  const total = shown?.total;
  const rows = shown?.rows.length ?? 0;
  // What the list shows is the last answer's query (typing keeps it on screen until the next lands).
  const shownQuery = shown?.query ?? query;

  const count =
    total === undefined ? null : (
      <span className="screen-header__count tabular" data-testid="content-count">
        {total > rows
          ? `first ${formatCount(rows, locale)} of ${formatCount(total, locale)} items`
          : `${formatCount(total, locale)} ${total === 1 ? "item" : "items"}`}
      </span>
    );

  return (
    <>
      <LibraryFacets facets={shown?.facets ?? []} choice={choice} onChoiceChange={setChoice}>
        <CollectionList chosenId={collectionId} onChoose={setCollectionId} />
      </LibraryFacets>
      <section ref={list} className="library__main" aria-labelledby="library-title">
        {header(count)}
        <div className="library__searchbar">
          <SearchBox
            className="library__search"
            label="Search the library"
            placeholder="Search titles, descriptions and the text in files — “quote” a phrase"
            screenSearch
            value={searchText}
            onValueChange={setSearchText}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown") {
                // Straight from typing to the results: the grid's cursor takes over.
                e.preventDefault();
                list.current?.querySelector<HTMLElement>("[role=grid]")?.focus();
              }
            }}
          >
            <Kbd keys={["/"]} />
          </SearchBox>
        </div>
        {status}
        {results.isError && !shown ? (
          <ErrorState title="Couldn’t search the library" error={results.error} onRetry={() => void results.refetch()} />
        ) : !shown ? (
          <ContentGridSkeleton />
        ) : rows > 0 ? (
          <ContentGrid query={shownQuery} count={rows} />
        ) : shownQuery.text !== "" ? (
          <EmptyState icon={<Search size={20} aria-hidden="true" />} title={`Nothing matches “${shownQuery.text}”`}>
            Search looks at titles, descriptions and the text inside files. Put an exact phrase in “quotes”, use fewer
            words, or clear the filters on the left.
          </EmptyState>
        ) : isChoosing(shownQuery) ? (
          <EmptyState
            icon={<FilterX size={20} aria-hidden="true" />}
            title="No items match these filters"
            action={<Button onClick={() => setChoice(noFacetChoice)}>Clear filters</Button>}
          >
            Values within one filter widen the list; different filters narrow it.
          </EmptyState>
        ) : shownQuery.collection_id !== null ? (
          <EmptyState icon={<FolderOpen size={20} aria-hidden="true" />} title="This collection is empty">
            {mayCurate ? "Open an item and choose “Add to collection”, or edit the collection on the left." : "Marketing hasn’t put anything in it yet."}
          </EmptyState>
        ) : (
          <EmptyState
            icon={<Library size={20} aria-hidden="true" />}
            title={mayCurate ? "Your library is empty" : "No approved content yet"}
            action={
              mayCurate ? (
                <Button variant="primary" onClick={() => fileInput.current?.click()}>
                  Choose files…
                </Button>
              ) : (
                <Button onClick={() => navigation.showLibraryView("requests")}>Ask marketing for content</Button>
              )
            }
          >
            {mayCurate
              ? "Add case studies, decks, battlecards and one-pagers: drop files anywhere on the window, or use Add for links and text snippets. The text inside PDFs and Office files becomes searchable."
              : "Sellers see what marketing approved. Add a file of your own as a draft with Add, or tell marketing what you need."}
          </EmptyState>
        )}
      </section>
    </>
  );
}
