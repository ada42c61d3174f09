-- Tandem schema v15: the change log's by-transaction index holds only this device's own writes.
-- Only undo looks a transaction up by (hlc, device), and only a local one (an edit, an import);
-- a received change never needs it, and indexing each one was a fifth of applying a page.
-- Queries that use it repeat the condition (`source <> 'sync'`) so SQLite can choose it.

DROP INDEX changes_by_txn;
CREATE INDEX changes_by_txn ON changes (hlc, device) WHERE source <> 'sync';
