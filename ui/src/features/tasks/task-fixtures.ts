// Test-only: tasks and a Today view as the backend sends them.
import type { Task, TodayView } from "../../ipc/bindings";

export function aTask(change: Partial<Task> & { id: string; title: string }): Task {
  return {
    notes: "",
    kind: "todo",
    priority: "normal",
    status: "open",
    due_date: "2026-12-03",
    due_time: "",
    time_zone: "UTC",
    due_at: "2026-12-03T09:00:00Z",
    group: "today",
    recurrence: "",
    series_id: null,
    reminders: [],
    snoozed_until: null,
    owner_id: null,
    owner_name: "",
    links: [],
    completed_at: null,
    enrollment_id: null,
    created_at: "2026-11-30T10:00:00Z",
    updated_at: "2026-11-30T10:00:00Z",
    private: false,
    ...change,
  };
}

export function aTodayView(change: Partial<TodayView> = {}): TodayView {
  const view = { missed: [], overdue: [], today: [], upcoming: [], snoozed: [], total: 0, listed: 0, ...change };
  const listed = view.overdue.length + view.today.length + view.upcoming.length + view.snoozed.length;
  return { ...view, listed: change.listed ?? listed, total: change.total ?? listed };
}
