import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../app/App";
import { mockBackend, resetBackendMock } from "../../ipc/mock-backend";
import { aTask, aTodayView } from "../tasks/task-fixtures";

describe("first start", () => {
  afterEach(() => resetBackendMock());

  it("shows the sample's tasks on Today once it is set up, though Today was fetched empty before", async () => {
    let setUp = false;
    mockBackend({
      startup_state: () => ({ status: setUp ? "ready" : "needs_setup" }),
      setup_workspace: () => {
        setUp = true;
        return null;
      },
      today_tasks: () => (setUp ? aTodayView({ today: [aTask({ id: "t1", title: "Call the sample lead" })] }) : aTodayView()),
      get_settings: () => ({ name: "Sample", locale: "en-US", time_zone: "UTC", base_currency: "USD", fiscal_year_start_month: 1, workday_start: "09:00" }),
    });
    const { unmount } = render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Your name"), "Ana García");
    await user.type(screen.getByLabelText("Your email"), "ana@example.com");
    await user.click(screen.getByRole("button", { name: "Open sample workspace" }));
    expect(await screen.findByRole("listitem", { name: "Call the sample lead" })).toBeInTheDocument();
    unmount();
  });
});
