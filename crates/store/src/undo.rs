//! Undo from the change log: write back each field's value from before a transaction.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::tables::{self};
use crate::{StoreError, Writer};

/// Reverts the transaction (`hlc`, `device`) as a new transaction; returns how many rows changed.
pub fn revert(w: &mut Writer, hlc: &str, device: &str) -> Result<usize, StoreError> {
    let logged: Vec<(i64, String, String, String)> = {
        let mut stmt = w.conn().prepare("SELECT seq, tbl, row_id, col FROM changes WHERE hlc = ?1 AND device = ?2 ORDER BY seq")?;
        let rows = stmt.query_map([hlc, device], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let Some(first_seq) = logged.first().map(|c| c.0) else { return Ok(0) };
    let mut rows: Vec<(String, String)> = logged.iter().map(|(_, t, r, _)| (t.clone(), r.clone())).collect();
    rows.dedup();
    for (tbl, row_id) in &rows {
        let table = tables::find(tbl).ok_or_else(|| StoreError::UnknownTable(tbl.clone()))?;
        let existed_before: bool = w.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ?1 AND row_id = ?2 AND seq < ?3)",
            rusqlite::params![tbl, row_id, first_seq],
            |r| r.get(0),
        )?;
        if !existed_before {
            // Undoing a create moves the new record to the Trash, where it can still be restored.
            w.write_fields(table, row_id, &[("deleted", Value::Integer(1)), ("deleted_at", Value::Text(w.now_text()))])?;
            continue;
        }
        let mut previous: Vec<(&str, Value)> = Vec::new();
        for (seq, _, _, col) in logged.iter().filter(|(_, t, r, _)| t == tbl && r == row_id) {
            let logged: Option<Value> = w
                .conn()
                .query_row(
                    "SELECT value FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND seq < ?4 ORDER BY seq DESC LIMIT 1",
                    rusqlite::params![tbl, row_id, col, seq],
                    |r| r.get::<_, Value>(0),
                )
                .optional()?;
            // Never written before (e.g. `deleted` of a row never deleted): the row had the column's default.
            let value = match logged {
                Some(value) => value,
                None => column_default(w.conn(), tbl, col)?,
            };
            if !previous.iter().any(|(c, _)| c == col) {
                previous.push((col.as_str(), value));
            }
        }
        w.write_fields(table, row_id, &previous)?;
    }
    Ok(rows.len())
}

/// The value a row gets for `col` of `tbl` when it is created without it: the schema's DEFAULT.
fn column_default(conn: &rusqlite::Connection, tbl: &str, col: &str) -> Result<Value, StoreError> {
    let default: Option<Option<String>> =
        conn.query_row("SELECT dflt_value FROM pragma_table_info(?1) WHERE name = ?2", [tbl, col], |r| r.get(0)).optional()?;
    match default.flatten() {
        // The default is an SQL expression from our own schema, e.g. '' or 0.
        Some(expr) => Ok(conn.query_row(&format!("SELECT {expr}"), [], |r| r.get(0))?),
        None => Ok(Value::Null),
    }
}
