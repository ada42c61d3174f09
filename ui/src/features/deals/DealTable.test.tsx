import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DealQuery, RecordFilter, SavedView, SavedViewInput } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyFilter } from "../records/empty-filter";
import { board, dealRow, pipeline, stages } from "./deal-fixtures";
import { DealsScreen } from "./DealsScreen";

function rowsFor({ offset, limit }: DealQuery, total: number) {
  const count = Math.max(0, Math.min(limit, total - offset));
  return Array.from({ length: count }, (_, i) => dealRow(`t${offset + i}`, stages[0]!, { rotting_days: i === 0 ? 3 : null }));
}

/** 1,500 deals in all; any filter narrows them to 5. */
function page(query: DealQuery) {
  const total = JSON.stringify(query.filter) === JSON.stringify(emptyFilter) ? 1500 : 5;
  return { total, rows: rowsFor(query, total) };
}

const lastQuery = (backend: ReturnType<typeof mockBackend>) => backend.callsTo("list_deals").at(-1)!.query as DealQuery;

const members = [
  { id: "m1", name: "Mia Chen", email: "mia@example.com", role: "seller", is_me: true },
  { id: "m2", name: "Omar Haddad", email: "omar@example.com", role: "seller", is_me: false },
];

async function openTable() {
  const user = userEvent.setup();
  renderWithApp(<DealsScreen />, { screen: "deals" });
  await user.click(await screen.findByRole("button", { name: "Table" }));
  await screen.findByTestId("deal-count");
  return user;
}

const bigRenewals: SavedView = {
  id: "v1",
  record_table: "deals",
  name: "Big renewals",
  definition: {
    search: "acme",
    filter: { ...emptyFilter, stage_ids: ["s-proposal"], tags: ["Renewal"] },
    sort: "amount",
  },
};

