import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormatContext } from "../../components/format-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aTask, aTodayView } from "./task-fixtures";
import { TodayScreen } from "./TodayScreen";

const settings = { name: "Acme", locale: "en-GB", time_zone: "UTC", base_currency: "EUR", fiscal_year_start_month: 1, workday_start: "09:00" };

const overdue = aTask({
  id: "t1",
  title: "Send the proposal to Ada",
  kind: "email",
  group: "overdue",
  due_date: "2026-11-30",
  due_time: "10:00",
  priority: "high",
  links: [{ record_table: "contacts", record_id: "c1", name: "Ada Lovelace" }],
});
const standup = aTask({ id: "t2", title: "Weekly pipeline review", due_time: "15:30", recurrence: "FREQ=WEEKLY;BYDAY=TH", series_id: "s1" });
const later = aTask({ id: "t3", title: "Call Grace", kind: "call", group: "upcoming", due_date: "2026-12-04" });
const snoozed = aTask({ id: "t4", title: "Chase the invoice", snoozed_until: "2026-12-03T14:00:00Z" });

function renderToday() {
  return renderWithApp(
    <FormatContext.Provider value={{ locale: "en-GB", timeZone: "UTC" }}>
      <TodayScreen />
    </FormatContext.Provider>,
    { screen: "today" },
  );
}

describe("TodayScreen", () => {
  it("lists overdue, today, the next days by day, and snoozed tasks", async () => {
    mockBackend({
      today_tasks: () => aTodayView({ overdue: [overdue], today: [standup], upcoming: [later], snoozed: [snoozed], total: 6 }),
      get_settings: () => settings,
    });
    renderToday();

    for (const heading of ["Overdue", "Today", "Next 7 days", "Snoozed"]) {
      expect(await screen.findByRole("heading", { level: 2, name: new RegExp(`^${heading}`) })).toBeInTheDocument();
    }
    expect(screen.getByRole("heading", { name: "Fri 4 Dec" })).toBeInTheDocument();
    expect(screen.getByTestId("open-task-count")).toHaveTextContent("6 open");
    expect(screen.getByText("Showing the first 4 of 6 tasks.")).toBeInTheDocument();

    const first = screen.getByRole("listitem", { name: "Send the proposal to Ada" });
    expect(within(first).getByText("Mon 30 Nov, 10:00")).toBeInTheDocument();
    expect(within(first).getByRole("img", { name: "High priority" })).toBeInTheDocument();
    expect(within(first).getByRole("button", { name: "Ada Lovelace" })).toBeInTheDocument();
    const repeating = screen.getByRole("listitem", { name: "Weekly pipeline review" });
    expect(within(repeating).getByRole("img", { name: "Repeats" })).toBeInTheDocument();
    expect(within(screen.getByRole("listitem", { name: "Call Grace" })).getByText("All day")).toBeInTheDocument();
    expect(within(screen.getByRole("listitem", { name: "Chase the invoice" })).getByText("until Thu 3 Dec, 14:00")).toBeInTheDocument();
  });

  it("completes the focused task with x, offering Undo, and says when a repeating one comes next", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ overdue: [overdue], today: [standup] }),
      get_settings: () => settings,
      complete_task: ({ id }) => (id === "t2" ? aTask({ id: "t5", title: standup.title, due_date: "2026-12-10", due_time: "15:30" }) : null),
      undo: () => ({ description: "Completed a task" }),
    });
    const user = userEvent.setup();
    renderToday();
    await screen.findByRole("listitem", { name: "Send the proposal to Ada" });

    await user.keyboard("jj");
    expect(screen.getByRole("listitem", { name: "Weekly pipeline review" })).toHaveAttribute("aria-current", "true");
    await user.keyboard("x");
    await waitFor(() => expect(backend.callsTo("complete_task")).toEqual([{ id: "t2" }]));
    expect(await screen.findByText("Completed “Weekly pipeline review” · Next: Thu 10 Dec, 15:30")).toBeInTheDocument();
    // Taken off the list at once, before the backend's change event.
    expect(screen.queryByRole("listitem", { name: "Weekly pipeline review" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Undone: Completed a task")).toBeInTheDocument();
  });

  it("completes from the round checkbox too", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ today: [standup] }),
      get_settings: () => settings,
      complete_task: () => null,
    });
    const user = userEvent.setup();
    renderToday();
    await user.click(await screen.findByRole("checkbox", { name: "Complete “Weekly pipeline review”" }));
    await waitFor(() => expect(backend.callsTo("complete_task")).toEqual([{ id: "t2" }]));
  });

  it("shows missed reminders and dismisses one", async () => {
    const backend = mockBackend({
      today_tasks: () =>
        aTodayView({ today: [standup], missed: [{ delivery_id: "d1", due_at: "2026-12-03T08:00:00Z", task: standup }] }),
      get_settings: () => settings,
      acknowledge_reminder: () => null,
    });
    const user = userEvent.setup();
    renderToday();
    const callout = await screen.findByRole("region", { name: "A reminder you missed" });
    await user.click(within(callout).getByRole("button", { name: "Dismiss the reminder for “Weekly pipeline review”" }));
    await waitFor(() => expect(backend.callsTo("acknowledge_reminder")).toEqual([{ deliveryId: "d1" }]));
  });

  it("teaches what to do when nothing is due", async () => {
    mockBackend({ today_tasks: () => aTodayView() });
    renderToday();
    expect(await screen.findByRole("heading", { name: "Nothing due." })).toBeInTheDocument();
    expect(screen.getByText(/Enjoy the calm — or press/)).toBeInTheDocument();
  });
});

