-- Tandem schema v3: more e-mails and phones per contact, and search over every record.

-- A contact's e-mails and phones beyond the primary ones, one row each (DESIGN.md §4).
CREATE TABLE contact_points (
    id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'email',
    value TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX contact_points_by_contact ON contact_points (contact_id, kind, position) WHERE deleted = 0;
CREATE INDEX contact_points_by_value ON contact_points (value, kind) WHERE deleted = 0;

-- What a contact is found by: name, every e-mail, company, notes, and the digits of every phone
-- (so "0100" and "555-0100" both find +1 555-0100).
CREATE VIEW contact_search_text AS
SELECT c.rowid AS rowid,
       c.first_name || ' ' || c.last_name AS name,
       c.email || coalesce(' ' || (SELECT group_concat(p.value, ' ') FROM contact_points p
                                   WHERE p.contact_id = c.id AND p.kind = 'email' AND p.deleted = 0), '') AS email,
       coalesce((SELECT name FROM companies WHERE id = c.company_id), '') AS company,
       c.notes AS notes,
       trim(replace(replace(replace(replace(replace(replace(replace(replace(
           c.phone || coalesce(' ' || (SELECT group_concat(p.value, ' ') FROM contact_points p
                                       WHERE p.contact_id = c.id AND p.kind = 'phone' AND p.deleted = 0), ''),
           '+', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), 'ext', ''), '  ', ' ')) AS phones,
       c.id AS id,
       c.deleted AS deleted
FROM contacts c;

DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_update;
DROP TRIGGER contacts_fts_delete;
DROP TRIGGER companies_insert_fts;
DROP TRIGGER companies_rename_fts;
DROP TABLE contacts_fts;

-- Phones are stored in E.164, so `phones` holds one digit run per number, separated by spaces.
CREATE VIRTUAL TABLE contacts_fts USING fts5 (name, email, company, notes, phones, tokenize = 'trigram remove_diacritics 1');
INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 0.5, 2.0)');
INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE deleted = 0;

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts WHEN new.deleted = 0 BEGIN
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE rowid = new.rowid;
    INSERT INTO contacts_words (rowid, name, email, company)
    SELECT rowid, name, email, company FROM contact_search_text WHERE rowid = new.rowid;
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, email, phone, notes, company_id, deleted ON contacts BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.rowid;
    DELETE FROM contacts_words WHERE rowid = old.rowid;
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE rowid = new.rowid AND deleted = 0;
    INSERT INTO contacts_words (rowid, name, email, company)
    SELECT rowid, name, email, company FROM contact_search_text WHERE rowid = new.rowid AND deleted = 0;
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.rowid;
    DELETE FROM contacts_words WHERE rowid = old.rowid;
END;

-- Adding or removing an e-mail or phone re-indexes its contact.
CREATE TRIGGER contact_points_fts_insert AFTER INSERT ON contact_points BEGIN
    DELETE FROM contacts_fts WHERE rowid = (SELECT rowid FROM contacts WHERE id = new.contact_id);
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE id = new.contact_id AND deleted = 0;
END;
CREATE TRIGGER contact_points_fts_update AFTER UPDATE OF value, kind, deleted, contact_id ON contact_points BEGIN
    DELETE FROM contacts_fts WHERE rowid IN (SELECT rowid FROM contacts WHERE id IN (old.contact_id, new.contact_id));
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text
    WHERE id IN (old.contact_id, new.contact_id) AND deleted = 0;
END;

-- Sync may deliver a contact before its company: the company's arrival fills in the search text.
CREATE TRIGGER companies_insert_fts AFTER INSERT ON companies BEGIN
    UPDATE contacts_fts SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id AND deleted = 0);
    UPDATE contacts_words SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id AND deleted = 0);
    INSERT INTO companies_fts (rowid, name, domain, notes) SELECT new.rowid, new.name, new.domain, new.notes WHERE new.deleted = 0;
END;
CREATE TRIGGER companies_rename_fts AFTER UPDATE OF name ON companies BEGIN
    UPDATE contacts_fts SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id);
    UPDATE contacts_words SET company = new.name
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = new.id);
END;

-- Companies by name, web domain or notes; deals by name or notes. Live rows only, like contacts.
CREATE VIRTUAL TABLE companies_fts USING fts5 (name, domain, notes, tokenize = 'trigram remove_diacritics 1');
INSERT INTO companies_fts (companies_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 0.5)');
INSERT INTO companies_fts (rowid, name, domain, notes) SELECT rowid, name, domain, notes FROM companies WHERE deleted = 0;
CREATE TRIGGER companies_fts_update AFTER UPDATE OF name, domain, notes, deleted ON companies BEGIN
    DELETE FROM companies_fts WHERE rowid = old.rowid;
    INSERT INTO companies_fts (rowid, name, domain, notes) SELECT new.rowid, new.name, new.domain, new.notes WHERE new.deleted = 0;
END;
CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
    DELETE FROM companies_fts WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE deals_fts USING fts5 (name, notes, tokenize = 'trigram remove_diacritics 1');
INSERT INTO deals_fts (deals_fts, rank) VALUES ('rank', 'bm25(10.0, 0.5)');
INSERT INTO deals_fts (rowid, name, notes) SELECT rowid, name, notes FROM deals WHERE deleted = 0;
CREATE TRIGGER deals_fts_insert AFTER INSERT ON deals WHEN new.deleted = 0 BEGIN
    INSERT INTO deals_fts (rowid, name, notes) VALUES (new.rowid, new.name, new.notes);
END;
CREATE TRIGGER deals_fts_update AFTER UPDATE OF name, notes, deleted ON deals BEGIN
    DELETE FROM deals_fts WHERE rowid = old.rowid;
    INSERT INTO deals_fts (rowid, name, notes) SELECT new.rowid, new.name, new.notes WHERE new.deleted = 0;
END;
CREATE TRIGGER deals_fts_delete AFTER DELETE ON deals BEGIN
    DELETE FROM deals_fts WHERE rowid = old.rowid;
END;
