// Placeholder rows while the first page loads, shaped like the real grid.
import { GridSkeleton, type GridClasses } from "../../components/VirtualRows";
import { ContactGridHeader } from "./ContactGridHeader";

export const contactGridClasses: GridClasses = {
  grid: "contact-grid",
  sizer: "contact-grid__sizer",
  row: "contact-row",
  block: "contact-row",
  cell: "contact-cell",
};

export const contactSkeletonWidths = [62, 70, 50, 44, 20, 55, 40, 36];

export function ContactGridSkeleton() {
  return (
    <GridSkeleton
      label="Loading contacts"
      classes={contactGridClasses}
      header={<ContactGridHeader />}
      skeletonWidths={contactSkeletonWidths}
    />
  );
}
