// A settings table's header row: its columns, then (unless `actions` is false) an unlabelled one
// over each row's actions.

/** A column's heading; numeric columns are right-aligned like their figures. */
export type Column = string | { label: string; numeric: true };

export function TableHead({ columns, actions = true }: { columns: (Column | false)[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          !column ? null : typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className="num">
              {column.label}
            </th>
          ),
        )}
        {actions && (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
