import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { adsRow, webinarRow } from "./campaign-fixtures";
import { CampaignFields } from "./CampaignPicker";

function Fields({ first = null, last = null }: { first?: string | null; last?: string | null }) {
  const [touches, setTouches] = useState({ first, last });
  return (
    <CampaignFields
      idPrefix="contact"
      first={touches.first}
      last={touches.last}
      onFirstChange={(id) => setTouches((t) => ({ ...t, first: id }))}
      onLastChange={(id) => setTouches((t) => ({ ...t, last: id }))}
      errors={{ last_campaign_id: "That campaign no longer exists; pick another." }}
    />
  );
}

describe("CampaignFields", () => {
  it("makes a first campaign the latest too when there is none, and keeps a latest one already set", async () => {
    mockBackend({ list_campaigns: () => [webinarRow, adsRow] });
    const user = userEvent.setup();
    renderWithApp(<Fields />);

    const original = screen.getByLabelText("Original campaign");
    expect(await screen.findAllByRole("option", { name: "Spring webinar" })).toHaveLength(2);
    await user.selectOptions(original, "c1");
    expect(screen.getByLabelText("Latest campaign")).toHaveValue("c1");
    await user.selectOptions(screen.getByLabelText("Latest campaign"), "c2");
    await user.selectOptions(original, "");
    expect(screen.getByLabelText("Latest campaign")).toHaveValue("c2");
    expect(screen.getByText("That campaign no longer exists; pick another.")).toBeInTheDocument();
  });

  it("names a campaign that is in the Trash instead of hiding it", async () => {
    mockBackend({ list_campaigns: () => [webinarRow] });
    renderWithApp(<Fields first="gone" last="c1" />);
    expect(await screen.findByRole("option", { name: "Deleted campaign" })).toBeInTheDocument();
    expect(screen.getByLabelText("Original campaign")).toHaveValue("gone");
  });
});
