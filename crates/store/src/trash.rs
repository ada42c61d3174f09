//! The Trash: soft-deleted records of every synced table, newest first.

use rusqlite::Connection;

use crate::tables::{self, Table};
use crate::StoreError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashEntry {
    pub table: String,
    pub id: String,
    pub kind_label: String,
    pub title: String,
    pub deleted_at: String,
}

pub fn list(conn: &Connection, limit: usize) -> Result<Vec<TrashEntry>, StoreError> {
    let mut out = Vec::new();
    for table in tables::SYNCED.iter().filter(|t| t.in_trash) {
        let sql =
            format!("SELECT id, {}, deleted_at FROM {} WHERE deleted = 1 ORDER BY deleted_at DESC LIMIT ?1", table.title_sql, table.name);
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok(TrashEntry {
                table: table.name.into(),
                id: r.get(0)?,
                kind_label: table.kind_label.into(),
                title: r.get(1)?,
                deleted_at: r.get(2)?,
            })
        })?;
        for row in rows {
            out.push(row?);
        }
    }
    out.sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at));
    out.truncate(limit);
    Ok(out)
}

/// The synced table called `name`, if it can hold trashed records.
pub fn table(name: &str) -> Result<&'static Table, StoreError> {
    tables::find(name).filter(|t| t.in_trash).ok_or_else(|| StoreError::UnknownTable(name.into()))
}
