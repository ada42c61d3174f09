// Test data: two contact records that look like one person, and a scan with one group per reason.
import type { Bant, Contact, DuplicateScan } from "../../ipc/bindings";

const unknownBant: Bant = {
  budget: { status: "unknown", note: "" },
  authority: { status: "unknown", note: "" },
  need: { status: "unknown", note: "" },
  timeline: { status: "unknown", note: "" },
};

/** The older record: a title, a custom value and tags. */
export const anaOld: Contact = {
  id: "c1",
  first_name: "Ana",
  last_name: "García",
  email: "ana@acme.com",
  phone: "",
  phone_display: "",
  other_emails: ["ana.garcia@gmail.com"],
  other_phones: [],
  other_phones_display: [],
  title: "Head of Sales",
  company_id: "co1",
  company_name: "Acme",
  country: "Spain",
  notes: "Met at SaaStr.",
  lifecycle_stage: "lead",
  lead_status: "",
  lead_source: "Conference",
  owner_id: "m1",
  owner_name: "Sam Lee",
  do_not_contact: false,
  bant: { ...unknownBant, budget: { status: "confirmed", note: "Q3" } },
  tags: ["VIP"],
  custom: [{ field_id: "f1", value: "opt-gold" }],
  created_at: "2025-01-01T10:00:00Z",
  first_campaign_id: null,
  first_campaign_name: "",
  last_campaign_id: null,
  last_campaign_name: "",
  updated_at: "2025-06-01T10:00:00Z",
};

/** The newer record: a phone and a newer title, no notes. */
export const anaNew: Contact = {
  ...anaOld,
  id: "c2",
  last_name: "Garcia",
  phone: "+442079460958",
  phone_display: "+44 20 7946 0958",
  other_emails: [],
  title: "VP Sales",
  notes: "",
  lifecycle_stage: "opportunity",
  lead_status: "Connected",
  lead_source: "",
  owner_id: null,
  owner_name: "",
  bant: unknownBant,
  tags: ["Spain"],
  custom: [],
  created_at: "2026-01-01T10:00:00Z",
  first_campaign_id: null,
  first_campaign_name: "",
  last_campaign_id: null,
  last_campaign_name: "",
  updated_at: "2026-02-01T10:00:00Z",
};

const candidate = (id: string, name: string, extra: Partial<{ email: string; phone_display: string; title: string }> = {}) => ({
  id,
  name,
  email: extra.email ?? "",
  phone_display: extra.phone_display ?? "",
  title: extra.title ?? "",
  company_name: "Initech",
  updated_at: "2026-02-01T10:00:00Z",
});

export const scan: DuplicateScan = {
  total: 3,
  groups: [
    {
      reason: "same_email",
      key: "ana@acme.com",
      contacts: [
        candidate("c1", "Ana García", { email: "ana@acme.com", title: "Head of Sales" }),
        candidate("c2", "Ana Garcia", { email: "ana@acme.com", title: "VP Sales" }),
      ],
    },
    {
      reason: "same_phone",
      key: "+442079460958",
      contacts: [
        candidate("c3", "Tom Bell", { phone_display: "+44 20 7946 0958" }),
        candidate("c4", "Thomas Bell", { phone_display: "+44 20 7946 0958" }),
      ],
    },
    {
      reason: "similar_name",
      key: "Initech",
      contacts: [candidate("c5", "Peter Gibbons"), candidate("c6", "Peter Gibons"), candidate("c7", "Pete Gibbons")],
    },
  ],
};
