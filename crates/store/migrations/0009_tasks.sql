-- Tandem schema v9: follow-up tasks, their reminders and the record of every reminder delivered,
-- repeating series, nudges and follow-up sequences.

-- A task's due date and time are the user's wall clock in its time zone; due_at is that moment
-- as an instant (an all-day task: the workday start), which the Today view and reminders sort by.
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'todo',
    priority TEXT NOT NULL DEFAULT 'normal',
    status TEXT NOT NULL DEFAULT 'open',
    due_date TEXT NOT NULL DEFAULT '',
    due_time TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    due_at TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    -- A repeating task is one occurrence of a series; `occurrence` is its slot in the series'
    -- wall-clock schedule, kept when the occurrence alone is moved.
    series_id TEXT,
    occurrence TEXT NOT NULL DEFAULT '',
    snoozed_until TEXT,
    -- Reminders that fall before this instant were already past when the task was last scheduled:
    -- they are neither fired nor reported missed.
    armed_at TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    enrollment_id TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX tasks_open_by_due ON tasks (due_at) WHERE status = 'open' AND deleted = 0;
CREATE INDEX tasks_by_series ON tasks (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX tasks_by_enrollment ON tasks (enrollment_id) WHERE enrollment_id IS NOT NULL;

-- The template a repeating task's next occurrence is made from ("all following" edits it).
-- Its reminders and links are task_reminders and task_links rows under the series id.
CREATE TABLE task_series (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'todo',
    priority TEXT NOT NULL DEFAULT 'normal',
    due_time TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    recurrence TEXT NOT NULL DEFAULT '',
    starts TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- The contacts, companies and deals a task (or series) is about: one row per link.
CREATE TABLE task_links (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL DEFAULT '',
    record_table TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX task_links_by_task ON task_links (task_id) WHERE deleted = 0;
CREATE INDEX task_links_by_record ON task_links (record_id) WHERE deleted = 0;

-- A task's reminders: minutes before due, a fixed moment, or a snooze. fire_at is the instant.
CREATE TABLE task_reminders (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'before',
    minutes_before INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL DEFAULT '',
    fire_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX task_reminders_by_task ON task_reminders (task_id) WHERE deleted = 0;
CREATE INDEX task_reminders_by_fire ON task_reminders (fire_at) WHERE deleted = 0;

-- Each reminder delivered once: its id is derived from the reminder and the instant, so two
-- devices (or a restart) that deliver the same reminder write the same row, not two.
CREATE TABLE reminder_deliveries (
    id TEXT PRIMARY KEY,
    reminder_id TEXT NOT NULL DEFAULT '',
    task_id TEXT NOT NULL DEFAULT '',
    due_at TEXT NOT NULL DEFAULT '',
    fired_at TEXT NOT NULL DEFAULT '',
    missed INTEGER NOT NULL DEFAULT 0,
    acknowledged_at TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX reminder_deliveries_by_reminder ON reminder_deliveries (reminder_id, due_at);
CREATE INDEX reminder_deliveries_unacknowledged ON reminder_deliveries (fired_at) WHERE acknowledged_at IS NULL AND deleted = 0;

-- Nudge rules (one row per rule, fixed ids) and the nudges they raised (ids derived from the
-- rule, the record and the moment, so every device raises the same nudge once).
CREATE TABLE nudge_rules (
    id TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL DEFAULT 1,
    days INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE TABLE nudges (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL DEFAULT '',
    record_table TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    -- Since when the condition holds (the last activity, the day it became qualified).
    since TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    task_id TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX nudges_open ON nudges (created_at) WHERE status = 'open' AND deleted = 0;

-- Follow-up sequences: named, ordered steps; applying one to a contact is an enrollment whose
-- tasks carry its id, so ending it cancels what is left.
CREATE TABLE sequences (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE TABLE sequence_steps (
    id TEXT PRIMARY KEY,
    sequence_id TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    day_offset INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'email',
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX sequence_steps_by_sequence ON sequence_steps (sequence_id, position) WHERE deleted = 0;
CREATE TABLE sequence_enrollments (
    id TEXT PRIMARY KEY,
    sequence_id TEXT NOT NULL DEFAULT '',
    contact_id TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    ended_at TEXT,
    end_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX sequence_enrollments_by_contact ON sequence_enrollments (contact_id) WHERE deleted = 0;
