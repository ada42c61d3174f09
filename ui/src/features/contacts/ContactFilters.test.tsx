import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContactQuery, ContactRow, RecordFilter, SavedView, SavedViewInput } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { adsRow, webinarRow } from "../campaigns/campaign-fixtures";
import { emptyFilter } from "../records/empty-filter";
import { ContactsScreen } from "./ContactsScreen";

function page({ offset, limit, filter }: ContactQuery) {
  const total = JSON.stringify(filter) === JSON.stringify(emptyFilter) ? 2000 : 214;
  const count = Math.max(0, Math.min(limit, total - offset));
  const rows: ContactRow[] = Array.from({ length: count }, (_, i) => ({
    id: `c${offset + i}`,
    name: `Person ${offset + i}`,
    email: "",
    title: "",
    company_name: "",
    country: "",
    lifecycle_stage: "lead",
    updated_at: "2024-05-01T10:00:00Z",
    score: null,
  }));
  return { total, rows };
}

const lastFilter = (backend: ReturnType<typeof mockBackend>) =>
  (backend.callsTo("list_contacts").at(-1)!.query as ContactQuery).filter;

const hotLeads: SavedView = {
  id: "v1",
  record_table: "contacts",
  name: "Hot leads",
  definition: {
    search: "acme",
    filter: { ...emptyFilter, lifecycle: ["sales_qualified"], no_activity_days: 7 },
    sort: "recently_updated",
  },
};

