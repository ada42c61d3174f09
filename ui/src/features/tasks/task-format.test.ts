import { describe, expect, it } from "vitest";
import type { ReminderSpec } from "../../ipc/bindings";
import { formatDue, reminderLabel } from "./task-format";

describe("reminder labels", () => {
  const timed = { allDay: false, locale: "en-GB", timeZone: "Europe/Madrid" };
  const cases: { reminder: ReminderSpec; allDay?: boolean; label: string }[] = [
    { reminder: { type: "before", minutes: 0 }, label: "At due time" },
    { reminder: { type: "before", minutes: 0 }, allDay: true, label: "At the start of the workday" },
    { reminder: { type: "before", minutes: 5 }, label: "5 minutes before" },
    { reminder: { type: "before", minutes: 1 }, label: "1 minute before" },
    { reminder: { type: "before", minutes: 60 }, label: "1 hour before" },
    { reminder: { type: "before", minutes: 90 }, label: "1 hour 30 minutes before" },
    { reminder: { type: "before", minutes: 1440 }, label: "1 day before" },
    { reminder: { type: "before", minutes: 2 * 1440 + 120 }, label: "2 days 2 hours before" },
    { reminder: { type: "before", minutes: 7 * 1440 }, label: "1 week before" },
    { reminder: { type: "at", at: "2026-12-04T09:00:00Z" }, label: "On Fri 4 Dec, 10:00" },
  ];

  it.each(cases)("$reminder.type $reminder reads “$label”", ({ reminder, allDay = false, label }) => {
    expect(reminderLabel(reminder, { ...timed, allDay })).toBe(label);
  });
});

describe("due labels", () => {
  it("says the weekday, and the time or that it is all day", () => {
    expect(formatDue("2026-12-04", "10:00", "en-GB")).toBe("Fri 4 Dec, 10:00");
    expect(formatDue("2026-12-03", "", "en-GB")).toBe("Thu 3 Dec · all day");
  });
});
