import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContactQuery, ContactRow } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyFilter } from "../records/empty-filter";
import { ContactsScreen } from "./ContactsScreen";

function rowsFor({ offset, limit }: ContactQuery, total: number): ContactRow[] {
  const count = Math.max(0, Math.min(limit, total - offset));
  return Array.from({ length: count }, (_, i) => ({
    id: `c${offset + i}`,
    name: `Person ${offset + i}`,
    email: `person${offset + i}@example.com`,
    title: "Buyer",
    company_name: "Acme",
    country: "Germany",
    lifecycle_stage: "lead",
    updated_at: "2024-05-01T10:00:00Z",
    score: null,
  }));
}

describe("ContactsScreen", () => {
  it("renders the rows of the first page and the total count", async () => {
    mockBackend({
      list_contacts: ({ query }) => ({ total: 2000, rows: rowsFor(query as ContactQuery, 2000) }),
    });
    renderWithApp(<ContactsScreen />);

    expect(await screen.findByTestId("contact-count")).toHaveTextContent("2,000 contacts");
    const grid = screen.getByRole("grid", { name: "Contacts" });
    expect(grid).toHaveAttribute("aria-rowcount", "2001");
    await waitFor(() => expect(within(grid).getByText("Person 0")).toBeInTheDocument());
    const rows = screen.getAllByTestId("contact-row");
    // Only the visible window is in the DOM, not all 2,000 rows.
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(within(rows[1]!).getByText("person1@example.com")).toBeInTheDocument();
  });

  it("searches as the user types", async () => {
    const backend = mockBackend({
      list_contacts: ({ query }) => {
        const q = query as ContactQuery;
        const total = q.search === "" ? 300 : 1;
        return { total, rows: rowsFor(q, total) };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByTestId("contact-count")).toHaveTextContent("300 contacts");

    await user.type(screen.getByRole("searchbox", { name: "Search contacts" }), "ana");

    await waitFor(() => expect(screen.getByTestId("contact-count")).toHaveTextContent("1 contact"));
    const searches = backend.callsTo("list_contacts").map((args) => (args.query as ContactQuery).search);
    expect(searches).toContain("ana");
    expect(backend.callsTo("list_contacts").find((a) => (a.query as ContactQuery).search === "ana")?.query).toEqual({
      search: "ana",
      filter: emptyFilter,
      sort: "relevance",
      offset: 0,
      limit: 100,
    });
  });

  it("says the list is busy while its rows answer an older text than the search box holds", async () => {
    let answer: (() => void) | null = null;
    mockBackend({
      list_contacts: ({ query }) => {
        const q = query as ContactQuery;
        if (q.search === "") return { total: 300, rows: rowsFor(q, 300) };
        // The answer for the typed text waits until the test lets it go.
        return new Promise((resolve) => {
          answer = () => resolve({ total: 1, rows: rowsFor(q, 1) });
        });
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByTestId("contact-count")).toHaveTextContent("300 contacts");
    const list = screen.getByRole("region", { name: "Contacts" });
    expect(list).toHaveAttribute("aria-busy", "false");

    await user.type(screen.getByRole("searchbox", { name: "Search contacts" }), "a");
    expect(list).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(answer).not.toBeNull());
    answer!();
    await waitFor(() => expect(list).toHaveAttribute("aria-busy", "false"));
    expect(screen.getByTestId("contact-count")).toHaveTextContent("1 contact");
  });

  it("sorts by the Updated column, and back to relevance on a second click", async () => {
    // Newest first reads "Updated …" so the test can see which order the grid shows.
    const backend = mockBackend({
      list_contacts: ({ query }) => {
        const q = query as ContactQuery;
        const rows = rowsFor(q, 300);
        return {
          total: 300,
          rows: q.sort === "recently_updated" ? rows.map((r) => ({ ...r, name: `Updated ${r.name}` })) : rows,
        };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    await screen.findByTestId("contact-count");
    const firstName = () => within(screen.getAllByTestId("contact-row")[0]!).getAllByRole("gridcell")[0];
    await waitFor(() => expect(firstName()).toHaveTextContent("Person 0"));
    const sorts = () => backend.callsTo("list_contacts").map((args) => (args.query as ContactQuery).sort);
    expect(sorts()).toEqual(["relevance"]);

    const updatedHeader = () => screen.getByRole("columnheader", { name: "Updated" });
    const nameHeader = () => screen.getByRole("columnheader", { name: "Name" });
    expect(updatedHeader()).toHaveAttribute("aria-sort", "none");
    expect(nameHeader()).toHaveAttribute("aria-sort", "none");

    await user.click(within(updatedHeader()).getByRole("button", { name: "Updated" }));

    await waitFor(() => expect(sorts()).toContain("recently_updated"));
    expect(backend.callsTo("list_contacts").find((a) => (a.query as ContactQuery).sort === "recently_updated")?.query).toEqual({
      search: "",
      filter: emptyFilter,
      sort: "recently_updated",
      offset: 0,
      limit: 100,
    });
    expect(updatedHeader()).toHaveAttribute("aria-sort", "descending");
    expect(nameHeader()).toHaveAttribute("aria-sort", "none");
    await waitFor(() => expect(firstName()).toHaveTextContent("Updated Person 0"));
    // The grid remounts for the new order; keyboard focus stays on the header that was used.
    await waitFor(() => expect(within(updatedHeader()).getByRole("button")).toHaveFocus());

    await user.click(within(updatedHeader()).getByRole("button", { name: "Updated" }));

    await waitFor(() => expect(updatedHeader()).toHaveAttribute("aria-sort", "none"));
    await waitFor(() => expect(firstName()).toHaveTextContent(/^Person 0$/));
    // Relevance was cached from the first load, so it shows again without asking for another order.
    expect(sorts().filter((sort) => sort !== "relevance")).toEqual(["recently_updated"]);
  });

  it("sorts by name from the keyboard and resets the selection", async () => {
    const backend = mockBackend({
      list_contacts: ({ query }) => ({ total: 300, rows: rowsFor(query as ContactQuery, 300) }),
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    const grid = await screen.findByRole("grid", { name: "Contacts" });
    await waitFor(() => expect(within(grid).getByText("Person 0")).toBeInTheDocument());

    grid.focus();
    await user.keyboard("{ArrowDown}");
    expect(grid).toHaveAttribute("aria-activedescendant", "contact-row-1");

    await user.tab(); // from the grid to its first header button
    expect(screen.getByRole("button", { name: "Name" })).toHaveFocus();
    await user.keyboard("{Enter}");

    await waitFor(() =>
      expect(screen.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending"),
    );
    await waitFor(() => expect(backend.callsTo("list_contacts").some((a) => (a.query as ContactQuery).sort === "name")).toBe(true));
    await waitFor(() =>
      expect(screen.getByRole("grid", { name: "Contacts" })).not.toHaveAttribute("aria-activedescendant"),
    );
  });

  it("teaches what to do when there are no contacts", async () => {
    mockBackend({ list_contacts: () => ({ total: 0, rows: [] }) });
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByRole("heading", { name: "No contacts yet" })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "New contact" })).toHaveLength(2);
  });
});
