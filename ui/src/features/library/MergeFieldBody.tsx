// A snippet's text with a merge-field picker that inserts `{{contact.first_name}}` where the cursor was.
import { TextAreaField } from "../../components/TextAreaField";
import { useMergeFields } from "./library-queries";

export function MergeFieldBody({
  id,
  value,
  onValueChange,
  error,
}: {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}) {
  const fields = useMergeFields();

  function insert(name: string) {
    // A textarea keeps its selection after losing focus to the picker, so this is where the cursor was.
    const area = document.getElementById(id) as HTMLTextAreaElement | null;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    const token = `{{${name}}}`;
    onValueChange(value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  return (
    <div className="merge-body">
      <TextAreaField
        id={id}
        label="Text"
        value={value}
        onValueChange={onValueChange}
        error={error}
        rows={8}
        hint="Merge fields like {{contact.first_name}} are filled in for the person you send it to."
      />
      <select
        className="input merge-body__picker"
        aria-label="Insert a merge field"
        value=""
        disabled={!fields.data}
        onChange={(e) => {
          if (e.target.value) insert(e.target.value);
        }}
      >
        <option value="">Insert a merge field…</option>
        {(fields.data ?? []).map((field) => (
          <option key={field.name} value={field.name}>
            {field.label} — {`{{${field.name}}}`}
          </option>
        ))}
      </select>
    </div>
  );
}
