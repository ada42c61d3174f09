// Instant feedback while typing; the backend's validation stays the authority.
import type { Bant, ContactInput } from "../../ipc/bindings";

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkContactInput(input: ContactInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.first_name.trim() && !input.last_name.trim()) {
    errors.first_name = "Enter a first or last name.";
  }
  const email = input.email.trim();
  if (email && !emailShape.test(email)) {
    errors.email = "Enter an email address like name@example.com.";
  }
  const badOther = input.other_emails.map((e) => e.trim()).find((e) => e && !emailShape.test(e));
  if (badOther) errors.other_emails = `'${badOther}' is not an email address like name@example.com.`;
  return errors;
}

export const emptyBant: Bant = {
  budget: { status: "unknown", note: "" },
  authority: { status: "unknown", note: "" },
  need: { status: "unknown", note: "" },
  timeline: { status: "unknown", note: "" },
};

export const emptyContactInput: ContactInput = {
  first_name: "",
  last_name: "",
  email: "",
  phone: "",
  title: "",
  company_name: "",
  country: "",
  notes: "",
  lifecycle_stage: "lead",
  lead_status: "",
  lead_source: "",
  first_campaign_id: null,
  last_campaign_id: null,
  owner_id: null,
  do_not_contact: false,
  bant: emptyBant,
  tags: [],
  other_emails: [],
  other_phones: [],
  custom: [],
};
