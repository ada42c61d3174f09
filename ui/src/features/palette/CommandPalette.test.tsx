import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../app/App";
import { mockBackend } from "../../ipc/mock-backend";
import { aTodayView } from "../tasks/task-fixtures";

describe("CommandPalette", () => {
  it("opens with Ctrl+K and its New contact item opens the contact form", async () => {
    mockBackend({
      startup_state: () => ({ status: "ready" }),
      today_tasks: () => aTodayView(),
      list_contacts: () => ({ total: 0, rows: [] }),
      company_names: () => [],
    });
    const user = userEvent.setup();
    render(<App />);
    // Today is the home screen; the palette reaches everything else from it.
    await screen.findByRole("heading", { level: 1, name: "Today" });

    await user.keyboard("{Control>}k{/Control}");

    const palette = await screen.findByRole("dialog", { name: "Command palette" });
    expect(palette).toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: /New contact/ }));

    expect(screen.queryByRole("dialog", { name: "Command palette" })).not.toBeInTheDocument();
    expect(await screen.findByRole("form", { name: "New contact" })).toBeInTheDocument();
    expect(screen.getByLabelText("First name")).toBeInTheDocument();
  });
});
