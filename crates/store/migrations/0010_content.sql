-- Tandem schema v10: the content library.

-- One piece of content: a stored file (its bytes are versions), a web link, or text written here.
CREATE TABLE content_items (
    id TEXT PRIMARY KEY,
    form TEXT NOT NULL DEFAULT 'file',
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    stage TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    review_by TEXT NOT NULL DEFAULT '',
    expires_on TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_items_by_status ON content_items (status, kind) WHERE deleted = 0;
CREATE INDEX content_items_review ON content_items (review_by) WHERE deleted = 0 AND review_by <> '';

-- Each upload of an item's file. The newest is the current one; restoring an old version adds a
-- new version with the old bytes, so history only grows.
CREATE TABLE content_versions (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL DEFAULT '',
    number INTEGER NOT NULL DEFAULT 1,
    blob_hash TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_versions_by_item ON content_versions (item_id, created_at) WHERE deleted = 0;
CREATE INDEX content_versions_by_blob ON content_versions (blob_hash);

-- Personas, industries and products of an item; id = '<item>/<facet>/<lower-case value>'.
CREATE TABLE content_terms (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL DEFAULT '',
    facet TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_terms_by_item ON content_terms (item_id) WHERE deleted = 0;
CREATE INDEX content_terms_by_value ON content_terms (facet, value COLLATE NOCASE) WHERE deleted = 0;

-- Curated, ordered sets of items ("Security objection kit").
CREATE TABLE content_collections (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
-- id = '<collection>/<item>': adding the same item on two devices writes one row.
CREATE TABLE content_collection_items (
    id TEXT PRIMARY KEY,
    collection_id TEXT NOT NULL DEFAULT '',
    item_id TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_collection_items_by_collection ON content_collection_items (collection_id, position) WHERE deleted = 0;

-- Each time an item was used: shared with a contact (and maybe a deal), or put in a proposal.
CREATE TABLE content_uses (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL DEFAULT '',
    version_id TEXT,
    kind TEXT NOT NULL DEFAULT 'shared',
    contact_id TEXT,
    deal_id TEXT,
    note TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    used_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_uses_by_item ON content_uses (item_id, used_at) WHERE deleted = 0;
CREATE INDEX content_uses_by_contact ON content_uses (contact_id, used_at) WHERE deleted = 0;
CREATE INDEX content_uses_by_deal ON content_uses (deal_id, used_at) WHERE deleted = 0;

-- What sellers say about an item: useful, outdated, missing something.
CREATE TABLE content_feedback (
    id TEXT PRIMARY KEY,
    item_id TEXT NOT NULL DEFAULT '',
    rating TEXT NOT NULL DEFAULT 'useful',
    comment TEXT NOT NULL DEFAULT '',
    author_id TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX content_feedback_by_item ON content_feedback (item_id, created_at) WHERE deleted = 0;

-- Content sellers asked marketing for.
CREATE TABLE content_requests (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL DEFAULT '',
    requested_by TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    item_id TEXT,
    response TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
);

-- Text extracted from a stored file, by its hash. Local: every device extracts it from the bytes
-- it holds, so it is never synced. status: indexed | failed | none (nothing to extract).
CREATE TABLE content_text (
    blob_hash TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    truncated INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT ''
);

-- What an item is found by: its words, its descriptions, and the text inside its current file.
CREATE VIEW content_search_text AS
SELECT i.rowid AS rowid,
       i.id AS id,
       i.deleted AS deleted,
       i.title AS title,
       i.description AS description,
       trim(coalesce((SELECT group_concat(t.value, ' ') FROM content_terms t WHERE t.item_id = i.id AND t.deleted = 0), '') || ' ' ||
            coalesce((SELECT group_concat(g.name, ' ') FROM tags g WHERE g.record_id = i.id AND g.deleted = 0), '')) AS terms,
       trim(i.body || ' ' || i.url) AS body,
       coalesce(v.file_name, '') AS file_name,
       coalesce((SELECT x.text FROM content_text x WHERE x.blob_hash = v.blob_hash), '') AS file_text
FROM content_items i
LEFT JOIN content_versions v ON v.id = (SELECT id FROM content_versions WHERE item_id = i.id AND deleted = 0
                                         ORDER BY created_at DESC, number DESC LIMIT 1);

CREATE VIRTUAL TABLE content_fts USING fts5 (
    title, description, terms, body, file_name, file_text,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO content_fts (content_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 6.0, 2.0, 3.0, 1.0)');

CREATE TRIGGER content_items_fts_insert AFTER INSERT ON content_items WHEN new.deleted = 0 BEGIN
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE rowid = new.rowid;
END;
CREATE TRIGGER content_items_fts_update AFTER UPDATE OF title, description, body, url, deleted ON content_items BEGIN
    DELETE FROM content_fts WHERE rowid = old.rowid;
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE rowid = new.rowid AND deleted = 0;
END;
CREATE TRIGGER content_items_fts_delete AFTER DELETE ON content_items BEGIN
    DELETE FROM content_fts WHERE rowid = old.rowid;
END;

-- A change to an item's terms, tags, versions or extracted text re-indexes the items it touches.
CREATE TRIGGER content_terms_fts AFTER INSERT ON content_terms BEGIN
    DELETE FROM content_fts WHERE rowid = (SELECT rowid FROM content_items WHERE id = new.item_id);
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE id = new.item_id AND deleted = 0;
END;
CREATE TRIGGER content_terms_fts_update AFTER UPDATE OF value, deleted, item_id ON content_terms BEGIN
    DELETE FROM content_fts WHERE rowid IN (SELECT rowid FROM content_items WHERE id IN (old.item_id, new.item_id));
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text
    WHERE id IN (old.item_id, new.item_id) AND deleted = 0;
END;
CREATE TRIGGER content_tags_fts AFTER INSERT ON tags WHEN new.record_table = 'content_items' BEGIN
    DELETE FROM content_fts WHERE rowid = (SELECT rowid FROM content_items WHERE id = new.record_id);
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE id = new.record_id AND deleted = 0;
END;
CREATE TRIGGER content_tags_fts_update AFTER UPDATE OF name, deleted ON tags WHEN new.record_table = 'content_items' BEGIN
    DELETE FROM content_fts WHERE rowid = (SELECT rowid FROM content_items WHERE id = new.record_id);
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE id = new.record_id AND deleted = 0;
END;
CREATE TRIGGER content_versions_fts AFTER INSERT ON content_versions BEGIN
    DELETE FROM content_fts WHERE rowid = (SELECT rowid FROM content_items WHERE id = new.item_id);
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text WHERE id = new.item_id AND deleted = 0;
END;
CREATE TRIGGER content_versions_fts_update AFTER UPDATE OF blob_hash, file_name, deleted, created_at, item_id ON content_versions BEGIN
    DELETE FROM content_fts WHERE rowid IN (SELECT rowid FROM content_items WHERE id IN (old.item_id, new.item_id));
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text
    WHERE id IN (old.item_id, new.item_id) AND deleted = 0;
END;
CREATE TRIGGER content_text_fts AFTER INSERT ON content_text BEGIN
    DELETE FROM content_fts WHERE rowid IN (SELECT i.rowid FROM content_items i JOIN content_versions v ON v.item_id = i.id WHERE v.blob_hash = new.blob_hash);
    INSERT INTO content_fts (rowid, title, description, terms, body, file_name, file_text)
    SELECT rowid, title, description, terms, body, file_name, file_text FROM content_search_text
    WHERE id IN (SELECT item_id FROM content_versions WHERE blob_hash = new.blob_hash) AND deleted = 0;
END;
