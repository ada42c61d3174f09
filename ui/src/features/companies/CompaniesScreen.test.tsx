import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CompanyQuery, CompanyRow } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CompaniesScreen } from "./CompaniesScreen";

function rowsFor({ offset, limit }: CompanyQuery, total: number): CompanyRow[] {
  return Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
    id: `co${offset + i}`,
    name: `Company ${offset + i}`,
    domain: `company${offset + i}.com`,
    industry: "Software",
    country: "Spain",
    contact_count: 3,
    open_deal_count: i % 2,
    updated_at: "2026-05-01T10:00:00Z",
  }));
}

describe("CompaniesScreen", () => {
  it("teaches what companies are for when there are none, with a way to add one", async () => {
    mockBackend({ list_companies: () => ({ total: 0, rows: [] }), list_members: () => [], tags_in_use: () => [] });
    const user = userEvent.setup();
    renderWithApp(<CompaniesScreen />, { screen: "companies" });

    expect(await screen.findByRole("heading", { name: "No companies yet" })).toBeInTheDocument();
    expect(screen.getByText(/Companies are the accounts you sell to/)).toBeInTheDocument();
    const buttons = screen.getAllByRole("button", { name: "New company" });
    expect(buttons).toHaveLength(2);

    await user.click(buttons[1]!);
    expect(await screen.findByRole("form", { name: "New company" })).toBeInTheDocument();
  });

  it("shows only the visible rows of a large list, with its columns", async () => {
    const backend = mockBackend({
      list_companies: ({ query }) => ({ total: 1500, rows: rowsFor(query as CompanyQuery, 1500) }),
    });
    renderWithApp(<CompaniesScreen />, { screen: "companies" });

    expect(await screen.findByTestId("company-count")).toHaveTextContent("1,500 companies");
    const grid = screen.getByRole("grid", { name: "Companies" });
    await waitFor(() => expect(within(grid).getByText("Company 0")).toBeInTheDocument());
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Name", "Domain", "Industry", "Country", "Contacts", "Open deals",
    ]);
    const rows = screen.getAllByTestId("company-row");
    expect(rows.length).toBeLessThan(100);
    expect(within(rows[1]!).getByText("company1.com")).toBeInTheDocument();
    expect(backend.callsTo("list_companies")[0]).toEqual({ query: { search: "", offset: 0, limit: 100 } });
  });

  it("says what went wrong and offers a retry when the list cannot load", async () => {
    mockBackend({ list_companies: () => Promise.reject({ code: "database_locked", message: "The workspace is busy.", fields: [] }) });
    renderWithApp(<CompaniesScreen />, { screen: "companies" });
    expect(await screen.findByRole("heading", { name: "Couldn’t load companies" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
