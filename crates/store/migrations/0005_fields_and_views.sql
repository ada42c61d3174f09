-- Tandem schema v5: user-defined fields on contacts, companies and deals, and saved views.

CREATE TABLE custom_fields (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'text',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX custom_fields_by_table ON custom_fields (record_table, position) WHERE deleted = 0;

-- The choices of a choice field, one row each so two people adding choices keep both.
CREATE TABLE custom_field_options (
    id TEXT PRIMARY KEY,
    field_id TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX custom_field_options_by_field ON custom_field_options (field_id, position) WHERE deleted = 0;

-- One value per record and field. The id is "<record id>/<field id>", so two devices setting the
-- same field write the same row and the later edit wins, instead of leaving two values.
CREATE TABLE custom_values (
    id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL DEFAULT '',
    field_id TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX custom_values_by_record ON custom_values (record_id) WHERE deleted = 0;
CREATE INDEX custom_values_by_field ON custom_values (field_id, value) WHERE deleted = 0;

-- Named filters and sort of a list; the definition is one JSON value edited as a whole.
CREATE TABLE saved_views (
    id TEXT PRIMARY KEY,
    record_table TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '{}',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

CREATE INDEX tags_by_table_name ON tags (record_table, name COLLATE NOCASE, record_id) WHERE deleted = 0;
CREATE INDEX contacts_by_country ON contacts (country COLLATE NOCASE) WHERE deleted = 0;
CREATE INDEX activities_latest_by_contact ON activities (contact_id, occurred_at DESC) WHERE deleted = 0;