describe("TodayScreen, dragging a task onto a day", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-03T08:00:00Z"));
    layOutDropTargets();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const dropDays = () => [...document.querySelectorAll("[data-drop-day]")].map((el) => el.getAttribute("data-drop-day"));

  it("moves a task to the day it is dropped on, at its time, and offers Undo", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ overdue: [overdue], today: [standup], upcoming: [later] }),
      get_settings: () => settings,
      reschedule_task: ({ id, dueDate, dueTime }) => aTask({ id: id as string, title: overdue.title, due_date: dueDate as string, due_time: dueTime as string }),
      undo: () => ({ description: "Rescheduled a task" }),
    });
    renderToday();
    const row = await screen.findByRole("listitem", { name: "Send the proposal to Ada" });
    expect(dropDays()).toEqual(["2026-12-03", "2026-12-04"]);

    pickUp(row);
    // Every day of the coming week can take the drop, even the ones with nothing due.
    expect(dropDays()).toEqual(["2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]);
    expect(screen.getByTestId("task-drag-overlay")).toHaveTextContent("Send the proposal to Ada");
    dropOn("2026-12-05");

    await waitFor(() => expect(backend.callsTo("reschedule_task")).toEqual([{ id: "t1", dueDate: "2026-12-05", dueTime: "10:00" }]));
    expect(await screen.findByText("Moved “Send the proposal to Ada” to Sat 5 Dec")).toBeInTheDocument();
    expect(dropDays()).toEqual(["2026-12-03", "2026-12-04"]);
    await userEvent.setup().click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Undone: Rescheduled a task")).toBeInTheDocument();
  });

  it("takes an overdue task to Today", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ overdue: [overdue], upcoming: [later] }),
      get_settings: () => settings,
      reschedule_task: () => aTask({ ...overdue, due_date: "2026-12-03" }),
    });
    renderToday();
    pickUp(await screen.findByRole("listitem", { name: "Send the proposal to Ada" }));
    dropOn("2026-12-03");
    await waitFor(() => expect(backend.callsTo("reschedule_task")).toEqual([{ id: "t1", dueDate: "2026-12-03", dueTime: "10:00" }]));
    expect(await screen.findByText("Moved “Send the proposal to Ada” to Today")).toBeInTheDocument();
  });

  it("still opens a task that is clicked, not dragged", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ today: [standup] }),
      get_settings: () => settings,
      get_task: () => standup,
    });
    renderToday();
    await userEvent.setup().click(await screen.findByRole("listitem", { name: "Weekly pipeline review" }));
    await waitFor(() => expect(backend.callsTo("get_task")).toEqual([{ id: "t2" }]));
    expect(screen.queryByTestId("task-drag-overlay")).not.toBeInTheDocument();
  });

  it("does nothing when a task is dropped on the day it is already on", async () => {
    const backend = mockBackend({
      today_tasks: () => aTodayView({ today: [standup], upcoming: [later] }),
      get_settings: () => settings,
    });
    renderToday();
    pickUp(await screen.findByRole("listitem", { name: "Call Grace" }));
    expect(dropDays()).toHaveLength(8);
    dropOn("2026-12-04");
    expect(dropDays()).toEqual(["2026-12-03", "2026-12-04"]);
    // A move would reach the backend within a turn of the event loop.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(backend.callsTo("reschedule_task")).toEqual([]);
  });
});

/** jsdom lays nothing out: put each row at its virtual offset, so the pointer can be over one. */
function layOutDropTargets() {
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    const top = Number(/translateY\((\d+)px\)/.exec(this.style.transform)?.[1] ?? -1000);
    const height = parseFloat(this.style.height) || 0;
    return DOMRect.fromRect({ x: 0, y: top, width: 800, height });
  });
}

const center = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return { clientX: rect.x + 100, clientY: rect.y + rect.height / 2 };
};

/** Presses on the row and moves past the click distance, as a user starts a drag. */
function pickUp(row: HTMLElement) {
  const at = center(row);
  fireEvent.pointerDown(row, { ...at, button: 0, isPrimary: true });
  act(() => {
    fireEvent.pointerMove(document, { clientX: at.clientX, clientY: at.clientY + 10 });
  });
}

/** Moves the pointer over the day's heading and lets go. */
function dropOn(day: string) {
  const at = center(document.querySelector(`[data-drop-day="${day}"]`)!);
  act(() => {
    fireEvent.pointerMove(document, at);
  });
  act(() => {
    fireEvent.pointerUp(document, at);
  });
}
