-- Tandem schema v15: where each of this device's own transactions lies in the change log, in a
-- table of its own instead of an index on every change. Only undo looks a transaction up by
-- (hlc, device), and only a local one (an edit, an import). A transaction's changes are logged
-- by one writer inside one SQLite transaction, so they are one run of sequence numbers. The
-- index gave every change, a received one too, an entry that only undo ever read.

CREATE TABLE local_transactions (
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (hlc, device)
) WITHOUT ROWID;

INSERT INTO local_transactions (hlc, device, first_seq, last_seq)
SELECT hlc, device, min(seq), max(seq) FROM changes WHERE source <> 'sync' GROUP BY hlc, device;

DROP INDEX changes_by_txn;
