-- Tandem schema v6: the import history. Each import is one transaction; its row names that
-- transaction (clock and device) so the whole import can be undone later.

CREATE TABLE imports (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL DEFAULT '',
    txn_hlc TEXT NOT NULL DEFAULT '',
    txn_device TEXT NOT NULL DEFAULT '',
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX companies_by_domain ON companies (domain) WHERE deleted = 0 AND domain != '';
CREATE INDEX contacts_by_full_name ON contacts (lower(first_name), lower(last_name)) WHERE deleted = 0;