describe("Deals table", () => {
  it("loads the visible rows page by page, filters by stage and sorts by amount", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      list_members: () => [],
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = await openTable();

    expect(screen.getByTestId("deal-count")).toHaveTextContent("1,500 deals");
    const grid = screen.getByRole("grid", { name: "Deals" });
    await waitFor(() => expect(within(grid).getByText("Deal t0")).toBeInTheDocument());
    expect(screen.getAllByTestId("deal-row").length).toBeLessThan(100);
    expect(within(screen.getAllByTestId("deal-row")[0]!).getByText("3 days idle")).toBeInTheDocument();
    // An open deal whose expected close (Jun 30, 2025) has passed says so.
    expect(within(screen.getAllByTestId("deal-row")[0]!).getByText("Jun 30, 2025")).toHaveTextContent("Jun 30, 2025, overdue");
    expect(backend.callsTo("list_deals")[0]!.query).toEqual({
      pipeline_id: "p1",
      search: "",
      contact_id: null,
      filter: emptyFilter,
      sort: "recently_updated",
      offset: 0,
      limit: 100,
    });

    // Stage and owner are filtered in the filter bar only: no separate selects.
    expect(screen.queryByRole("combobox", { name: "Stage" })).not.toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Owner" })).not.toBeInTheDocument();
    const bar = screen.getByRole("toolbar", { name: "Filters" });
    await user.click(within(bar).getByRole("button", { name: "Stage" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: "Proposal" }));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.getByTestId("deal-count")).toHaveTextContent("5 deals"));

    // A new filter remounts the grid, back at the top.
    await user.click(within(screen.getByRole("grid", { name: "Deals" })).getByRole("button", { name: "Amount" }));
    await waitFor(() => expect(lastQuery(backend)).toMatchObject({ sort: "amount", filter: { stage_ids: ["s-proposal"] } }));
    expect(screen.getByRole("columnheader", { name: "Amount" })).toHaveAttribute("aria-sort", "descending");
  });

  it("sorts by company, stage and owner, in pipeline order for stages", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = await openTable();
    const grid = screen.getByRole("grid", { name: "Deals" });

    await user.click(within(grid).getByRole("button", { name: "Stage" }));
    await waitFor(() => expect(lastQuery(backend).sort).toBe("stage"));
    expect(screen.getByRole("columnheader", { name: "Stage" })).toHaveAttribute("aria-sort", "ascending");

    await user.click(within(screen.getByRole("grid", { name: "Deals" })).getByRole("button", { name: "Company" }));
    await waitFor(() => expect(lastQuery(backend).sort).toBe("company"));
    expect(screen.getByRole("columnheader", { name: "Company" })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: "Stage" })).toHaveAttribute("aria-sort", "none");

    await user.click(within(screen.getByRole("grid", { name: "Deals" })).getByRole("button", { name: "Owner" }));
    await waitFor(() => expect(lastQuery(backend).sort).toBe("owner"));
    // A second click on the active column goes back to the default order.
    await user.click(within(screen.getByRole("grid", { name: "Deals" })).getByRole("button", { name: "Owner" }));
    await waitFor(() => expect(screen.getByRole("columnheader", { name: "Updated" })).toHaveAttribute("aria-sort", "descending"));
    expect(screen.getByRole("columnheader", { name: "Owner" })).toHaveAttribute("aria-sort", "none");
  });

  it("sends the filter bar's stages, owners and deal tags in the query's filter", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      list_members: () => members,
      tags_in_use: () => [{ name: "Renewal", count: 4 }],
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = await openTable();
    const bar = screen.getByRole("toolbar", { name: "Filters" });
    // Deals narrow by stage, not by a contact's lifecycle.
    expect(within(bar).queryByRole("button", { name: "Lifecycle" })).not.toBeInTheDocument();

    await user.click(within(bar).getByRole("button", { name: "Stage" }));
    const stageMenu = await screen.findByRole("menu", { name: "Stage" });
    expect(within(stageMenu).getAllByRole("menuitemcheckbox").map((i) => i.textContent)).toEqual(["Lead", "Proposal", "Won", "Lost"]);
    await user.click(within(stageMenu).getByRole("menuitemcheckbox", { name: "Lead" }));
    await user.click(within(stageMenu).getByRole("menuitemcheckbox", { name: "Proposal" }));
    await user.keyboard("{Escape}");
    await user.click(within(bar).getByRole("button", { name: "Owner" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: "Omar Haddad" }));
    await user.keyboard("{Escape}");
    await user.click(within(bar).getByRole("button", { name: "Tag" }));
    await user.click(await screen.findByRole("menuitemcheckbox", { name: /Renewal/ }));
    await user.keyboard("{Escape}");

    const expected: RecordFilter = { ...emptyFilter, stage_ids: ["s-lead", "s-proposal"], owner_ids: ["m2"], tags: ["Renewal"] };
    await waitFor(() => expect(lastQuery(backend).filter).toEqual(expected));
    expect(lastQuery(backend)).not.toHaveProperty("stage_id");
    expect(lastQuery(backend)).not.toHaveProperty("owner_id");
    expect(backend.callsTo("tags_in_use")).toContainEqual({ table: "deals" });

    const chips = within(bar).getByRole("list", { name: "Active filters" });
    await user.click(within(chips).getByRole("button", { name: "Remove filter Stage: Lead" }));
    await waitFor(() => expect(lastQuery(backend).filter.stage_ids).toEqual(["s-proposal"]));
    expect(within(chips).getByText("Owner: Omar Haddad")).toBeInTheDocument();
    // Many menu round-trips: give a loaded machine room.
  }, 15_000);

  it("says when no deal matches the filters and offers to clear them", async () => {
    mockBackend({
      list_pipelines: () => [pipeline],
      list_deals: ({ query }) => {
        const q = query as DealQuery;
        return JSON.stringify(q.filter) === JSON.stringify(emptyFilter) ? page(q) : { total: 0, rows: [] };
      },
    });
    const user = await openTable();
    await user.click(screen.getByRole("button", { name: /No activity in 30 days/ }));

    expect(await screen.findByRole("heading", { name: "No deals match these filters" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(screen.getByTestId("deal-count")).toHaveTextContent("1,500 deals"));
  });

  it("opens from a board column's “open the table” filtered to that stage", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      deal_board: () => board({ "s-lead": { total: { count: 1234, amount: "1", weighted: "1" } } }),
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = userEvent.setup();
    renderWithApp(<DealsScreen />, { screen: "deals" });
    const leadColumn = await screen.findByRole("region", { name: "Lead" });
    await user.click(within(leadColumn).getByRole("button", { name: "open the table to see all" }));

    await waitFor(() => expect(lastQuery(backend).filter).toEqual({ ...emptyFilter, stage_ids: ["s-lead"] }));
    const chips = within(screen.getByRole("toolbar", { name: "Filters" })).getByRole("list", { name: "Active filters" });
    expect(within(chips).getByText("Stage: Lead")).toBeInTheDocument();
  });
});

