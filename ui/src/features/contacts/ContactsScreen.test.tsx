import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContactQuery, ContactRow } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
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
    updated_at: "2024-05-01T10:00:00Z",
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
      offset: 0,
      limit: 100,
    });
  });

  it("teaches what to do when there are no contacts", async () => {
    mockBackend({ list_contacts: () => ({ total: 0, rows: [] }) });
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByRole("heading", { name: "No contacts yet" })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: "New contact" })).toHaveLength(2);
  });
});
