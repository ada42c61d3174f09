//! Tags on contacts, companies and deals: one child row per (record, tag).

use rusqlite::Connection;

use crate::tables::{Table, TAGS};
use crate::{new_id, StoreError, Writer};

/// The record's tags, in the order they were added.
pub fn of_record(conn: &Connection, record_id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT name FROM tags WHERE record_id = ?1 AND deleted = 0 ORDER BY created_at, id")?;
    let names = stmt.query_map([record_id], |r| r.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

/// Makes the record's tags exactly `wanted`: adds the new ones, removes the rest (compared in any case).
pub fn set(w: &mut Writer, table: &Table, record_id: &str, wanted: &[String]) -> Result<(), StoreError> {
    let current: Vec<(String, String)> = {
        let mut stmt = w.conn().prepare_cached("SELECT id, name FROM tags WHERE record_id = ?1 AND deleted = 0")?;
        let rows = stmt.query_map([record_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (id, name) in &current {
        if !wanted.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
            w.soft_delete(&TAGS, id)?;
        }
    }
    let missing: Vec<String> =
        wanted.iter().filter(|tag| !current.iter().any(|(_, name)| name.to_lowercase() == tag.to_lowercase())).cloned().collect();
    add(w, table, record_id, &missing)
}

/// Adds `tags` to a record known to have none of them (a record just created).
pub fn add(w: &mut Writer, table: &Table, record_id: &str, tags: &[String]) -> Result<(), StoreError> {
    for tag in tags {
        w.create(
            &TAGS,
            &new_id(),
            &[("record_table", table.name.to_owned().into()), ("record_id", record_id.to_owned().into()), ("name", tag.clone().into())],
        )?;
    }
    Ok(())
}

/// Every tag in use on `table`, with how many records carry it, most used first.
pub fn in_use(conn: &Connection, table: &Table) -> Result<Vec<(String, u32)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, count(*) FROM tags WHERE record_table = ?1 AND deleted = 0 GROUP BY name COLLATE NOCASE ORDER BY count(*) DESC, name LIMIT 200",
    )?;
    let rows = stmt.query_map([table.name], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
