-- Tandem schema v16: a company deleted for good leaves its people's search text. Its contacts
-- keep their (now dangling) company id, as on every device; their search text said the company's
-- name until a contact was edited, so the purged name still found them. Found by the replay
-- property test: a workspace rebuilt from the change log never had the name there.

CREATE TRIGGER companies_purge_contact_search AFTER DELETE ON companies BEGIN
    UPDATE contacts_fts SET company = ''
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = old.id);
    UPDATE contacts_words SET company = ''
    WHERE rowid IN (SELECT rowid FROM contacts WHERE company_id = old.id);
END;

-- Search text already left behind by companies purged before this version.
UPDATE contacts_fts SET company = ''
WHERE rowid IN (SELECT c.rowid FROM contacts c WHERE c.company_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM companies p WHERE p.id = c.company_id));
UPDATE contacts_words SET company = ''
WHERE rowid IN (SELECT c.rowid FROM contacts c WHERE c.company_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM companies p WHERE p.id = c.company_id));
