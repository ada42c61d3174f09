import { describe, expect, it } from "vitest";
import { aTask, aTodayView } from "./task-fixtures";
import { todayItems, type TodayItem } from "./today-groups";

/** Each item as a line: "# Today (1) ↓2026-12-03", "  Fri 4 Dec ↓2026-12-04", "    Call Grace". */
function outline(items: TodayItem[]): string[] {
  return items.map((item) => {
    if (item.type === "group") return `# ${item.label} (${item.count})${item.day ? ` ↓${item.day}` : ""}`;
    if (item.type === "day") return `  ${item.label} ↓${item.day}`;
    return `    ${item.task.title}`;
  });
}

const view = aTodayView({
  overdue: [aTask({ id: "t1", title: "Send the deck", due_date: "2026-11-30", group: "overdue" })],
  upcoming: [
    aTask({ id: "t2", title: "Call Grace", due_date: "2026-12-04", group: "upcoming" }),
    aTask({ id: "t3", title: "Book the venue", due_date: "2026-12-07", group: "upcoming" }),
  ],
});
const today = "2026-12-03";

describe("todayItems", () => {
  it("shows only the days that have tasks", () => {
    expect(outline(todayItems(view, "en-GB", { today }).items)).toEqual([
      "# Overdue (1)",
      "    Send the deck",
      "# Next 7 days (2)",
      "  Fri 4 Dec ↓2026-12-04",
      "    Call Grace",
      "  Mon 7 Dec ↓2026-12-07",
      "    Book the venue",
    ]);
  });

  it("while a task is dragged, shows Today and each of the next 7 days to drop it on", () => {
    const { items, tasks } = todayItems(view, "en-GB", { today, dragging: true });
    expect(outline(items)).toEqual([
      "# Overdue (1)",
      "    Send the deck",
      "# Today (0) ↓2026-12-03",
      "# Next 7 days (2)",
      "  Fri 4 Dec ↓2026-12-04",
      "    Call Grace",
      "  Sat 5 Dec ↓2026-12-05",
      "  Sun 6 Dec ↓2026-12-06",
      "  Mon 7 Dec ↓2026-12-07",
      "    Book the venue",
      "  Tue 8 Dec ↓2026-12-08",
      "  Wed 9 Dec ↓2026-12-09",
      "  Thu 10 Dec ↓2026-12-10",
    ]);
    // The keyboard cursor's order is the same as when nothing is dragged.
    expect(tasks.map((t) => t.id)).toEqual(["t1", "t2", "t3"]);
  });
});
