// Test data: a webinar campaign as the backend sends it, its list row and its records.
import type { Campaign, CampaignListRow, CampaignRecords } from "../../ipc/bindings";

export const webinar: Campaign = {
  id: "c1",
  name: "Spring webinar",
  channel: "webinar",
  starts_on: "2026-03-01",
  ends_on: "2026-03-31",
  budget: "8000",
  actual_cost: "7450.5",
  currency: "USD",
  goal: "60 MQLs",
  owner_id: "m1",
  owner_name: "Léa Moreau",
  utm_source: "newsletter",
  utm_medium: "email",
  utm_campaign: "spring-webinar",
  utm_term: "",
  utm_content: "",
  notes: "",
  leads: 2,
  deals: 1,
  created_at: "2026-02-01T10:00:00Z",
  updated_at: "2026-02-01T10:00:00Z",
};

export const webinarRow: CampaignListRow = {
  id: webinar.id,
  name: webinar.name,
  channel: webinar.channel,
  starts_on: webinar.starts_on,
  ends_on: webinar.ends_on,
  budget: webinar.budget,
  actual_cost: webinar.actual_cost,
  currency: webinar.currency,
  owner_name: webinar.owner_name,
  leads: 2,
  deals: 1,
};

export const adsRow: CampaignListRow = {
  ...webinarRow,
  id: "c2",
  name: "Google Ads – CRM keywords",
  channel: "paid_search",
  ends_on: "",
  budget: "36000",
  actual_cost: "",
  leads: 140,
};

export const webinarRecords: CampaignRecords = {
  leads: [
    { contact_id: "p1", name: "Ana García", company_name: "Acme", lifecycle_stage: "lead", owner_name: "", touches: "both" },
    { contact_id: "p2", name: "Bob Stone", company_name: "Globex", lifecycle_stage: "customer", owner_name: "", touches: "first" },
  ],
  deals: [
    { deal_id: "d1", name: "Acme — 50 seats", stage_name: "Won", stage_kind: "won", amount: "12000", currency: "USD", owner_name: "", touches: "last" },
  ],
  truncated: false,
};
