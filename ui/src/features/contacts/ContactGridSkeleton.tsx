// Placeholder rows while the first page loads, shaped like the real grid.
import { ContactGridHeader } from "./ContactGridHeader";

export function ContactGridSkeleton() {
  return (
    <div className="contact-grid" aria-busy="true" aria-label="Loading contacts">
      <ContactGridHeader />
      {Array.from({ length: 12 }, (_, index) => (
        <div key={index} className="contact-row contact-row--static">
          <SkeletonCells />
        </div>
      ))}
    </div>
  );
}

export function SkeletonCells() {
  return (
    <>
      {[62, 70, 50, 44, 55, 40, 36].map((width, index) => (
        <span key={index} className="contact-cell">
          <span className="skeleton" style={{ width: `${width}%` }} />
        </span>
      ))}
    </>
  );
}
