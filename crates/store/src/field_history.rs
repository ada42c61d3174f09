//! A record's history field by field, from the change log: every value each field has held —
//! including the loser of a same-field conflict between devices — with who wrote it and when,
//! so a user can see both and restore either.

use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use tandem_domain::hlc::Hlc;

use crate::tables::Table;
use crate::{clock, StoreError};

/// Bookkeeping columns: not something a user edits or restores.
const NOT_FIELDS: [&str; 5] = ["created_at", "updated_at", "deleted_at", "merged_into", "*"];

#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub column: String,
    pub value: Value,
    /// Milliseconds since the epoch, from the change's clock.
    pub at_ms: u64,
    pub hlc: String,
    pub device: String,
    /// Whose device made it, when known.
    pub author: Author,
    /// Whether this is the field's value now (the newest change by clock, then device).
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    ThisDevice,
    /// A team member's device, as it introduced itself when signing in.
    Member {
        name: String,
        device_name: String,
    },
    /// A device that never introduced itself (e.g. before sync, or an old backup).
    Unknown,
}

/// Every change to `table`'s row `id`, newest first, at most `limit`. A copy this device made
/// to send on to another team (`Db::adopt_received`) repeats its original and is not shown.
pub fn of_record(conn: &Connection, table: &Table, id: &str, limit: usize) -> Result<Vec<FieldChange>, StoreError> {
    let this_device = clock::device_id(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT c.col, c.value, c.hlc, c.device, d.display_name, d.device_name,
                (c.hlc, c.device) = (SELECT w.hlc, w.device FROM changes w WHERE w.tbl = c.tbl AND w.row_id = c.row_id AND w.col = c.col
                                      AND w.source <> 'adopted' ORDER BY w.hlc DESC, w.device DESC LIMIT 1)
         FROM changes c LEFT JOIN team_devices d ON d.id = c.device
         WHERE c.tbl = ?1 AND c.row_id = ?2 AND c.source <> 'adopted'
         ORDER BY c.hlc DESC, c.device DESC, c.col LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![table.name, id, limit as i64], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Value>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, bool>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (column, value, hlc, device, name, device_name, current) = row?;
        if NOT_FIELDS.contains(&column.as_str()) {
            continue;
        }
        let author = match (name, device_name) {
            _ if device == this_device => Author::ThisDevice,
            (Some(name), Some(device_name)) => Author::Member { name, device_name },
            _ => Author::Unknown,
        };
        out.push(FieldChange { column, value, at_ms: Hlc::parse(&hlc)?.wall_ms, hlc, device, author, current });
    }
    Ok(out)
}

/// The value a change wrote, to restore it.
pub fn value_of(conn: &Connection, table: &Table, id: &str, column: &str, hlc: &str, device: &str) -> Result<Option<Value>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT value FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND hlc = ?4 AND device = ?5 ORDER BY seq DESC LIMIT 1",
            params![table.name, id, column, hlc, device],
            |r| r.get(0),
        )
        .optional()?)
}

/// Who deleted the row last: the author of the newest change that set `deleted` to 1.
pub fn deleted_by(conn: &Connection, table: &Table, id: &str) -> Result<Author, StoreError> {
    let this_device = clock::device_id(conn)?;
    let found: Option<(String, Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT c.device, d.display_name, d.device_name FROM changes c LEFT JOIN team_devices d ON d.id = c.device
             WHERE c.tbl = ?1 AND c.row_id = ?2 AND c.col = 'deleted' AND c.value = 1 AND c.source <> 'adopted' ORDER BY c.hlc DESC LIMIT 1",
        )?
        .query_row(params![table.name, id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    Ok(match found {
        Some((device, _, _)) if device == this_device => Author::ThisDevice,
        Some((_, Some(name), Some(device_name))) => Author::Member { name, device_name },
        _ => Author::Unknown,
    })
}
