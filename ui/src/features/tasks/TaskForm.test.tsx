import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FormatContext } from "../../components/format-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aTask } from "./task-fixtures";
import { draftFromTask, newTaskDraft } from "./task-draft";
import { TaskForm } from "./TaskForm";

const ada = { record_table: "contacts", record_id: "c1", name: "Ada Lovelace" };
const members = [{ id: "m1", name: "Sam", email: "", role: "seller", is_me: true }];

function renderForm(form: Parameters<typeof TaskForm>[0]) {
  return renderWithApp(
    <FormatContext.Provider value={{ locale: "en-GB", timeZone: "UTC" }}>
      <TaskForm {...form} />
    </FormatContext.Provider>,
    { screen: "today" },
  );
}

describe("TaskForm", () => {
  it("creates a task linked to the record it was started from, with a reminder and a repeat rule", async () => {
    const backend = mockBackend({
      list_members: () => members,
      create_task: ({ input }) => aTask({ id: "t9", title: (input as { title: string }).title }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderForm({
      task: null,
      initial: newTaskDraft({ today: "2026-12-03", timeZone: "Europe/Madrid", ownerId: "m1", links: [ada] }),
      onSaved,
      onCancel: () => {},
    });

    await user.type(screen.getByLabelText("Title"), "Call Ada about the renewal");
    await user.click(screen.getByRole("radio", { name: "Call" }));
    await user.click(screen.getByRole("button", { name: "Add reminder" }));
    await user.click(await screen.findByRole("menuitem", { name: "15 minutes before" }));
    expect(screen.getByRole("list", { name: "Reminders" })).toHaveTextContent("15 minutes before");

    await user.selectOptions(screen.getByLabelText("Repeat"), "Weekly on Thursday");
    const interval = screen.getByLabelText("Every how many weeks");
    await user.clear(interval);
    await user.type(interval, "2");
    await user.click(screen.getByRole("button", { name: "Thursday" }));
    await user.click(screen.getByRole("button", { name: "Monday" }));
    await user.click(screen.getByRole("button", { name: "Wednesday" }));
    await user.selectOptions(screen.getByLabelText("Ends"), "After a number of times");
    expect(screen.getByTestId("repeat-summary")).toHaveTextContent("Every 2 weeks on Mon, Wed · 10 times");

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(backend.callsTo("create_task")).toEqual([
      {
        input: {
          title: "Call Ada about the renewal",
          notes: "",
          kind: "call",
          priority: "normal",
          due_date: "2026-12-03",
          due_time: "",
          time_zone: "Europe/Madrid",
          reminders: [{ type: "before", minutes: 15 }],
          recurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
          owner_id: "m1",
          contact_ids: ["c1"],
          company_ids: [],
          deal_ids: [],
          private: false,
        },
      },
    ]);
  });

  it("asks whether a change to a repeating task reaches the later ones", async () => {
    const task = aTask({ id: "t2", title: "Pipeline review", recurrence: "FREQ=WEEKLY;BYDAY=TH", series_id: "s1" });
    const backend = mockBackend({ list_members: () => members, update_task: () => task });
    const user = userEvent.setup();
    renderForm({ task, initial: draftFromTask(task), onSaved: () => {}, onCancel: () => {} });

    await user.type(screen.getByLabelText("Title"), " (team)");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await user.click(await screen.findByRole("button", { name: "This and all following" }));
    await waitFor(() => expect(backend.callsTo("update_task")).toHaveLength(1));
    expect(backend.callsTo("update_task")[0]).toMatchObject({ id: "t2", scope: "all_following", input: { title: "Pipeline review (team)" } });
  });

  it("shows the backend's field errors next to their fields", async () => {
    mockBackend({
      list_members: () => members,
      create_task: () =>
        Promise.reject({
          code: "validation",
          message: "Check the task",
          fields: [{ field: "recurrence", message: "The repeat ends before the task is due; it would never happen." }],
        }),
    });
    const user = userEvent.setup();
    renderForm({
      task: null,
      initial: newTaskDraft({ today: "2026-12-03", timeZone: "UTC", ownerId: null, links: [] }),
      onSaved: () => {},
      onCancel: () => {},
    });
    await user.type(screen.getByLabelText("Title"), "Renewal");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("The repeat ends before the task is due; it would never happen.")).toBeInTheDocument();
  });
});
