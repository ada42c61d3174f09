// The owner select: the workspace's members, plus "No owner".
import { SelectField } from "../../components/SelectField";
import { useMembers } from "../settings/settings-queries";

export function OwnerField({
  id,
  value,
  onValueChange,
  error,
}: {
  id: string;
  value: string | null;
  onValueChange: (ownerId: string | null) => void;
  error?: string;
}) {
  const members = useMembers();
  const options = [
    { value: "", label: "No owner" },
    ...(members.data ?? []).map((m) => ({ value: m.id, label: m.is_me ? `${m.name} (you)` : m.name })),
  ];
  // Until members load, show the stored owner as a placeholder option rather than "No owner".
  return (
    <SelectField
      id={id}
      label="Owner"
      value={value ?? ""}
      onValueChange={(next) => onValueChange(next || null)}
      options={options}
      error={error}
    />
  );
}
