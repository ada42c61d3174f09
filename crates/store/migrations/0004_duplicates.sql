-- Tandem schema v4: duplicates and merges.

-- Which contact a merged-away contact went into, so the Trash can say so.
ALTER TABLE contacts ADD COLUMN merged_into TEXT;

-- Pairs a user said are not the same person: the duplicate scan leaves them alone.
CREATE TABLE duplicate_dismissals (
    id TEXT PRIMARY KEY,
    contact_a TEXT NOT NULL DEFAULT '',
    contact_b TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX contacts_by_email ON contacts (email) WHERE deleted = 0 AND email != '';
CREATE INDEX contacts_by_phone ON contacts (phone) WHERE deleted = 0 AND phone != '';
