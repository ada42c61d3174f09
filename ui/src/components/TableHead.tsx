// A settings table's header row: its columns, then an unlabelled one over each row's actions.
export function TableHead({ columns }: { columns: (string | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => column && <th key={column} scope="col">{column}</th>)}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
