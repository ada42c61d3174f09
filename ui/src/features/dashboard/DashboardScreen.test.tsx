import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Dashboard, DashboardFilter, DashboardRecords } from "../../ipc/bindings";
import { useNavigation } from "../../app/navigation-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { DashboardScreen } from "./DashboardScreen";

const figure = (value: string, drill: string | null = null) => ({ value, drill });

const dashboard: Dashboard = {
  base_currency: "USD",
  unconverted_currencies: ["CHF"],
  funnel: [
    { stage: "lead", label: "New leads", count: figure("120", "funnel:lead"), conversion_percent: null, median_days: "4.5" },
    { stage: "marketing_qualified", label: "Marketing-qualified", count: figure("48", "funnel:marketing_qualified"), conversion_percent: 40, median_days: "9" },
    { stage: "sales_qualified", label: "Sales-qualified", count: figure("21", "funnel:sales_qualified"), conversion_percent: 44, median_days: null },
    { stage: "opportunity", label: "Opportunity", count: figure("9", "funnel:opportunity"), conversion_percent: 43, median_days: null },
    { stage: "customer", label: "Customer", count: figure("6", "funnel:customer"), conversion_percent: 67, median_days: null },
  ],
  lead_to_customer_percent: 5,
  pipeline: [{ stage_id: "s1", stage: "Proposal", count: figure("3", "pipeline:s1"), amount: figure("30000.00", "pipeline:s1"), weighted: "15000.00" }],
  pipeline_total: "30000.00",
  pipeline_weighted: "15000.00",
  win_rate_percent: 37,
  won: figure("40", "won"),
  lost: figure("68", "lost"),
  average_deal_value: figure("12500.40", "won"),
  sales_cycle_median_days: "41.5",
  cycle_by_segment: [],
  quotas: [],
  forecast: [],
  revenue_by_owner: [{ key: "m1", label: "Sam Lee", amount: figure("182400.00", "owner:m1"), deals: 12 }],
  revenue_by_region: [],
  revenue_by_product: [],
  sourced_revenue: figure("90000.00", "sourced"),
  influenced_revenue: figure("120000.00", "influenced"),
  customer_acquisition_cost: figure("1500.00", null),
  new_customers: figure("6", "new_customers"),
  campaigns: [],
  content: [],
};

const behindMql: DashboardRecords = {
  title: "Marketing-qualified",
  records: [
    { table: "contacts", id: "c1", title: "Ana Silva", subtitle: "Globex · lead", amount: "", at: "2026-10-14" },
    { table: "contacts", id: "c2", title: "Ben Okafor", subtitle: "Initech", amount: "", at: "2026-11-02" },
  ],
};

function backend() {
  return mockBackend({
    get_settings: () => ({ fiscal_year_start_month: 1 }),
    dashboard: () => dashboard,
    dashboard_options: () => ({
      owners: [
        { id: "m1", label: "Sam Lee" },
        { id: "m2", label: "Ana Costa" },
      ],
      teams: [],
      campaigns: [],
      regions: [],
      products: [],
    }),
    dashboard_records: () => behindMql,
  });
}

describe("DashboardScreen", () => {
  it("shows the funnel with its conversions, the headline figures and the currency note", async () => {
    backend();
    renderWithApp(<DashboardScreen />, { screen: "dashboard" });
    const funnel = await screen.findByRole("table", { name: "Funnel" });
    const rows = within(funnel).getAllByTestId("funnel-row").map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0]).toEqual(["New leads", "120", "", "4.5 d"]);
    expect(rows[1]).toEqual(["Marketing-qualified", "48", "40%", "9 d"]);
    expect(screen.getByRole("list", { name: "Headline figures" })).toHaveTextContent("Win rate37%40 won · 68 lost");
    // Headline money is rounded to whole units; the exact figure is in the tooltip, only where rounded.
    const average = screen.getByRole("button", { name: "$12,500" });
    expect(average.title).toMatch(/^Exactly \$12,500\.40\. Show the records/);
    expect(screen.getByRole("button", { name: "$90,000" }).title).toMatch(/^Show the records/);
    expect(screen.getByText(/No rate for CHF/)).toBeInTheDocument();
  });

  it("opens the records behind a number, and asks for them with the same filter", async () => {
    const mock = backend();
    renderWithApp(<DashboardScreen />, { screen: "dashboard" });
    const funnel = await screen.findByRole("table", { name: "Funnel" });
    await userEvent.click(within(funnel).getByRole("button", { name: "48" }));
    const dialog = await screen.findByRole("dialog", { name: "Marketing-qualified · 2" });
    expect(within(dialog).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringContaining("Ana Silva"),
      expect.stringContaining("Ben Okafor"),
    ]);
    const [asked] = mock.callsTo("dashboard_records");
    const [shown] = mock.callsTo("dashboard");
    expect(asked).toMatchObject({ drill: "funnel:marketing_qualified", filter: (shown as { filter: DashboardFilter }).filter });
  });

  it("is as the user left it after they open a record behind a number and come back", async () => {
    const mock = backend();
    function Elsewhere() {
      const navigation = useNavigation();
      return navigation.screen === "dashboard" ? (
        <>
          <DashboardScreen />
          <button onClick={() => navigation.openContact("c1")}>Open Ana</button>
        </>
      ) : (
        <button onClick={() => navigation.go("dashboard")}>Back to the dashboard</button>
      );
    }
    const user = userEvent.setup();
    renderWithApp(<Elsewhere />, { screen: "dashboard" });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Owner" }), "Ana Costa");
    await user.click(screen.getByRole("button", { name: "Open Ana" }));
    await user.click(await screen.findByRole("button", { name: "Back to the dashboard" }));

    expect(await screen.findByRole("combobox", { name: "Owner" })).toHaveValue("m2");
    await waitFor(() => expect(mock.callsTo("dashboard").at(-1)).toMatchObject({ filter: { owner_id: "m2" } }));
  });

  it("narrows every figure to one owner", async () => {
    const mock = backend();
    renderWithApp(<DashboardScreen />, { screen: "dashboard" });
    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Owner" }), "Ana Costa");
    await waitFor(() => expect(mock.callsTo("dashboard").at(-1)).toMatchObject({ filter: { owner_id: "m2", attribution: "first_touch" } }));
  });
});
