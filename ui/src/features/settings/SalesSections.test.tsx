import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Member, QuotaBoard, SalesTeam } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { QuotasSection } from "./QuotasSection";
import { SalesTeamsSection } from "./SalesTeamsSection";

const dana: Member = { id: "m1", name: "Dana Whitfield", email: "dana@acme.com", role: "sales_manager", is_me: true };
const marco: Member = { id: "m2", name: "Marco Ruiz", email: "marco@acme.com", role: "seller", is_me: false };
const enterprise: SalesTeam = { id: "t1", name: "Enterprise", members: [{ id: "tm1", member_id: "m1", name: "Dana Whitfield" }] };

const board: QuotaBoard = {
  base_currency: "USD",
  fiscal_year_start_month: 4,
  quarters: [
    { fiscal_year: 2026, quarter: 2, label: "Q2 FY2027", starts_on: "2026-07-01", ends_on: "2026-09-30" },
    { fiscal_year: 2026, quarter: 3, label: "Q3 FY2027", starts_on: "2026-10-01", ends_on: "2026-12-31" },
  ],
  current: 1,
  quotas: [{ id: "q1", owner_id: "m1", owner_name: "Dana Whitfield", starts_on: "2026-10-01", ends_on: "2026-12-31", amount: "150000" }],
};

describe("SalesTeamsSection", () => {
  it("lets a sales manager add a member to a team and make a new team", async () => {
    const backend = mockBackend({
      get_profile: () => dana,
      list_members: () => [dana, marco],
      list_sales_teams: () => [enterprise],
      add_sales_team_member: () => [{ ...enterprise, members: [...enterprise.members, { id: "tm2", member_id: "m2", name: "Marco Ruiz" }] }],
      save_sales_team: () => [enterprise, { id: "t2", name: "Mid-market", members: [] }],
    });
    const user = userEvent.setup();
    renderWithApp(<SalesTeamsSection />, { screen: "settings" });

    const team = await screen.findByRole("listitem", { name: "Enterprise" });
    await user.selectOptions(await within(team).findByLabelText("Add to Enterprise"), "m2");
    expect(await within(team).findByText("Marco Ruiz")).toBeInTheDocument();
    expect(backend.callsTo("add_sales_team_member")).toEqual([{ teamId: "t1", memberId: "m2" }]);

    await user.click(screen.getByRole("button", { name: "New team" }));
    await user.click(await screen.findByRole("button", { name: "Save" }));
    expect(screen.getByText("Enter the team’s name, e.g. “Enterprise EMEA”.")).toBeInTheDocument();
    await user.type(screen.getByLabelText("Name"), "Mid-market");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("listitem", { name: "Mid-market" })).toBeInTheDocument();
    expect(backend.callsTo("save_sales_team")).toEqual([{ id: null, name: "Mid-market" }]);
  });

  it("shows a seller the teams without ways to change them", async () => {
    mockBackend({ get_profile: () => marco, list_members: () => [dana, marco], list_sales_teams: () => [enterprise] });
    renderWithApp(<SalesTeamsSection />, { screen: "settings" });
    expect(await screen.findByRole("listitem", { name: "Enterprise" })).toBeInTheDocument();
    expect(screen.getByText(/Only admins and sales managers change them/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "New team" })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Add to Enterprise")).not.toBeInTheDocument();
  });
});

describe("QuotasSection", () => {
  it("opens on this fiscal quarter and sets an owner's quota", async () => {
    const backend = mockBackend({
      get_profile: () => dana,
      list_members: () => [dana, marco],
      quota_board: () => board,
      set_quota: () => ({ ...board, quotas: [...board.quotas, { id: "q2", owner_id: "m2", owner_name: "Marco Ruiz", starts_on: "2026-10-01", ends_on: "2026-12-31", amount: "120000" }] }),
    });
    const user = userEvent.setup();
    renderWithApp(<QuotasSection />, { screen: "settings" });

    expect(await screen.findByLabelText("Quarter")).toHaveDisplayValue("Q3 FY2027 (this quarter) · 2026-10-01 – 2026-12-31");
    expect(screen.getByLabelText("Dana Whitfield")).toHaveValue("150000");
    await user.type(screen.getByLabelText("Marco Ruiz"), "120000{Enter}");
    await waitFor(() => expect(backend.callsTo("set_quota")).toEqual([{ input: { owner_id: "m2", fiscal_year: 2026, quarter: 3, amount: "120000" } }]));

    await user.selectOptions(screen.getByLabelText("Quarter"), "0");
    expect(screen.getByLabelText("Dana Whitfield")).toHaveValue("");
  });

  it("shows a seller the quotas read-only", async () => {
    mockBackend({ get_profile: () => marco, list_members: () => [dana, marco], quota_board: () => board });
    renderWithApp(<QuotasSection />, { screen: "settings" });
    expect(await screen.findByText("$150,000.00")).toBeInTheDocument();
    expect(screen.getByText("No quota")).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });
});
