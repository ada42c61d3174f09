import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DesktopPreferences, NudgeRuleSetting } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { RemindersSection } from "./RemindersSection";

const calendarPath = "/home/ana/Documents/Tandem/Tandem tasks.ics";
const preferences: DesktopPreferences = { start_at_login: false, keep_running_in_tray: true, calendar_file: null };
const rules: NudgeRuleSetting[] = [
  { rule: "deal_idle", enabled: true, days: 14 },
  { rule: "qualified_without_task", enabled: false, days: 2 },
];

function backendWith(handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockBackend({ desktop_preferences: () => preferences, nudge_rules: () => rules, ...handlers });
}

describe("RemindersSection", () => {
  it("turns on starting at login and keeping a calendar file, and shows where the file is", async () => {
    const backend = backendWith({ set_start_at_login: () => null, set_calendar_file: () => calendarPath });
    const user = userEvent.setup();
    renderWithApp(<RemindersSection />, { screen: "settings" });

    expect(await screen.findByRole("checkbox", { name: "Keep running in the tray when the window is closed" })).toBeChecked();
    expect(screen.getByText(/Reminders only fire while Tandem runs/)).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "Start Tandem at login" }));
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Start Tandem at login" })).toBeChecked());
    expect(backend.callsTo("set_start_at_login")).toEqual([{ enabled: true }]);

    await user.click(screen.getByRole("checkbox", { name: "Keep a calendar file up to date" }));
    expect(await screen.findByTestId("calendar-file-path")).toHaveTextContent(calendarPath);
    expect(screen.getByText("Subscribe to this file in Apple Calendar, Outlook or Thunderbird.")).toBeInTheDocument();
    expect(backend.callsTo("set_calendar_file")).toEqual([{ on: true }]);
  });

  it("puts a setting back and says why when this computer refuses it", async () => {
    backendWith({
      set_keep_running_in_tray: () =>
        Promise.reject({ code: "io", message: "Could not save this computer's settings.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<RemindersSection />, { screen: "settings" });
    const tray = await screen.findByRole("checkbox", { name: "Keep running in the tray when the window is closed" });
    await user.click(tray);
    expect(await screen.findByText("Could not save this computer's settings.")).toBeInTheDocument();
    expect(tray).toBeChecked();
  });

  it("exports every task to a calendar file and says where it went", async () => {
    const backend = backendWith({ export_tasks: () => ({ path: "/home/ana/Documents/Tandem tasks.ics" }) });
    const user = userEvent.setup();
    renderWithApp(<RemindersSection />, { screen: "settings" });
    await user.click(screen.getByRole("button", { name: "Export all tasks (.ics)" }));
    expect(await screen.findByText("Exported tasks to /home/ana/Documents/Tandem tasks.ics")).toBeInTheDocument();
    expect(backend.callsTo("export_tasks")).toEqual([{ scope: { type: "all" } }]);
  });

  it("saves the follow-up rules, each read as one sentence", async () => {
    const backend = backendWith({ save_nudge_rules: ({ rules: saved }) => saved });
    const user = userEvent.setup();
    renderWithApp(<RemindersSection />, { screen: "settings" });

    const idle = await screen.findByRole("checkbox", { name: "Deals with no activity for 14 days" });
    expect(idle).toBeChecked();
    const qualified = screen.getByRole("checkbox", { name: "Sales-qualified contacts with no open task after 2 days" });
    expect(qualified).not.toBeChecked();
    expect(screen.getByRole("spinbutton", { name: /before a contact is suggested/ })).toBeDisabled();

    await user.click(qualified);
    const idleDays = screen.getByRole("spinbutton", { name: /before a deal is suggested/ });
    await user.clear(idleDays);
    await user.type(idleDays, "21");
    await user.click(screen.getByRole("button", { name: "Save suggestions" }));

    expect(await screen.findByText("Follow-up suggestions saved")).toBeInTheDocument();
    expect(backend.callsTo("save_nudge_rules")).toEqual([
      {
        rules: [
          { rule: "deal_idle", enabled: true, days: 21 },
          { rule: "qualified_without_task", enabled: true, days: 2 },
        ],
      },
    ]);
  });

  it("asks for a number of days the rules can use, and shows the backend's own error", async () => {
    const backend = backendWith({
      save_nudge_rules: () =>
        Promise.reject({ code: "validation", message: "Check the days.", fields: [{ field: "days", message: "Choose between 1 and 365 days." }] }),
    });
    const user = userEvent.setup();
    renderWithApp(<RemindersSection />, { screen: "settings" });
    const idleDays = await screen.findByRole("spinbutton", { name: /before a deal is suggested/ });
    await user.clear(idleDays);
    await user.type(idleDays, "0");
    await user.click(screen.getByRole("button", { name: "Save suggestions" }));
    expect(idleDays).toHaveAttribute("aria-invalid", "true");
    expect(idleDays).toHaveAccessibleDescription("Choose between 1 and 365 days.");
    expect(backend.callsTo("save_nudge_rules")).toEqual([]);

    await user.clear(idleDays);
    await user.type(idleDays, "30");
    expect(idleDays).not.toHaveAttribute("aria-invalid");
    await user.click(screen.getByRole("button", { name: "Save suggestions" }));
    const form = idleDays.closest("form")!;
    expect(await within(form).findByRole("alert")).toHaveTextContent("Choose between 1 and 365 days.");
  });
});
