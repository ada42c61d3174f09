import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Forecast } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { DealForecast } from "./DealForecast";

const forecast: Forecast = {
  base_currency: "USD",
  months: [
    { month: "", total: { count: 2, amount: "800.00", weighted: "80.00" } },
    { month: "2025-07", total: { count: 1, amount: "5000.00", weighted: "2500.00" } },
    { month: "2025-06", total: { count: 3, amount: "12000.00", weighted: "6000.00" } },
  ],
  total: { count: 6, amount: "17800.00", weighted: "8580.00" },
  unconverted: ["CHF", "GBP"],
};

describe("DealForecast", () => {
  it("lists months in order with counts and sums, undated deals last, the total, and missing rates", async () => {
    const backend = mockBackend({ deal_forecast: () => forecast });
    renderWithApp(<DealForecast pipelineId="p1" />, { screen: "deals" });

    const table = await screen.findByRole("table", { name: "Forecast by month of expected close" });
    const rows = within(table).getAllByTestId("forecast-row").map((row) =>
      [...row.querySelectorAll("th, td")].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ["June 2025", "3", "$12,000.00", "$6,000.00", ""],
      ["July 2025", "1", "$5,000.00", "$2,500.00", ""],
      ["No close date", "2", "$800.00", "$80.00", ""],
      ["Total", "6", "$17,800.00", "$8,580.00", ""],
    ]);
    expect(screen.getByTestId("unconverted-note")).toHaveTextContent(
      "Deals in CHF and GBP aren’t in the totals: add rates for them in Settings → Exchange rates.",
    );
    expect(backend.callsTo("deal_forecast")).toEqual([{ pipelineId: "p1" }]);
  });

  it("teaches what to do when there is nothing to forecast", async () => {
    mockBackend({
      deal_forecast: () => ({ ...forecast, months: [], total: { count: 0, amount: "0", weighted: "0" }, unconverted: [] }),
    });
    renderWithApp(<DealForecast pipelineId="p1" />, { screen: "deals" });
    expect(await screen.findByRole("heading", { name: "No deals yet — press n to add one" })).toBeInTheDocument();
  });
});
