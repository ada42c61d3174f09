-- Tandem schema v7: one- and two-letter search over companies and deals by word start, like
-- contacts_words, so short queries read an index instead of scanning every row.

CREATE VIRTUAL TABLE companies_words USING fts5 (name, domain, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO companies_words (companies_words, rank) VALUES ('rank', 'bm25(10.0, 6.0, 0.5)');
INSERT INTO companies_words (rowid, name, domain, notes) SELECT rowid, name, domain, notes FROM companies WHERE deleted = 0;

CREATE VIRTUAL TABLE deals_words USING fts5 (name, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO deals_words (deals_words, rank) VALUES ('rank', 'bm25(10.0, 0.5)');
INSERT INTO deals_words (rowid, name, notes) SELECT rowid, name, notes FROM deals WHERE deleted = 0;

CREATE TRIGGER companies_words_insert AFTER INSERT ON companies WHEN new.deleted = 0 BEGIN
    INSERT INTO companies_words (rowid, name, domain, notes) VALUES (new.rowid, new.name, new.domain, new.notes);
END;
CREATE TRIGGER companies_words_update AFTER UPDATE OF name, domain, notes, deleted ON companies BEGIN
    DELETE FROM companies_words WHERE rowid = old.rowid;
    INSERT INTO companies_words (rowid, name, domain, notes) SELECT new.rowid, new.name, new.domain, new.notes WHERE new.deleted = 0;
END;
CREATE TRIGGER companies_words_delete AFTER DELETE ON companies BEGIN
    DELETE FROM companies_words WHERE rowid = old.rowid;
END;

CREATE TRIGGER deals_words_insert AFTER INSERT ON deals WHEN new.deleted = 0 BEGIN
    INSERT INTO deals_words (rowid, name, notes) VALUES (new.rowid, new.name, new.notes);
END;
CREATE TRIGGER deals_words_update AFTER UPDATE OF name, notes, deleted ON deals BEGIN
    DELETE FROM deals_words WHERE rowid = old.rowid;
    INSERT INTO deals_words (rowid, name, notes) SELECT new.rowid, new.name, new.notes WHERE new.deleted = 0;
END;
CREATE TRIGGER deals_words_delete AFTER DELETE ON deals BEGIN
    DELETE FROM deals_words WHERE rowid = old.rowid;
END;
