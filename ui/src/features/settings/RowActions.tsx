// The edit and delete buttons at the end of a settings table row.
import { Pencil } from "lucide-react";
import { Button } from "../../components/Button";

export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <td className="settings-table__actions">
      <Button size="small" variant="ghost" onClick={onEdit} aria-label={`Edit ${name}`}>
        <Pencil aria-hidden="true" />
      </Button>
      <Button size="small" variant="ghost" onClick={onDelete} aria-label={`Delete ${name}`}>
        Delete
      </Button>
    </td>
  );
}
