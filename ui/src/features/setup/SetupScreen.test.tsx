import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../app/App";
import type { ContactRow } from "../../ipc/bindings";
import { mockBackend, resetBackendMock } from "../../ipc/mock-backend";

const person = (n: number): ContactRow => ({
  id: `c${n}`,
  name: `Sample Person ${n}`,
  email: `p${n}@example.com`,
  title: "",
  company_name: "",
  country: "",
  lifecycle_stage: "lead",
  updated_at: "2026-11-01T10:00:00Z",
});

describe("first start", () => {
  afterEach(() => resetBackendMock());

  it("shows the sample's contacts once it is set up, though the list was fetched empty before", async () => {
    let setUp = false;
    mockBackend({
      startup_state: () => ({ status: setUp ? "ready" : "needs_setup" }),
      setup_workspace: () => {
        setUp = true;
        return null;
      },
      list_contacts: () => (setUp ? { total: 3, rows: [person(1), person(2), person(3)] } : { total: 0, rows: [] }),
      get_settings: () => ({ name: "Sample", locale: "en-US", time_zone: "UTC", base_currency: "USD", fiscal_year_start_month: 1, workday_start: "09:00" }),
    });
    const { unmount } = render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Your name"), "Ana García");
    await user.type(screen.getByLabelText("Your email"), "ana@example.com");
    await user.click(screen.getByRole("button", { name: "Open sample workspace" }));
    expect(await screen.findByText("3 contacts")).toBeInTheDocument();
    unmount();
  });
});
