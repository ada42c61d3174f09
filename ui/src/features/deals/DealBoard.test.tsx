import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { board, dealRow, pipeline, stages } from "./deal-fixtures";
import { DealsScreen } from "./DealsScreen";

const lead = stages[0]!;

function renderBoard(handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const backend = mockBackend({
    list_pipelines: () => [pipeline],
    deal_board: () => board(),
    ...handlers,
  });
  renderWithApp(<DealsScreen />, { screen: "deals" });
  return backend;
}

const card = (id: string) => document.querySelector<HTMLElement>(`[data-deal-id="${id}"]`)!;

describe("Deals board", () => {
  it("shows one column per stage with its probability, count, totals and rotting deals", async () => {
    renderBoard();
    const leadColumn = await screen.findByRole("region", { name: "Lead" });
    expect(within(screen.getByTestId("deal-board")).getAllByRole("region").map((r) => r.getAttribute("aria-label"))).toEqual(["Lead", "Proposal", "Won", "Lost"]);

    expect(within(leadColumn).getByText("10%")).toBeInTheDocument();
    expect(within(leadColumn).getByTestId("column-count")).toHaveTextContent("2");
    const proposalTotal = within(screen.getByRole("region", { name: "Proposal" })).getByTestId("column-total");
    expect(proposalTotal).toHaveTextContent("$1.2M");
    expect(proposalTotal).toHaveTextContent("$617.3K weighted");
    // The exact sums are a hover away.
    expect(proposalTotal).toHaveAttribute("title", "$1,234,567.00 total, $617,283.50 weighted");
    expect(within(screen.getByRole("region", { name: "Won" })).getByText("closed since Mar 1, 2025")).toBeInTheDocument();

    const rotting = card("d1");
    expect(rotting).toHaveClass("deal-card--rotting");
    expect(within(rotting).getByText("12 days idle")).toBeInTheDocument();
    expect(within(rotting).getByText("€12,500.50")).toBeInTheDocument();
    expect(within(rotting).getByText("MC")).toBeInTheDocument();
    expect(within(card("d2")).queryByText(/idle/)).not.toBeInTheDocument();
  });

  it("marks an open deal whose expected close day has passed, and no closed one", async () => {
    renderBoard({
      deal_board: () =>
        board({
          "s-lead": {
            deals: [dealRow("d1", lead, { expected_close: "2999-01-01" }), dealRow("d2", lead, { expected_close: "2025-06-30" })],
          },
          "s-won": { deals: [dealRow("d9", stages[2]!, { expected_close: "2025-06-30" })] },
        }),
    });
    await screen.findByRole("region", { name: "Lead" });
    expect(within(card("d2")).getByText("Jun 30")).toHaveClass("close-day--overdue");
    expect(within(card("d2")).getByText("Jun 30")).toHaveTextContent("Jun 30, overdue");
    expect(within(card("d1")).getByText("Jan 1")).not.toHaveClass("close-day--overdue");
    expect(within(card("d9")).getByText("Jun 30")).not.toHaveClass("close-day--overdue");
  });

  it("says when a column shows only some of its deals, and which currencies the totals leave out", async () => {
    renderBoard({
      deal_board: () => ({
        ...board({ "s-lead": { total: { count: 1234, amount: "1", weighted: "1" } } }),
        unconverted: ["CHF"],
      }),
    });
    const leadColumn = await screen.findByRole("region", { name: "Lead" });
    expect(within(leadColumn).getByText(/2 of 1,234/)).toBeInTheDocument();
    expect(within(leadColumn).getByRole("button", { name: "open the table to see all" })).toBeInTheDocument();
    expect(screen.getByTestId("unconverted-note")).toHaveTextContent(
      "Deals in CHF aren’t in the totals: add a CHF rate in Settings → Exchange rates.",
    );
  });

  it("moves a focused card to the next stage with ] and keeps focus on it", async () => {
    // The backend has not answered yet: what shows is the optimistic move.
    const backend = renderBoard({ move_deal: () => new Promise(() => {}) });
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Lead" });

    card("d2").focus();
    await user.keyboard("]");

    expect(backend.callsTo("move_deal")).toEqual([{ id: "d2", stageId: "s-proposal", lossReason: "" }]);
    // Shown in its new column at once, before the backend answers.
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Proposal" })).getByText("Globex pilot")).toBeInTheDocument());
    await waitFor(() => expect(card("d2")).toHaveFocus());
  });

  it("puts the card back and says why when the backend refuses the move", async () => {
    renderBoard({
      move_deal: () => Promise.reject({ code: "conflict", message: "The deal changed elsewhere.", fields: [] }),
    });
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Lead" });

    card("d2").focus();
    await user.keyboard("]");

    expect(await screen.findByText(/Couldn’t move “Globex pilot”: The deal changed elsewhere./)).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Lead" })).getByText("Globex pilot")).toBeInTheDocument());
  });

  it("asks why a deal was lost before moving it to a lost stage from the Move to… menu", async () => {
    const backend = renderBoard({ move_deal: () => ({}) });
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Lead" });

    await user.click(within(card("d3")).getByRole("button", { name: "Move Deal d3 to…" }));
    const menu = await screen.findByRole("menu");
    expect(within(menu).getAllByRole("menuitem").map((item) => item.textContent)).toEqual(["Lead", "Proposal", "Won", "Lost"]);
    await user.click(within(menu).getByRole("menuitem", { name: "Lost" }));

    const dialog = await screen.findByRole("dialog", { name: "Why was “Deal d3” lost?" });
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(within(dialog).getByLabelText("Loss reason")).toHaveAttribute("aria-invalid", "true");
    expect(backend.callsTo("move_deal")).toEqual([]);

    await user.type(within(dialog).getByLabelText("Loss reason"), "Chose a competitor");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("move_deal")).toEqual([{ id: "d3", stageId: "s-lost", lossReason: "Chose a competitor" }]);
  });

  it("shows the backend's loss-reason error in the dialog and leaves the card where it was", async () => {
    renderBoard({
      deal_board: () => board({ "s-won": { deals: [dealRow("d9", stages[2]!)], total: { count: 1, amount: "1", weighted: "1" } } }),
      move_deal: () =>
        Promise.reject({
          code: "validation",
          message: "The deal has invalid fields.",
          fields: [{ field: "loss_reason", message: "Say why the deal was lost; the team learns from it." }],
        }),
    });
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Won" });

    card("d9").focus();
    await user.keyboard("]");
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Loss reason"), " x ");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Say why the deal was lost; the team learns from it.");
    expect(card("d9").closest("[role=region]")).toHaveAttribute("aria-label", "Won");
  });

  it("opens a deal in the side pane with Enter and closes it with Esc", async () => {
    renderBoard({
      timeline: () => [],
      get_deal: () => ({
        id: "d1",
        name: "Deal d1",
        pipeline_id: "p1",
        stage_id: lead.id,
        stage_name: lead.name,
        stage_kind: "open",
        probability: 10,
        company_id: null,
        company_name: "Acme",
        primary_contact_id: null,
        primary_contact_name: "",
        contacts: [],
        amount: "12500.5",
        currency: "EUR",
        expected_close: "",
        loss_reason: "",
        source: "",
        owner_id: null,
        owner_name: "",
        notes: "",
        tags: [],
        custom: [],
        stage_entered_at: "2025-05-01T10:00:00Z",
        closed_at: "",
        last_activity_at: "",
        rotting_days: 12,
        created_at: "2025-05-01T10:00:00Z",
        updated_at: "2025-05-01T10:00:00Z",
      }),
    });
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Lead" });

    card("d1").focus();
    await user.keyboard("{Enter}");
    const pane = await screen.findByRole("complementary", { name: "Deal details" });
    expect(await within(pane).findByRole("heading", { name: "Deal d1" })).toBeInTheDocument();
    expect(within(pane).getByText("12 days idle")).toBeInTheDocument();

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("complementary", { name: "Deal details" })).not.toBeInTheDocument());
  });

  it("teaches how to add the first deal", async () => {
    renderBoard({ deal_board: () => board({ "s-lead": { deals: [], total: { count: 0, amount: "0", weighted: "0" } }, "s-proposal": { deals: [], total: { count: 0, amount: "0", weighted: "0" } } }) });
    expect(await screen.findByRole("heading", { name: "No deals yet — press n to add one" })).toBeInTheDocument();
  });
});

describe("Long columns", () => {
  it("render only the cards in view", async () => {
    const many = Array.from({ length: 200 }, (_, i) => dealRow(`m${i}`, lead));
    renderBoard({ deal_board: () => board({ "s-lead": { deals: many, total: { count: 1234, amount: "1", weighted: "1" } } }) });
    const leadColumn = await screen.findByRole("region", { name: "Lead" });
    await waitFor(() => expect(within(leadColumn).getByText("Deal m0")).toBeInTheDocument());
    const shown = leadColumn.querySelectorAll("[data-deal-id]").length;
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(50);
    expect(within(leadColumn).getByText(/200 of 1,234/)).toBeInTheDocument();
  });
});
