// Tags for a contact, company or deal, suggesting the tags that table already uses.
import { TagInput } from "../../components/TagInput";
import { useTagsInUse, type RecordTable } from "./record-queries";

export function TagsField({
  id,
  table,
  value,
  onValueChange,
  error,
}: {
  id: string;
  table: RecordTable;
  value: string[];
  onValueChange: (tags: string[]) => void;
  error?: string;
}) {
  const inUse = useTagsInUse(table);
  return (
    <TagInput
      id={id}
      label="Tags"
      value={value}
      onValueChange={onValueChange}
      suggestions={(inUse.data ?? []).map((t) => t.name)}
      error={error}
    />
  );
}
