import { describe, expect, it } from "vitest";
import type { CustomField } from "../../ipc/bindings";
import { anaNew, anaOld } from "./duplicate-fixtures";
import { buildMergeInput, defaultChoices, mergeRows, newerSide } from "./merge-values";

const tier: CustomField = {
  id: "f1",
  record_table: "contacts",
  label: "Tier",
  kind: "choice",
  options: [{ id: "opt-gold", label: "Gold" }],
};

describe("merge values", () => {
  const rows = mergeRows(anaOld, anaNew, [tier]);
  const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));

  it("shows each side as people read it, custom choices by their label", () => {
    expect(byKey.phone).toMatchObject({ a: "", b: "+44 20 7946 0958", same: false });
    expect(byKey.lifecycle_stage).toMatchObject({ a: "Lead", b: "Opportunity" });
    expect(byKey.owner).toMatchObject({ a: "Sam Lee", b: "" });
    expect(byKey.bant).toMatchObject({ a: "Budget: Confirmed (Q3)", b: "" });
    expect(byKey["custom:f1"]).toMatchObject({ label: "Tier", a: "Gold", b: "" });
    expect(byKey.email?.same).toBe(true);
  });

  it("takes the newer contact's values, and the other's where the newer has none", () => {
    const preferred = newerSide(anaOld, anaNew);
    expect(preferred).toBe("b");
    const choices = defaultChoices(rows, preferred);
    expect(choices).toMatchObject({ title: "b", phone: "b", notes: "a", owner: "a", bant: "a", "custom:f1": "a", lead_source: "a" });
  });

  it("builds the input from the chosen sides and keeps the kept contact's tags and extra e-mails", () => {
    const choices = { ...defaultChoices(rows, "b"), title: "a" as const };
    const input = buildMergeInput(anaOld, anaNew, "a", choices);
    expect(input.keep_id).toBe("c1");
    expect(input.merge_id).toBe("c2");
    expect(input.values).toEqual({
      first_name: "Ana",
      last_name: "Garcia",
      email: "ana@acme.com",
      phone: "+442079460958",
      title: "Head of Sales",
      company_name: "Acme",
      country: "Spain",
      notes: "Met at SaaStr.",
      lifecycle_stage: "opportunity",
      lead_status: "Connected",
      lead_source: "Conference",
      first_campaign_id: null,
      last_campaign_id: null,
      owner_id: "m1",
      do_not_contact: false,
      bant: anaOld.bant,
      tags: ["VIP"],
      other_emails: ["ana.garcia@gmail.com"],
      other_phones: [],
      custom: [{ field_id: "f1", value: "opt-gold" }],
    });
  });
});
