-- Tandem schema v8: a bulk write (an import) may defer contact search indexing to one insert at
-- its end, instead of FTS5 flushing its index after every row. While the local_state key
-- 'defer_contact_index' exists — only inside that one transaction — the triggers stand aside.

DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_update;
DROP TRIGGER contact_points_fts_insert;
DROP TRIGGER contact_points_fts_update;

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'defer_contact_index') BEGIN
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE rowid = new.rowid;
    INSERT INTO contacts_words (rowid, name, email, company)
    SELECT rowid, name, email, company FROM contact_search_text WHERE rowid = new.rowid;
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, email, phone, notes, company_id, deleted ON contacts
WHEN NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'defer_contact_index') BEGIN
    DELETE FROM contacts_fts WHERE rowid = old.rowid;
    DELETE FROM contacts_words WHERE rowid = old.rowid;
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE rowid = new.rowid AND deleted = 0;
    INSERT INTO contacts_words (rowid, name, email, company)
    SELECT rowid, name, email, company FROM contact_search_text WHERE rowid = new.rowid AND deleted = 0;
END;
CREATE TRIGGER contact_points_fts_insert AFTER INSERT ON contact_points
WHEN NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'defer_contact_index') BEGIN
    DELETE FROM contacts_fts WHERE rowid = (SELECT rowid FROM contacts WHERE id = new.contact_id);
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text WHERE id = new.contact_id AND deleted = 0;
END;
CREATE TRIGGER contact_points_fts_update AFTER UPDATE OF value, kind, deleted, contact_id ON contact_points
WHEN NOT EXISTS (SELECT 1 FROM local_state WHERE key = 'defer_contact_index') BEGIN
    DELETE FROM contacts_fts WHERE rowid IN (SELECT rowid FROM contacts WHERE id IN (old.contact_id, new.contact_id));
    INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
    SELECT rowid, name, email, company, notes, phones FROM contact_search_text
    WHERE id IN (old.contact_id, new.contact_id) AND deleted = 0;
END;
