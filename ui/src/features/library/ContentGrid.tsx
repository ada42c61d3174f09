// The search results: one dense row per item (title and the passage that matched, highlighted; kind,
// stage, status and date flags), virtualized, with j/k or the arrows to move and Enter to open.
import { useNavigation } from "../../app/navigation-context";
import { HighlightedText } from "../../components/HighlightedText";
import { GridSkeleton, VirtualRows, type GridClasses } from "../../components/VirtualRows";
import type { ContentQuery } from "../../ipc/bindings";
import { kindLabels, stageLabels } from "./content-labels";
import { ContentIcon, DateFlag, StatusBadge } from "./ContentBadges";
import { contentSearchQuery, resultsShown } from "./library-queries";

const columns = ["Title", "Found", "Kind", "Stage", "Status"];

const classes: GridClasses = {
  grid: "contact-grid",
  sizer: "contact-grid__sizer",
  row: "contact-row content-row",
  block: "contact-row",
  cell: "contact-cell",
};
const skeletonWidths = [60, 70, 40, 40, 30];

function ContentGridHeader() {
  return (
    <div role="row" className="contact-row content-row contact-row--header" aria-rowindex={1}>
      {columns.map((title) => (
        <span key={title} role="columnheader" className={`contact-cell content-cell--${title.toLowerCase()}`}>
          {title}
        </span>
      ))}
    </div>
  );
}

export function ContentGridSkeleton() {
  return <GridSkeleton label="Loading the library" classes={classes} header={<ContentGridHeader />} skeletonWidths={skeletonWidths} />;
}

/** "quoted phrases" search as phrases; for highlighting, each of their words counts. */
export const highlightWords = (text: string) => text.replace(/"/g, " ");

/** A new search starts at the top with nothing selected. */
export function ContentGrid({ query, count }: { query: ContentQuery; count: number }) {
  const navigation = useNavigation();
  const openId = navigation.library.pane?.id ?? null;
  const words = highlightWords(query.text);

  return (
    <VirtualRows
      label="Library items"
      total={count}
      columnCount={columns.length}
      classes={classes}
      rowIdPrefix="content-row"
      rowTestId="content-row"
      header={<ContentGridHeader />}
      pageSize={resultsShown}
      pageQuery={(_page: number) => contentSearchQuery(query)}
      openId={openId}
      onOpen={navigation.openContent}
      skeletonWidths={skeletonWidths}
      resetKey={JSON.stringify(query)}
      rowData={(row) => ({ "data-content-id": row?.id })}
      renderCells={(row) => (
        <>
          <span role="gridcell" className="contact-cell content-cell--title">
            <ContentIcon kind={row.kind} mime={row.mime} size={14} className="content-cell__icon" />
            <span className="content-cell__name">
              <HighlightedText text={row.title} search={words} />
            </span>
          </span>
          <span role="gridcell" className="contact-cell contact-cell--muted content-cell--found">
            {/* What matched; with nothing to quote, the file it holds. */}
            {row.excerpt ? <HighlightedText text={row.excerpt} search={words} /> : <span className="content-cell__file">{row.file_name}</span>}
          </span>
          <span role="gridcell" className="contact-cell content-cell--kind">
            {kindLabels[row.kind]}
          </span>
          <span role="gridcell" className="contact-cell contact-cell--muted content-cell--stage">
            {row.stage ? stageLabels[row.stage] : "—"}
          </span>
          <span role="gridcell" className="contact-cell content-cell--status">
            <StatusBadge status={row.status} />
            <DateFlag expiresOn={row.expires_on} reviewBy={row.review_by} />
          </span>
        </>
      )}
    />
  );
}
