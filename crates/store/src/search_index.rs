//! Deferred contact search indexing for bulk writes: the triggers stand aside while a write
//! transaction adds many contacts, which are then indexed in one statement before it commits.

use rusqlite::Connection;

use crate::StoreError;

const DEFER_KEY: &str = "defer_contact_index";

/// Stops the contact search triggers for the rest of this transaction (call inside `Db::write`).
pub fn defer_contacts(conn: &Connection) -> Result<(), StoreError> {
    crate::local_state::set(conn, DEFER_KEY, "1")
}

/// Indexes the contacts `ids` (created or changed while deferred) and turns the triggers back on.
pub fn index_deferred_contacts(conn: &Connection, ids: &[String]) -> Result<(), StoreError> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Refused(e.to_string()))?;
    conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS deferred_rowids (rowid INTEGER PRIMARY KEY); DELETE FROM temp.deferred_rowids;")?;
    conn.execute(
        "INSERT OR IGNORE INTO temp.deferred_rowids SELECT rowid FROM contacts WHERE id IN (SELECT value FROM json_each(?1))",
        [&ids],
    )?;
    conn.execute_batch(
        "DELETE FROM contacts_fts WHERE rowid IN (SELECT rowid FROM temp.deferred_rowids);
         DELETE FROM contacts_words WHERE rowid IN (SELECT rowid FROM temp.deferred_rowids);
         INSERT INTO contacts_fts (rowid, name, email, company, notes, phones)
         SELECT rowid, name, email, company, notes, phones FROM contact_search_text
         WHERE rowid IN (SELECT rowid FROM temp.deferred_rowids) AND deleted = 0;
         INSERT INTO contacts_words (rowid, name, email, company)
         SELECT rowid, name, email, company FROM contact_search_text
         WHERE rowid IN (SELECT rowid FROM temp.deferred_rowids) AND deleted = 0;
         DELETE FROM temp.deferred_rowids;",
    )?;
    conn.execute("DELETE FROM local_state WHERE key = ?1", [DEFER_KEY])?;
    Ok(())
}
