import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Contact, DealQuery } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyBant } from "./contact-input-checks";
import { ContactDetail } from "./ContactDetail";

const grace: Contact = {
  id: "c1",
  first_name: "Grace",
  last_name: "Hopper",
  email: "grace@navy.mil",
  phone: "+1 555 0100",
  phone_display: "+1 555-0100",
  other_emails: [],
  other_phones: [],
  other_phones_display: [],
  title: "Rear Admiral",
  company_id: "co1",
  company_name: "US Navy",
  country: "USA",
  notes: "",
  lifecycle_stage: "sales_qualified",
  lead_status: "Connected",
  lead_source: "Conference",
  owner_id: "m1",
  owner_name: "Ana García",
  do_not_contact: true,
  bant: { ...emptyBant, budget: { status: "confirmed", note: "FY27 budget signed off" } },
  tags: ["VIP", "Navy"],
  custom: [],
  created_at: "2026-01-01T10:00:00Z",
  first_campaign_id: null,
  first_campaign_name: "",
  last_campaign_id: null,
  last_campaign_name: "",
  updated_at: "2026-02-01T10:00:00Z",
};

describe("ContactDetail", () => {
  it("shows qualification, marks a do-not-contact person, and lists their deals and activity", async () => {
    const backend = mockBackend({
      get_contact: () => grace,
      list_deals: () => ({
        total: 1,
        rows: [
          {
            id: "d1",
            name: "Navy renewal",
            stage_id: "s2",
            stage_name: "Proposal",
            company_name: "US Navy",
            primary_contact_name: "Grace Hopper",
            amount: "12500.00",
            currency: "USD",
            expected_close: "",
            owner_name: "",
            probability: 40,
            rotting_days: null,
            updated_at: "2026-02-01T10:00:00Z",
          },
        ],
      }),
      timeline: () => [],
    });
    renderWithApp(<ContactDetail id="c1" />);

    expect(await screen.findByRole("heading", { name: "Grace Hopper" })).toBeInTheDocument();
    expect(screen.getByText("Sales-qualified")).toHaveClass("lifecycle--sales_qualified");
    expect(screen.getByText("Do not contact")).toBeInTheDocument();
    // No one-click mail or call links for someone who asked not to be contacted.
    expect(screen.queryByRole("link", { name: /grace@navy.mil/ })).not.toBeInTheDocument();
    expect(screen.getByText("grace@navy.mil")).toHaveAttribute("title", expect.stringContaining("Do not contact"));
    expect(screen.getByText("Ana García")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Tags" })).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText("FY27 budget signed off")).toBeInTheDocument();

    const deal = await screen.findByRole("button", { name: /Navy renewal/ });
    expect(deal).toHaveTextContent("Proposal");
    expect(deal).toHaveTextContent("$12,500.00");
    expect((backend.callsTo("list_deals")[0]!.query as DealQuery).contact_id).toBe("c1");

    expect(await screen.findByRole("form", { name: "Log an activity" })).toBeInTheDocument();
    expect(backend.callsTo("timeline")).toEqual([{ table: "contacts", id: "c1" }]);
  });

  it("links every e-mail and phone, dialling the E.164 number, and shows set custom values", async () => {
    mockBackend({
      get_contact: () => ({
        ...grace,
        do_not_contact: false,
        phone: "+15550100",
        phone_display: "+1 555-0100",
        other_emails: ["grace@home.example"],
        other_phones: ["+442079460958"],
        other_phones_display: ["+44 20 7946 0958"],
        custom: [
          { field_id: "f1", value: "1200.5" },
          { field_id: "f3", value: "o2" },
        ],
      }),
      list_custom_fields: () => [
        { id: "f1", record_table: "contacts", label: "Seats", kind: "number", options: [] },
        { id: "f2", record_table: "contacts", label: "Renewal", kind: "date", options: [] },
        { id: "f3", record_table: "contacts", label: "Tier", kind: "choice", options: [{ id: "o2", label: "Silver" }] },
      ],
      list_deals: () => ({ total: 0, rows: [] }),
      timeline: () => [],
    });
    renderWithApp(<ContactDetail id="c1" />);

    expect(await screen.findByRole("link", { name: "grace@home.example" })).toHaveAttribute("href", "mailto:grace@home.example");
    expect(screen.getByRole("link", { name: "grace@navy.mil" })).toHaveAttribute("href", "mailto:grace@navy.mil");
    expect(screen.getByRole("link", { name: "+44 20 7946 0958" })).toHaveAttribute("href", "tel:+442079460958");
    expect(screen.getByRole("link", { name: "+1 555-0100" })).toHaveAttribute("href", "tel:+15550100");
    const values = await screen.findAllByTestId("custom-value");
    expect(values.map((v) => v.textContent)).toEqual(["Seats1,200.5", "TierSilver"]);
  });
});
