// Human words for the import wizard's codes: contact fields, presets, delimiters, match reasons.
import type { ContactField, MatchedBy, Preset } from "../../ipc/bindings";

/** Every field a column can be imported as, in the order the mapping select offers them. */
export const contactFieldOptions: { value: ContactField; label: string }[] = [
  { value: "skip", label: "Don’t import" },
  { value: "first_name", label: "First name" },
  { value: "last_name", label: "Last name" },
  { value: "full_name", label: "Full name" },
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
  { value: "mobile", label: "Mobile phone" },
  { value: "title", label: "Job title" },
  { value: "company", label: "Company" },
  { value: "company_domain", label: "Company domain" },
  { value: "country", label: "Country" },
  { value: "city", label: "City" },
  { value: "notes", label: "Notes" },
  { value: "lifecycle_stage", label: "Lifecycle stage" },
  { value: "lead_status", label: "Lead status" },
  { value: "lead_source", label: "Lead source" },
  { value: "original_campaign", label: "Original campaign (by name)" },
  { value: "latest_campaign", label: "Latest campaign (by name)" },
  { value: "owner_email", label: "Owner (their email)" },
  { value: "tags", label: "Tags" },
  { value: "created_at", label: "Created date" },
];

const presetSources: Record<Preset, string | null> = {
  hub_spot: "HubSpot",
  salesforce: "Salesforce",
  pipedrive: "Pipedrive",
  tandem: "Tandem",
  generic: null,
};

/** "Recognized a HubSpot export", or null when the columns were guessed one by one. */
export function presetText(preset: Preset): string | null {
  const source = presetSources[preset];
  return source ? `Recognized a ${source} export` : null;
}

export function delimiterName(delimiter: string): string {
  switch (delimiter) {
    case ",":
      return "Comma";
    case ";":
      return "Semicolon";
    case "\t":
      return "Tab";
    case "|":
      return "Pipe";
    default:
      return delimiter ? `“${delimiter}”` : "—";
  }
}

export const matchedByText: Record<MatchedBy, string> = {
  email: "E-mail",
  phone: "Phone",
  name_and_company: "Name and company",
};

/** Whether the mapping imports anything that names a person: a name or an email column. */
export function mapsNameOrEmail(columns: ContactField[]): boolean {
  return columns.some((c) => c === "first_name" || c === "last_name" || c === "full_name" || c === "email");
}

