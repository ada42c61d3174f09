// What a record's column is called on its page, for the history dialog.
const labels: Record<string, string> = {
  first_name: "First name",
  last_name: "Last name",
  email: "Email",
  phone: "Phone",
  title: "Title",
  company_id: "Company",
  country: "Country",
  notes: "Notes",
  lifecycle_stage: "Lifecycle stage",
  lead_status: "Lead status",
  lead_source: "Lead source",
  first_campaign_id: "Original campaign",
  last_campaign_id: "Latest campaign",
  owner_id: "Owner",
  do_not_contact: "Do not contact",
  name: "Name",
  domain: "Domain",
  industry: "Industry",
  size: "Size",
  region: "Region",
  address: "Address",
  pipeline_id: "Pipeline",
  stage_id: "Stage",
  primary_contact_id: "Primary contact",
  amount: "Amount",
  currency: "Currency",
  expected_close: "Expected close",
  loss_reason: "Loss reason",
  source: "Source",
  closed_at: "Closed",
  deleted: "Deleted",
};

/** "bant_budget_note" reads "Bant budget note" when the page has no better name for it. */
export function fieldLabel(field: string): string {
  const known = labels[field];
  if (known) return known;
  const words = field.replace(/_id$/, "").replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value as the dialog shows it: flags read Yes/No. */
export function fieldValue(field: string, value: string): string {
  if (field === "deleted" || field === "do_not_contact") return value === "1" ? "Yes" : "No";
  return value;
}
