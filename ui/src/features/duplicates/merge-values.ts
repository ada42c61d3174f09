// The merge dialog's model: one row per field of two contacts, which side each row takes, and the
// MergeInput those choices make.
import type { Contact, ContactInput, CustomField, MergeInput } from "../../ipc/bindings";
import { bantQuestions, bantStatusLabels, lifecycleLabels } from "../contacts/qualification";

export type Side = "a" | "b";
export type MergeRow = {
  key: string;
  label: string;
  /** Each side's value as people read it; "" when the contact has nothing there. */
  a: string;
  b: string;
  /** Both sides hold the same value, so there is nothing to choose. */
  same: boolean;
};
export type Choices = Record<string, Side>;

type Field = { key: keyof ContactInput | "owner"; label: string; show: (c: Contact) => string };

const fields: Field[] = [
  { key: "first_name", label: "First name", show: (c) => c.first_name },
  { key: "last_name", label: "Last name", show: (c) => c.last_name },
  { key: "email", label: "E-mail", show: (c) => c.email },
  { key: "phone", label: "Phone", show: (c) => c.phone_display || c.phone },
  { key: "title", label: "Title", show: (c) => c.title },
  { key: "company_name", label: "Company", show: (c) => c.company_name },
  { key: "country", label: "Country", show: (c) => c.country },
  { key: "lifecycle_stage", label: "Lifecycle stage", show: (c) => lifecycleLabels[c.lifecycle_stage] ?? c.lifecycle_stage },
  { key: "lead_status", label: "Lead status", show: (c) => c.lead_status },
  { key: "lead_source", label: "Lead source", show: (c) => c.lead_source },
  { key: "owner", label: "Owner", show: (c) => (c.owner_id ? c.owner_name || "Someone" : "") },
  { key: "do_not_contact", label: "Do not contact", show: (c) => (c.do_not_contact ? "Yes" : "") },
  { key: "notes", label: "Notes", show: (c) => c.notes },
  { key: "bant", label: "BANT", show: bantSummary },
];

function bantSummary(c: Contact): string {
  return bantQuestions
    .map(({ key, label }) => {
      const answer = c.bant[key];
      if (answer.status === "unknown" && !answer.note) return "";
      const note = answer.note ? ` (${answer.note})` : "";
      return `${label}: ${bantStatusLabels[answer.status]}${note}`;
    })
    .filter(Boolean)
    .join(" · ");
}

const customKey = (fieldId: string) => `custom:${fieldId}`;

function customValue(c: Contact, fieldId: string): string {
  return c.custom.find((v) => v.field_id === fieldId)?.value ?? "";
}

function showCustom(value: string, field: CustomField | undefined): string {
  if (!value || field?.kind !== "choice") return value;
  return field.options.find((o) => o.id === value)?.label ?? value;
}

/** Every field row, then one row per custom field either contact has a value for. */
export function mergeRows(a: Contact, b: Contact, customFields: CustomField[] = []): MergeRow[] {
  const rows: MergeRow[] = fields.map(({ key, label, show }) => {
    const [va, vb] = [show(a), show(b)];
    return { key, label, a: va, b: vb, same: va === vb };
  });
  const used = new Set([...a.custom, ...b.custom].filter((v) => v.value !== "").map((v) => v.field_id));
  const ordered = [
    ...customFields.filter((f) => used.has(f.id)).map((f) => f.id),
    ...[...used].filter((id) => !customFields.some((f) => f.id === id)),
  ];
  for (const fieldId of ordered) {
    const field = customFields.find((f) => f.id === fieldId);
    const [ra, rb] = [customValue(a, fieldId), customValue(b, fieldId)];
    rows.push({
      key: customKey(fieldId),
      label: field?.label ?? "Custom field",
      a: showCustom(ra, field),
      b: showCustom(rb, field),
      same: ra === rb,
    });
  }
  return rows;
}

/** The contact edited most recently; its values win where both have one. */
export function newerSide(a: Contact, b: Contact): Side {
  return b.updated_at > a.updated_at ? "b" : "a";
}

/** Each row takes the non-empty side, the preferred one when both (or neither) have a value. */
export function defaultChoices(rows: MergeRow[], preferred: Side): Choices {
  const other: Side = preferred === "a" ? "b" : "a";
  return Object.fromEntries(rows.map((row) => [row.key, row[preferred] === "" && row[other] !== "" ? other : preferred]));
}

/**
 * What the backend is asked to save on the kept contact. Tags, extra e-mails and phones are the
 * kept contact's; the backend adds the other's, so nothing is lost.
 */
export function buildMergeInput(a: Contact, b: Contact, keep: Side, choices: Choices): MergeInput {
  const kept = keep === "a" ? a : b;
  const merged = keep === "a" ? b : a;
  const from = (key: string) => ((choices[key] ?? keep) === "a" ? a : b);

  const email = from("email").email;
  const phone = from("phone").phone;
  const fieldIds = [...new Set([...a.custom, ...b.custom].map((v) => v.field_id))];
  const values: ContactInput = {
    first_name: from("first_name").first_name,
    last_name: from("last_name").last_name,
    email,
    phone,
    title: from("title").title,
    company_name: from("company_name").company_name,
    country: from("country").country,
    notes: from("notes").notes,
    lifecycle_stage: from("lifecycle_stage").lifecycle_stage,
    lead_status: from("lead_status").lead_status,
    lead_source: from("lead_source").lead_source,
    // The kept contact's campaigns, or the other's where it has none: attribution is never lost.
    first_campaign_id: kept.first_campaign_id ?? merged.first_campaign_id,
    last_campaign_id: kept.last_campaign_id ?? merged.last_campaign_id,
    owner_id: from("owner").owner_id,
    do_not_contact: from("do_not_contact").do_not_contact,
    bant: from("bant").bant,
    tags: kept.tags,
    other_emails: kept.other_emails.filter((e) => e !== email),
    other_phones: kept.other_phones.filter((p) => p !== phone),
    custom: fieldIds
      .map((field_id) => ({ field_id, value: customValue(from(customKey(field_id)), field_id) }))
      .filter((v) => v.value !== ""),
  };
  return { keep_id: kept.id, merge_id: merged.id, values };
}
