-- Tandem schema v13: changes received for tables or columns this version does not know yet
-- (made by a newer Tandem). They are kept here and applied once Tandem is updated.

CREATE TABLE sync_parked (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    value,
    UNIQUE (hlc, device, tbl, row_id, col)
);
