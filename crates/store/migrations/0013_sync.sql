-- Tandem schema v13: changes received for tables or columns this version does not know yet
-- (made by a newer Tandem). They are kept here and applied once Tandem is updated.

CREATE TABLE sync_parked (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    value,
    UNIQUE (hlc, device, tbl, row_id, col)
);

-- Who each device belongs to: written by a device when it signs in to a team, synced like any
-- record, so every device can say who made a change (its change log names only the device).
CREATE TABLE team_devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    device_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- A private task (and a private series) is seen only by its owner: with team sync it reaches
-- only the owner's devices.
ALTER TABLE tasks ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_series ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
