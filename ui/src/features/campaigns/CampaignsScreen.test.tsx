import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { adsRow, webinar, webinarRecords, webinarRow } from "./campaign-fixtures";
import { taggedUrl } from "./campaign-labels";
import { CampaignsScreen } from "./CampaignsScreen";

const lists = { list_members: () => [], get_settings: () => ({ base_currency: "USD" }) };

describe("CampaignsScreen", () => {
  it("teaches what a campaign is for when there are none, with a way to add one", async () => {
    mockBackend({ list_campaigns: () => [], ...lists });
    const user = userEvent.setup();
    renderWithApp(<CampaignsScreen />, { screen: "campaigns" });

    expect(await screen.findByRole("heading", { name: "No campaigns yet" })).toBeInTheDocument();
    expect(screen.getByText(/A campaign is one push to bring in leads/)).toBeInTheDocument();
    await user.click(screen.getAllByRole("button", { name: "New campaign" })[1]!);
    expect(await screen.findByRole("form", { name: "New campaign" })).toBeInTheDocument();
  });

  it("lists campaigns with channel, dates, money, owner and leads", async () => {
    mockBackend({ list_campaigns: () => [webinarRow, adsRow] });
    renderWithApp(<CampaignsScreen />, { screen: "campaigns" });

    const table = await screen.findByRole("table", { name: "Campaigns" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Name", "Channel", "Dates", "Budget", "Cost", "Owner", "Leads",
    ]);
    const [first, second] = screen.getAllByTestId("campaign-row");
    expect(first).toHaveTextContent("Spring webinar");
    expect(first).toHaveTextContent("Webinar");
    expect(first).toHaveTextContent("Mar 1, 2026 – Mar 31, 2026");
    expect(first).toHaveTextContent("$8,000.00");
    expect(first).toHaveTextContent("$7,450.50");
    expect(second).toHaveTextContent("Paid search");
    expect(second).toHaveTextContent("From Mar 1, 2026");
    expect(second).toHaveTextContent("140");
    expect(screen.getByTestId("campaign-count")).toHaveTextContent("2 campaigns");
  });

  it("opens a campaign's page with its UTM parameters, leads and deals", async () => {
    const backend = mockBackend({
      list_campaigns: () => [webinarRow],
      get_campaign: () => webinar,
      campaign_records: () => webinarRecords,
      get_settings: () => ({ time_zone: "UTC", base_currency: "USD" }),
      dashboard: ({ filter }) => ({
        base_currency: "USD",
        unconverted_currencies: [],
        campaigns: [
          {
            id: "c1",
            name: "Spring webinar",
            channel: "webinar",
            leads: { value: "40", drill: null },
            mqls: { value: "10", drill: null },
            sqls: { value: "5", drill: null },
            customers: { value: "2", drill: null },
            cost: "7450.50",
            revenue: { value: (filter as { attribution: string }).attribution === "first_touch" ? "24000" : "12000", drill: null },
            roi_percent: (filter as { attribution: string }).attribution === "first_touch" ? 222 : 61,
          },
        ],
      }),
    });
    const user = userEvent.setup();
    renderWithApp(<CampaignsScreen />, { screen: "campaigns" });

    await user.click(await screen.findByRole("button", { name: "Spring webinar" }));
    const pane = await screen.findByRole("complementary", { name: "Campaign details" });
    expect(await within(pane).findByRole("heading", { name: "Spring webinar" })).toBeInTheDocument();
    expect(within(pane).getByText("spring-webinar")).toBeInTheDocument();
    expect(await within(pane).findByRole("heading", { name: "Leads (2)" })).toBeInTheDocument();
    expect(within(pane).getByRole("button", { name: "Ana García" })).toBeInTheDocument();
    expect(within(pane).getByText("Acme · First and last touch")).toBeInTheDocument();
    expect(within(pane).getByRole("button", { name: "Acme — 50 seats" })).toBeInTheDocument();

    const funnel = await within(pane).findByRole("list", { name: "Funnel" });
    expect(funnel).toHaveTextContent("Leads40MQLs1025%SQLs550%Customers240%");
    expect(within(pane).getByText("$24,000.00")).toBeInTheDocument();
    expect(within(pane).getByText("222%")).toBeInTheDocument();
    await user.click(within(pane).getByRole("radio", { name: "Last touch" }));
    expect(await within(pane).findByText("61%")).toBeInTheDocument();
    expect(backend.callsTo("dashboard").at(-1)).toMatchObject({ filter: { campaign_id: "c1", period_start: "2026-03-01", attribution: "last_touch" } });

    await user.type(within(pane).getByLabelText("Tagged link"), "example.com/webinar");
    expect(within(pane).getByTestId("tagged-url")).toHaveTextContent(
      "https://example.com/webinar?utm_source=newsletter&utm_medium=email&utm_campaign=spring-webinar",
    );
  });

  it("shows the backend's field errors on the new campaign form", async () => {
    const backend = mockBackend({
      list_campaigns: () => [],
      ...lists,
      create_campaign: () =>
        Promise.reject({
          code: "validation",
          message: "2 fields need attention.",
          fields: [
            { field: "ends_on", message: "The campaign cannot end (2026-02-01) before it starts (2026-03-01)." },
            { field: "budget", message: "Budget cannot be negative." },
          ],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<CampaignsScreen />, { screen: "campaigns" });

    await user.click(await screen.findByRole("button", { name: "New campaign" }));
    const form = await screen.findByRole("form", { name: "New campaign" });
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("Enter a name for the campaign, e.g. 'Spring webinar 2026'.")).toBeInTheDocument();
    expect(backend.callsTo("create_campaign")).toHaveLength(0);

    await user.type(within(form).getByLabelText("Name"), "Spring webinar");
    await user.selectOptions(within(form).getByLabelText("Channel"), "webinar");
    await user.type(within(form).getByLabelText("Starts"), "2026-03-01");
    await user.type(within(form).getByLabelText("Budget"), "-5");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Budget cannot be negative.")).toBeInTheDocument();
    expect(within(form).getByText(/cannot end \(2026-02-01\) before it starts/)).toBeInTheDocument();
    expect(backend.callsTo("create_campaign")[0]).toMatchObject({ input: { name: "Spring webinar", channel: "webinar", budget: "-5" } });
  });

  it("says what went wrong and offers a retry when the list cannot load", async () => {
    mockBackend({ list_campaigns: () => Promise.reject({ code: "database_locked", message: "The workspace is busy.", fields: [] }) });
    renderWithApp(<CampaignsScreen />, { screen: "campaigns" });
    expect(await screen.findByRole("heading", { name: "Couldn’t load campaigns" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

describe("taggedUrl", () => {
  it("adds the non-empty UTM parameters and keeps the page's own query", () => {
    const utm = { utm_source: "linkedin", utm_medium: "paid_social", utm_campaign: "abm", utm_term: "", utm_content: "" };
    expect(taggedUrl("https://acme.com/p?ref=1", utm)).toBe("https://acme.com/p?ref=1&utm_source=linkedin&utm_medium=paid_social&utm_campaign=abm");
    expect(taggedUrl("acme.com", utm)).toBe("https://acme.com/?utm_source=linkedin&utm_medium=paid_social&utm_campaign=abm");
    expect(taggedUrl("javascript:alert(1)", utm)).toBeNull();
  });
});
