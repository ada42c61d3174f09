// The task form's editable copy: the backend's TaskInput with its links named and its rule as picker state.
import type { Priority, ReminderSpec, Task, TaskInput, TaskKind, TaskLink } from "../../ipc/bindings";
import { buildRule, parseRule, type Repeat } from "./rrule-text";

export type TaskDraft = {
  title: string;
  notes: string;
  kind: TaskKind;
  priority: Priority;
  due_date: string;
  due_time: string;
  time_zone: string;
  reminders: ReminderSpec[];
  repeat: Repeat;
  owner_id: string | null;
  links: TaskLink[];
  private: boolean;
};

export function newTaskDraft({
  today,
  timeZone,
  ownerId,
  links,
}: {
  today: string;
  timeZone: string;
  ownerId: string | null;
  links: TaskLink[];
}): TaskDraft {
  return {
    title: "",
    notes: "",
    kind: "todo",
    priority: "normal",
    due_date: today,
    due_time: "",
    time_zone: timeZone,
    reminders: [],
    repeat: { type: "none" },
    owner_id: ownerId,
    links,
    private: false,
  };
}

export function draftFromTask(task: Task): TaskDraft {
  return {
    title: task.title,
    notes: task.notes,
    kind: task.kind,
    priority: task.priority,
    due_date: task.due_date,
    due_time: task.due_time,
    time_zone: task.time_zone,
    reminders: task.reminders,
    repeat: parseRule(task.recurrence),
    owner_id: task.owner_id,
    links: task.links,
    private: task.private,
  };
}

export function inputFromDraft(draft: TaskDraft): TaskInput {
  const idsOf = (table: string) => draft.links.filter((l) => l.record_table === table).map((l) => l.record_id);
  return {
    title: draft.title.trim(),
    notes: draft.notes,
    kind: draft.kind,
    priority: draft.priority,
    due_date: draft.due_date,
    due_time: draft.due_time,
    time_zone: draft.time_zone,
    reminders: draft.reminders,
    recurrence: buildRule(draft.repeat),
    owner_id: draft.owner_id,
    contact_ids: idsOf("contacts"),
    company_ids: idsOf("companies"),
    deal_ids: idsOf("deals"),
    private: draft.private,
  };
}

/** What the form can tell before asking the backend; keyed like the backend's field errors. */
export function checkTaskDraft(draft: TaskDraft): Record<string, string> {
  const found: Record<string, string> = {};
  if (!draft.title.trim()) found.title = "Write what needs doing, e.g. ‘Call Ada about the renewal’.";
  if (!draft.due_date) found.due_date = "Pick the day it is due.";
  if (draft.repeat.type === "every" && draft.repeat.end.type === "on" && !draft.repeat.end.date) {
    found.recurrence = "Pick the last day it repeats, or choose another end.";
  }
  return found;
}
