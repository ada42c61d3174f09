import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DealQuery } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyFilter } from "../records/empty-filter";
import { dealRow, pipeline, stages } from "./deal-fixtures";
import { DealsScreen } from "./DealsScreen";

function rowsFor({ offset, limit }: DealQuery, total: number) {
  const count = Math.max(0, Math.min(limit, total - offset));
  return Array.from({ length: count }, (_, i) => dealRow(`t${offset + i}`, stages[0]!, { rotting_days: i === 0 ? 3 : null }));
}

describe("Deals table", () => {
  it("loads the visible rows page by page, filters by stage and sorts by amount", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      list_members: () => [],
      list_deals: ({ query }) => {
        const q = query as DealQuery;
        const total = q.stage_id ? 5 : 1500;
        return { total, rows: rowsFor(q, total) };
      },
    });
    const user = userEvent.setup();
    renderWithApp(<DealsScreen />, { screen: "deals" });
    await user.click(await screen.findByRole("button", { name: "Table" }));

    expect(await screen.findByTestId("deal-count")).toHaveTextContent("1,500 deals");
    const grid = screen.getByRole("grid", { name: "Deals" });
    await waitFor(() => expect(within(grid).getByText("Deal t0")).toBeInTheDocument());
    expect(screen.getAllByTestId("deal-row").length).toBeLessThan(100);
    expect(within(screen.getAllByTestId("deal-row")[0]!).getByText("3 days idle")).toBeInTheDocument();
    expect(backend.callsTo("list_deals")[0]!.query).toEqual({
      pipeline_id: "p1",
      search: "",
      stage_id: null,
      owner_id: null,
      company_id: null,
      contact_id: null,
      filter: emptyFilter,
      sort: "recently_updated",
      offset: 0,
      limit: 100,
    });

    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "s-proposal");
    await waitFor(() => expect(screen.getByTestId("deal-count")).toHaveTextContent("5 deals"));

    await user.click(screen.getByRole("button", { name: "Amount" }));
    await waitFor(() =>
      expect(backend.callsTo("list_deals").some((a) => (a.query as DealQuery).sort === "amount" && (a.query as DealQuery).stage_id === "s-proposal")).toBe(true),
    );
    expect(screen.getByRole("columnheader", { name: "Amount" })).toHaveAttribute("aria-sort", "descending");
  });
});
