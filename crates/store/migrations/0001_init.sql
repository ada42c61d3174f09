-- Tandem schema v1.
-- Synced tables have a TEXT id, a default for every column (a change may arrive for a row whose
-- other fields have not), soft-delete columns, and no foreign keys: sync applies changes in any order.

CREATE TABLE device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL,
    hlc TEXT NOT NULL
);

CREATE TABLE local_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The change log: one row per field written, in the same transaction as the row itself.
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    source TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    value
);
CREATE INDEX changes_by_field ON changes (tbl, row_id, col, seq);
CREATE INDEX changes_by_txn ON changes (hlc, device);

CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    domain TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX companies_by_name ON companies (name COLLATE NOCASE) WHERE deleted = 0;

CREATE TABLE contacts (
    id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    company_id TEXT,
    country TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX contacts_by_name ON contacts (first_name COLLATE NOCASE, last_name COLLATE NOCASE, id) WHERE deleted = 0;
CREATE INDEX contacts_by_company ON contacts (company_id);
CREATE INDEX contacts_by_updated ON contacts (updated_at DESC, id DESC) WHERE deleted = 0;
CREATE INDEX contacts_by_created ON contacts (created_at DESC, id DESC) WHERE deleted = 0;
CREATE INDEX contacts_deleted ON contacts (deleted_at) WHERE deleted = 1;

-- Substring search over name, e-mail and company (trigram: any 3+ characters, accents folded).
CREATE VIRTUAL TABLE contacts_fts USING fts5 (name, email, company, tokenize = 'trigram remove_diacritics 1');

-- Word-start search for one- and two-letter queries ("al" finds Álvaro, alvaro@…, Atlas Logistics).
CREATE VIRTUAL TABLE contacts_words USING fts5 (name, email, company, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');

-- Both indexes hold live contacts only: search needs no join to skip the Trash, and counts stay cheap.
-- Ranking: a match in the name weighs most, then the e-mail, then the company.
INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
INSERT INTO contacts_words (contacts_words, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts WHEN new.deleted = 0 BEGIN
    INSERT INTO contacts_fts (rowid, name, email, company)
    VALUES (new.rowid, new.first_name || ' ' || new.last_name, new.email,
            coalesce((SELECT name FROM companies WHERE id = new.company_id), ''));
    INSERT INTO contacts_words (rowid, name, email, company)
    VALUES (new.rowid, new.first_name || ' ' || new.last_name, new.email,
            coalesce((SELECT name FROM companies WHERE id = new.company_id), ''));
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, email, company_id, deleted ON contacts BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.rowid;
    DELETE FROM contacts_words WHERE rowid = old.rowid;
    INSERT INTO contacts_fts (rowid, name, email, company)
    SELECT new.rowid, new.first_name || ' ' || new.last_name, new.email,
           coalesce((SELECT name FROM companies WHERE id = new.company_id), '')
    WHERE new.deleted = 0;
    INSERT INTO contacts_words (rowid, name, email, company)
    SELECT new.rowid, new.first_name || ' ' || new.last_name, new.email,
           coalesce((SELECT name FROM companies WHERE id = new.company_id), '')
    WHERE new.deleted = 0;
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.rowid;
    DELETE FROM contacts_words WHERE rowid = old.rowid;
END;
-- Sync may deliver a contact before its company: the company's arrival fills in the search text.
CREATE TRIGGER companies_insert_fts AFTER INSERT ON companies BEGIN
    UPDATE contacts_fts SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id AND deleted = 0);
    UPDATE contacts_words SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id AND deleted = 0);
END;
CREATE TRIGGER companies_rename_fts AFTER UPDATE OF name ON companies BEGIN
    UPDATE contacts_fts SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id);
    UPDATE contacts_words SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id);
END;

CREATE TABLE members (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'seller',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

CREATE TABLE workspace_settings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT 'My workspace',
    locale TEXT NOT NULL DEFAULT 'en-US',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    base_currency TEXT NOT NULL DEFAULT 'USD',
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 1,
    workday_start TEXT NOT NULL DEFAULT '09:00',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

CREATE TABLE exchange_rates (
    id TEXT PRIMARY KEY,
    currency TEXT NOT NULL DEFAULT '',
    rate TEXT NOT NULL DEFAULT '1',
    valid_from TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
