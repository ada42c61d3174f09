// Column titles; sticky at the top of the scrolling grid.
const columns = ["Name", "Email", "Company", "Title", "Country", "Updated"];

export function ContactGridHeader() {
  return (
    <div role="row" className="contact-row contact-row--header" aria-rowindex={1}>
      {columns.map((column) => (
        <span key={column} role="columnheader" className="contact-cell">
          {column}
        </span>
      ))}
    </div>
  );
}
