// The virtualized companies grid: renders only visible rows, pages of 100 fetched as they scroll in.
import { useNavigation } from "../../app/navigation-context";
import { useDisplayFormat } from "../../components/format-context";
import { GridSkeleton, VirtualRows, type GridClasses } from "../../components/VirtualRows";
import { companyPageQuery, companyPageSize } from "./company-queries";
import { numberFormat } from "../../components/intl-formats";

export const companyColumns = ["Name", "Domain", "Industry", "Country", "Contacts", "Open deals"];

const classes: GridClasses = {
  grid: "contact-grid",
  sizer: "contact-grid__sizer",
  row: "contact-row company-row",
  block: "contact-row",
  cell: "contact-cell",
};
const skeletonWidths = [60, 50, 55, 40, 30, 30];

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
    <GridSkeleton
      label="Loading companies"
      classes={classes}
      header={<CompanyGridHeader />}
      skeletonWidths={skeletonWidths}
    />
  );
}

/** A new search starts at the top with nothing selected. */
export function CompanyGrid({ search, total }: { search: string; total: number }) {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const count = numberFormat(locale);
  const openId = navigation.companyPane && navigation.companyPane.mode !== "new" ? navigation.companyPane.id : null;

  return (
    <VirtualRows
      label="Companies"
      total={total}
      columnCount={companyColumns.length}
      classes={classes}
      rowIdPrefix="company-row"
      rowTestId="company-row"
      header={<CompanyGridHeader />}
      pageSize={companyPageSize}
      pageQuery={(page: number) => companyPageQuery(search, page)}
      openId={openId}
      onOpen={(id) => navigation.openCompany(id)}
      skeletonWidths={skeletonWidths}
      resetKey={search}
      renderCells={(row) => (
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
      )}
    />
  );
}
