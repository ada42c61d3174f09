import { describe, expect, it } from "vitest";
import { comingDays, dayTargetId, rescheduleOnDrop } from "./drop-on-day";
import { aTask } from "./task-fixtures";

describe("comingDays", () => {
  it.each([
    ["2026-12-03", ["2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]],
    // Across a month's and a year's end, and into a leap day.
    ["2026-12-28", ["2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04"]],
    ["2028-02-25", ["2028-02-26", "2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01", "2028-03-02", "2028-03-03"]],
  ])("after %s are the 7 days of “Next 7 days”", (today, days) => {
    expect(comingDays(today)).toEqual(days);
  });
});

describe("rescheduleOnDrop", () => {
  const timed = aTask({ id: "t1", title: "Call Ada", due_date: "2026-12-03", due_time: "10:00" });
  const allDay = aTask({ id: "t2", title: "Send the deck", due_date: "2026-11-30", due_time: "" });

  it.each([
    ["a timed task onto a coming day keeps its time", timed, dayTargetId("2026-12-05"), { id: "t1", dueDate: "2026-12-05", dueTime: "10:00" }],
    ["an overdue all-day task onto Today stays all day", allDay, dayTargetId("2026-12-03"), { id: "t2", dueDate: "2026-12-03", dueTime: "" }],
    ["a task onto the day it is already on", timed, dayTargetId("2026-12-03"), null],
    ["a task onto something that is not a day", timed, "s-lead", null],
    ["a task onto a malformed day", timed, "day:soon", null],
    ["a task onto nothing", timed, null, null],
  ])("%s", (_, task, target, expected) => {
    expect(rescheduleOnDrop(target, task)).toEqual(expected);
  });
});
