import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import type { SearchResults } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CommandPalette } from "./CommandPalette";

const results: SearchResults = {
  contacts: {
    total: 1204,
    rows: [
      {
        id: "c1",
        name: "Ana García",
        email: "ana@acme.com",
        title: "Head of Sales",
        company_name: "Acme",
        country: "Spain",
        lifecycle_stage: "lead",
        updated_at: "2026-02-01T10:00:00Z",
        score: null,
      },
    ],
  },
  companies: {
    total: 2,
    rows: [
      {
        id: "co1",
        name: "Acme",
        domain: "acme.com",
        industry: "Manufacturing",
        country: "Spain",
        contact_count: 3,
        open_deal_count: 1,
        updated_at: "2026-02-01T10:00:00Z",
      },
    ],
  },
  deals: {
    total: 1,
    rows: [
      {
        id: "d1",
        name: "Acme renewal",
        stage_id: "s2",
        stage_name: "Proposal",
        company_name: "Acme",
        primary_contact_name: "Ana García",
        amount: "12500.00",
        currency: "USD",
        expected_close: "",
        owner_name: "",
        probability: 40,
        rotting_days: null,
        updated_at: "2026-02-01T10:00:00Z",
      },
    ],
  },
};

/** Shows where the palette sent the user, without mounting the screens themselves. */
function Whereabouts() {
  const { screen, deals, companyPane, pane, contactSearchSeed } = useNavigation();
  return (
    <output data-testid="whereabouts">
      {JSON.stringify({ screen, deal: deals.pane, company: companyPane, contact: pane, seed: contactSearchSeed })}
    </output>
  );
}

function renderPalette() {
  return renderWithApp(
    <>
      <CommandPalette open onOpenChange={() => {}} />
      <Whereabouts />
    </>,
  );
}

const whereabouts = () => JSON.parse(screen.getByTestId("whereabouts").textContent ?? "{}");

describe("CommandPalette search everywhere", () => {
  it("groups people, companies and deals with their counts, secondary lines and the match marked", async () => {
    const backend = mockBackend({ search_everything: () => results });
    const user = userEvent.setup();
    renderPalette();

    await user.type(screen.getByRole("combobox"), "garcia");

    const people = await screen.findByRole("group", { name: "People · 1,204" });
    expect(within(people).getByRole("option", { name: /Ana García/ })).toHaveTextContent("ana@acme.com · Acme");
    // Accent- and case-insensitive: "garcia" marks "García".
    expect(within(people).getByText("García", { selector: "mark" })).toBeInTheDocument();
    expect(within(people).getByRole("option", { name: "See all 1,204 people" })).toBeInTheDocument();
    const companies = screen.getByRole("group", { name: "Companies · 2" });
    expect(within(companies).getByRole("option", { name: /Acme/ })).toHaveTextContent("acme.com · Manufacturing");
    const deals = screen.getByRole("group", { name: "Deals · 1" });
    expect(within(deals).getByRole("option", { name: /Acme renewal/ })).toHaveTextContent("Proposal · $12,500.00 · Acme");
    expect(backend.callsTo("search_everything").at(-1)).toEqual({ query: "garcia" });
    // Typing fast searches once the keys pause, not once per key.
    expect(backend.callsTo("search_everything").length).toBeLessThan(6);
  });

  it("opens a deal with Enter", async () => {
    mockBackend({ search_everything: () => results });
    const user = userEvent.setup();
    renderPalette();

    await user.type(screen.getByRole("combobox"), "renewal");
    const deals = await screen.findByRole("group", { name: "Deals · 1" });
    // Past the person, "See all", and the company to the deal.
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(within(deals).getByRole("option", { name: /Acme renewal/ })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");

    expect(whereabouts()).toMatchObject({ screen: "deals", deal: { mode: "view", id: "d1" } });
  });

  it("opens a company, and “See all” opens Contacts with the search", async () => {
    mockBackend({ search_everything: () => results });
    const user = userEvent.setup();
    const { unmount } = renderPalette();

    await user.type(screen.getByRole("combobox"), "acme");
    await user.click(await screen.findByRole("option", { name: /Manufacturing/ }));
    expect(whereabouts()).toMatchObject({ screen: "companies", company: { mode: "view", id: "co1" } });
    unmount();

    renderPalette();
    await user.type(screen.getByRole("combobox"), "acme");
    await user.click(await screen.findByRole("option", { name: "See all 1,204 people" }));
    expect(whereabouts()).toMatchObject({ screen: "contacts", seed: "acme", contact: null });
  });

  it("still offers actions, and finds duplicate contacts from the palette", async () => {
    mockBackend({ search_everything: () => ({ ...results, contacts: { total: 0, rows: [] }, companies: { total: 0, rows: [] }, deals: { total: 0, rows: [] } }) });
    const user = userEvent.setup();
    renderPalette();

    expect(screen.getByRole("option", { name: /New contact/ })).toBeInTheDocument();
    await user.type(screen.getByRole("combobox"), "duplicate");
    await user.click(screen.getByRole("option", { name: "Find duplicate contacts" }));
    await waitFor(() => expect(whereabouts()).toMatchObject({ screen: "duplicates" }));
  });

  it("says when search fails, and keeps the actions", async () => {
    mockBackend({ search_everything: () => Promise.reject({ code: "database_locked", message: "The workspace is busy.", fields: [] }) });
    const user = userEvent.setup();
    renderPalette();

    await user.type(screen.getByRole("combobox"), "new");
    expect(await screen.findByRole("alert")).toHaveTextContent("Couldn’t search: The workspace is busy.");
    expect(screen.getByRole("option", { name: /New contact/ })).toBeInTheDocument();
  });
});
