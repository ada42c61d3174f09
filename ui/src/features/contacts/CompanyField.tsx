// The company input, suggesting existing company names as the user types.
import { useId } from "react";
import { TextField } from "../../components/TextField";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { useCompanyNames } from "./contact-queries";

export function CompanyField({
  value,
  onValueChange,
  error,
}: {
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
}) {
  const listId = useId();
  const prefix = useDebouncedValue(value, 120);
  const suggestions = useCompanyNames(prefix);
  return (
    <>
      <TextField
        id="contact-company_name"
        label="Company"
        value={value}
        onValueChange={onValueChange}
        error={error}
        list={listId}
        autoComplete="off"
      />
      <datalist id={listId}>
        {(suggestions.data ?? []).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