describe("Saved deal views", () => {
  it("applies a view's search, filter and sort to the table, and marks it edited when the table changes", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      list_saved_views: () => [bigRenewals],
      save_saved_view: ({ input }) => [{ id: "v1", ...(input as SavedViewInput) }],
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = await openTable();

    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.click(await screen.findByRole("menuitem", { name: "Big renewals" }));

    // The view's text is asked for as soon as it lands, before the rest of the table catches up.
    await waitFor(() =>
      expect(backend.callsTo("list_deals").map((call) => call.query)).toContainEqual(
        expect.objectContaining({ pipeline_id: "p1", search: "acme", filter: bigRenewals.definition.filter, sort: "amount" }),
      ),
    );
    expect(backend.callsTo("list_saved_views")).toContainEqual({ recordTable: "deals" });
    const header = screen.getByTestId("active-view");
    expect(header).toHaveTextContent("Big renewals");
    expect(header).not.toHaveTextContent("edited");
    expect(screen.getByRole("searchbox", { name: "Search deals" })).toHaveValue("acme");
    expect(screen.getByRole("columnheader", { name: "Amount" })).toHaveAttribute("aria-sort", "descending");
    const chips = screen.getByRole("list", { name: "Active filters" });
    expect(within(chips).getByText("Stage: Proposal")).toBeInTheDocument();
    expect(within(chips).getByText("Tag: Renewal")).toBeInTheDocument();

    await user.click(within(chips).getByRole("button", { name: "Remove filter Tag: Renewal" }));
    expect(header).toHaveTextContent("• edited");
    await user.click(within(header).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_saved_view")).toHaveLength(1));
    expect(backend.callsTo("save_saved_view")[0]).toEqual({
      id: "v1",
      input: {
        record_table: "deals",
        name: "Big renewals",
        definition: { search: "acme", filter: { ...emptyFilter, stage_ids: ["s-proposal"] }, sort: "amount" },
      },
    });
    await waitFor(() => expect(header).not.toHaveTextContent("edited"));

    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.click(await screen.findByRole("menuitem", { name: "All deals" }));
    // Every deal's first page is still cached from the start.
    await waitFor(() => expect(screen.getByTestId("deal-count")).toHaveTextContent("1,500 deals"));
    expect(screen.getByRole("searchbox", { name: "Search deals" })).toHaveValue("");
    expect(screen.getByRole("columnheader", { name: "Updated" })).toHaveAttribute("aria-sort", "descending");
    expect(screen.queryByTestId("active-view")).not.toBeInTheDocument();
  });

  it("switches to the pipeline whose stages a view filters by", async () => {
    const renewals = {
      id: "p2",
      name: "Renewals",
      stages: [{ id: "r-due", name: "Due", kind: "open" as const, probability: 60, rot_days: 7 }],
    };
    const backend = mockBackend({
      list_pipelines: () => [pipeline, renewals],
      list_saved_views: () => [{ ...bigRenewals, definition: { ...bigRenewals.definition, filter: { ...emptyFilter, stage_ids: ["r-due"] } } }],
      list_deals: ({ query }) => page(query as DealQuery),
    });
    const user = await openTable();

    await user.click(screen.getByRole("button", { name: "Views" }));
    await user.click(await screen.findByRole("menuitem", { name: "Big renewals" }));

    await waitFor(() => expect(lastQuery(backend)).toMatchObject({ pipeline_id: "p2", filter: { stage_ids: ["r-due"] } }));
    expect(screen.getByRole("combobox", { name: "Pipeline" })).toHaveValue("p2");
    expect(screen.getByText("Stage: Due")).toBeInTheDocument();
  });
});
