import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyFilter } from "../records/empty-filter";
import { adsRow, webinarRow } from "./campaign-fixtures";
import { SetCampaignButton } from "./SetCampaignButton";

describe("SetCampaignButton", () => {
  it("sets the latest campaign on the list as shown and offers to undo it", async () => {
    const filter = { ...emptyFilter, tags: ["vip"] };
    const backend = mockBackend({
      list_campaigns: () => [webinarRow, adsRow],
      set_contacts_campaign: () => ({ matched: 42, changed: 40 }),
    });
    const user = userEvent.setup();
    renderWithApp(<SetCampaignButton target={{ table: "contacts", search: "acme", filter }} count={42} />);

    await user.click(screen.getByRole("button", { name: "Set campaign…" }));
    expect(await screen.findByText("Applies to the 42 contacts shown, as one change you can undo.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Apply to 42" }));
    expect(screen.getByText("Pick a campaign, or “No campaign” to clear it.")).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: "Latest campaign" }));
    await user.selectOptions(await screen.findByLabelText("Campaign"), "c2");
    await user.click(screen.getByRole("button", { name: "Apply to 42" }));

    expect(await screen.findByText("Google Ads – CRM keywords is now the latest campaign of 40 of 42 contacts")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("set_contacts_campaign")).toEqual([{ input: { search: "acme", filter, touch: "last", campaign_id: "c2" } }]);
  });

  it("sets the original campaign on the deals a pipeline's table shows", async () => {
    const filter = { ...emptyFilter, owner_ids: ["m1"] };
    const backend = mockBackend({
      list_campaigns: () => [webinarRow, adsRow],
      set_deals_campaign: () => ({ matched: 3, changed: 3 }),
    });
    const user = userEvent.setup();
    renderWithApp(<SetCampaignButton target={{ table: "deals", pipelineId: "p1", search: "", filter }} count={3} />);

    await user.click(screen.getByRole("button", { name: "Set campaign…" }));
    expect(await screen.findByText("Applies to the 3 deals shown, as one change you can undo.")).toBeInTheDocument();
    expect(screen.getByText(/Deals without a latest campaign get this one/)).toBeInTheDocument();
    await user.selectOptions(await screen.findByLabelText("Campaign"), "c2");
    await user.click(screen.getByRole("button", { name: "Apply to 3" }));

    expect(await screen.findByText("Google Ads – CRM keywords is now the original campaign of 3 of 3 deals")).toBeInTheDocument();
    expect(backend.callsTo("set_deals_campaign")).toEqual([{ input: { pipeline_id: "p1", search: "", filter, touch: "first", campaign_id: "c2" } }]);
    expect(backend.callsTo("set_contacts_campaign")).toEqual([]);
  });

  it("cannot run on an empty list", () => {
    mockBackend({});
    renderWithApp(<SetCampaignButton target={{ table: "contacts", search: "", filter: emptyFilter }} count={0} />);
    expect(screen.getByRole("button", { name: "Set campaign…" })).toBeDisabled();
  });
});