describe("Contacts filter bar", () => {
  it("sends the chosen filters to the contact list and counts the matches out of everyone", async () => {
    const backend = mockBackend({
      list_contacts: ({ query }) => page(query as ContactQuery),
      list_members: () => [{ id: "m1", name: "Ana García", email: "ana@example.com", role: "seller", is_me: true }],
      tags_in_use: () => [{ name: "VIP", count: 12 }],
      list_campaigns: () => [webinarRow, adsRow],
      list_custom_fields: () => [
        {
          id: "f1",
          record_table: "contacts",
          label: "Tier",
          kind: "choice",
          options: [
            { id: "o1", label: "Gold" },
            { id: "o2", label: "Silver" },
          ],
        },
      ],
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByTestId("contact-count")).toHaveTextContent("2,000 contacts");
    const bar = screen.getByRole("toolbar", { name: "Filters" });

    await user.click(within(bar).getByRole("button", { name: "Lifecycle" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: "Customer" }));
    await user.click(screen.getByRole("menuitemcheckbox", { name: "Lead" }));
    await user.keyboard("{Escape}");
    await user.click(within(bar).getByRole("button", { name: "Owner" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: "Ana García (you)" }));
    await user.keyboard("{Escape}");
    await user.click(within(bar).getByRole("button", { name: "Tag" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: /VIP/ }));
    await user.keyboard("{Escape}");
    await user.click(within(bar).getByRole("button", { name: "Campaign" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: adsRow.name }));
    await user.keyboard("{Escape}");
    await user.type(within(bar).getByRole("textbox", { name: "Add a country filter" }), "Germany{Enter}");
    await user.selectOptions(within(bar).getByRole("combobox", { name: "Days without activity" }), "60");
    await user.click(within(bar).getByRole("button", { name: "No activity in 60 days" }));
    await user.click(within(bar).getByRole("button", { name: "Custom field" }));
    const dialog = await screen.findByRole("dialog", { name: "Filter by a custom field" });
    await user.selectOptions(await within(dialog).findByLabelText("Value"), "Gold");
    await user.click(within(dialog).getByRole("button", { name: "Add filter" }));

    const expected: RecordFilter = {
      ...emptyFilter,
      lifecycle: ["customer", "lead"],
      owner_ids: ["m1"],
      tags: ["VIP"],
      countries: ["Germany"],
      no_activity_days: 60,
      custom: [{ field_id: "f1", op: "equals", value: "o1" }],
      campaign_ids: [adsRow.id],
    };
    await waitFor(() => expect(lastFilter(backend)).toEqual(expected));
    expect(screen.getByTestId("contact-count")).toHaveTextContent("214 of 2,000 contacts");

    const chips = within(bar).getByRole("list", { name: "Active filters" });
    expect(within(chips).getByText("Tier is Gold")).toBeInTheDocument();
    expect(within(chips).getByText(`Campaign: ${adsRow.name}`)).toBeInTheDocument();
    await user.click(within(chips).getByRole("button", { name: "Remove filter Lifecycle: Customer" }));
    await waitFor(() => expect(lastFilter(backend).lifecycle).toEqual(["lead"]));

    await user.click(within(chips).getByRole("button", { name: "Clear all" }));
    await waitFor(() => expect(screen.getByTestId("contact-count")).toHaveTextContent("2,000 contacts"));
    expect(within(bar).queryByRole("list", { name: "Active filters" })).not.toBeInTheDocument();
    // Many menu round-trips: give a loaded machine room.
  }, 15_000);

  it("says when no contact matches the filters and offers to clear them", async () => {
    mockBackend({
      list_contacts: ({ query }) => {
        const q = query as ContactQuery;
        return JSON.stringify(q.filter) === JSON.stringify(emptyFilter) ? page(q) : { total: 0, rows: [] };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    await screen.findByTestId("contact-count");
    await user.click(screen.getByRole("button", { name: /No activity in 30 days/ }));

    expect(await screen.findByRole("heading", { name: "No contacts match these filters" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(screen.getByTestId("contact-count")).toHaveTextContent("2,000 contacts"));
  });
});

describe("Saved contact views", () => {
  it("saves the current search, filter and sort as a named view", async () => {
    let views: SavedView[] = [];
    const backend = mockBackend({
      list_contacts: ({ query }) => page(query as ContactQuery),
      list_saved_views: () => views,
      save_saved_view: ({ input }) => {
        views = [{ id: "v9", ...(input as SavedViewInput) }];
        return views;
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    await screen.findByTestId("contact-count");
    await user.type(screen.getByRole("searchbox", { name: "Search contacts" }), "acme");
    await user.click(screen.getByRole("button", { name: /No activity in 30 days/ }));

    await user.click(screen.getByRole("button", { name: "Views" }));
    expect(await screen.findByText(/No saved views yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("menuitem", { name: "Save view…" }));
    const dialog = await screen.findByRole("dialog", { name: "Save view" });
    await user.type(within(dialog).getByLabelText("Name"), "Quiet Acme people");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(backend.callsTo("save_saved_view")).toHaveLength(1));
    expect(backend.callsTo("save_saved_view")[0]).toEqual({
      id: null,
      input: {
        record_table: "contacts",
        name: "Quiet Acme people",
        definition: { search: "acme", filter: { ...emptyFilter, no_activity_days: 30 }, sort: "relevance" },
      },
    });
    expect(await screen.findByTestId("active-view")).toHaveTextContent("Quiet Acme people");
    expect(screen.getByTestId("active-view")).not.toHaveTextContent("edited");
  });

  it("applies a view, marks it edited when the list changes, and reverts or saves the change", async () => {
    const backend = mockBackend({
      list_contacts: ({ query }) => page(query as ContactQuery),
      list_saved_views: () => [hotLeads],
      save_saved_view: ({ input }) => [{ id: "v1", ...(input as SavedViewInput) }],
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    await screen.findByTestId("contact-count");

    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.click(await screen.findByRole("menuitem", { name: "Hot leads" }));

    // The view's text is asked for as soon as it lands, before the rest of the list catches up.
    await waitFor(() =>
      expect(backend.callsTo("list_contacts").map((call) => call.query)).toContainEqual(
        expect.objectContaining({ search: "acme", filter: hotLeads.definition.filter, sort: "recently_updated" }),
      ),
    );
    const header = screen.getByTestId("active-view");
    expect(header).toHaveTextContent("Hot leads");
    expect(header).not.toHaveTextContent("edited");
    expect(screen.getByRole("searchbox", { name: "Search contacts" })).toHaveValue("acme");

    await user.click(screen.getByRole("button", { name: "Remove filter No activity in 7 days" }));
    expect(header).toHaveTextContent("• edited");
    await user.click(within(header).getByRole("button", { name: "Revert" }));
    expect(header).not.toHaveTextContent("edited");
    // The view's own page is still cached: the chip comes back without asking again.
    expect(screen.getByRole("button", { name: "Remove filter No activity in 7 days" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Remove filter Lifecycle: Sales-qualified" }));
    await user.click(within(header).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_saved_view")).toHaveLength(1));
    expect(backend.callsTo("save_saved_view")[0]).toEqual({
      id: "v1",
      input: {
        record_table: "contacts",
        name: "Hot leads",
        definition: { search: "acme", filter: { ...emptyFilter, no_activity_days: 7 }, sort: "recently_updated" },
      },
    });
    await waitFor(() => expect(header).not.toHaveTextContent("edited"));
  });
});
