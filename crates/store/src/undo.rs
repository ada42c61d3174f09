//! Undo from the change log: write back each field's value from before a transaction.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::changes::PURGED;
use crate::tables::{self, Table};
use crate::{StoreError, Writer};

/// Timestamps every write touches; they never decide whether a field was changed by someone else.
const BOOKKEEPING: [&str; 2] = ["created_at", "updated_at"];

/// What a revert did: rows written back, and rows where some field kept a newer value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reverted {
    pub rows: usize,
    /// (table, row id) of rows changed since the transaction, whose newer values were kept.
    pub kept_newer: Vec<(String, String)>,
}

/// Where a local transaction lies in the log: one writer, one SQLite transaction, one run.
const TRANSACTION_RUN: &str = "SELECT first_seq, last_seq FROM local_transactions WHERE hlc = ?1 AND device = ?2";

/// The stamps of a run: its own, and those re-stamping gave its unsent tail (the server refused
/// a clock that ran ahead) — still the one edit or import the user undoes by the stamp they know.
/// A scan of this device's transactions, once per undo.
const RUN_STAMPS: &str = "SELECT hlc FROM local_transactions WHERE device = ?1 AND first_seq >= ?2 AND last_seq <= ?3";

/// The changes of a run, read by their sequence numbers.
const RUN_CHANGES: &str = "SELECT seq, tbl, row_id, col, value, hlc FROM changes WHERE seq BETWEEN ?1 AND ?2 AND device = ?3 ORDER BY seq";

/// A transaction received from another device (a teammate's import, undone from the shared import
/// history): received changes have no index by transaction, so the log is read whole. Rare.
const RECEIVED_TRANSACTION_CHANGES: &str =
    "SELECT seq, tbl, row_id, col, value, hlc FROM changes WHERE hlc = ?1 AND device = ?2 ORDER BY seq";

/// Reverts the transaction (`hlc`, `device`) as a new transaction; returns how many rows changed.
///
/// A field that no longer holds the value the transaction wrote was changed since — by another
/// window, the CLI or (later) a teammate's sync — and keeps its newer value. A transaction the
/// log does not hold is `NotFound`; one that deleted a record for good is `Refused`.
pub fn revert(w: &mut Writer, hlc: &str, device: &str) -> Result<usize, StoreError> {
    Ok(revert_with_report(w, hlc, device)?.rows)
}

/// Like `revert`, also naming the rows that kept newer values.
pub fn revert_with_report(w: &mut Writer, hlc: &str, device: &str) -> Result<Reverted, StoreError> {
    let logged = transaction_changes(w, hlc, device)?;
    let Some(first_seq) = logged.first().map(|c| c.0) else {
        return Err(StoreError::NotFound { what: "The change to undo".into() });
    };
    if logged.iter().any(|(_, _, _, col, _)| col == PURGED) {
        return Err(StoreError::Refused("It deleted a record for good, which cannot be undone.".into()));
    }
    let mut kept_newer = Vec::new();
    let mut rows: Vec<(String, String)> = logged.iter().map(|(_, t, r, _, _)| (t.clone(), r.clone())).collect();
    rows.dedup();
    let mut reverted = 0;
    for (tbl, row_id) in &rows {
        let table = tables::find(tbl).ok_or_else(|| StoreError::UnknownTable(tbl.clone()))?;
        // The last value this transaction wrote to each of the row's fields.
        let mut written: Vec<(&str, Value)> = Vec::new();
        for (_, _, _, col, value) in logged.iter().filter(|(_, t, r, _, _)| t == tbl && r == row_id) {
            match written.iter_mut().find(|(c, _)| c == col) {
                Some(slot) => slot.1 = value.clone(),
                None => written.push((col.as_str(), value.clone())),
            }
        }
        let mut untouched_since = Vec::new();
        for (col, value) in &written {
            if BOOKKEEPING.contains(col) || current(w, table, row_id, col)?.as_ref() == Some(value) {
                untouched_since.push(*col);
            }
        }
        if untouched_since.len() < written.len() {
            kept_newer.push((tbl.clone(), row_id.clone()));
        }
        let existed_before: bool = w.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ?1 AND row_id = ?2 AND seq < ?3)",
            rusqlite::params![tbl, row_id, first_seq],
            |r| r.get(0),
        )?;
        if !existed_before {
            // Undoing a create moves the new record to the Trash (still restorable), unless it was edited since.
            if untouched_since.len() == written.len() {
                w.write_fields(table, row_id, &[("deleted", Value::Integer(1)), ("deleted_at", Value::Text(w.now_text()))])?;
                reverted += 1;
            }
            continue;
        }
        let mut previous: Vec<(&str, Value)> = Vec::new();
        for col in untouched_since {
            let before: Option<Value> = w
                .conn()
                .query_row(
                    "SELECT value FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND seq < ?4 ORDER BY seq DESC LIMIT 1",
                    rusqlite::params![tbl, row_id, col, first_seq],
                    |r| r.get(0),
                )
                .optional()?;
            // Never written before this transaction: it held the column's default.
            let value = match before {
                Some(value) => value,
                None => column_default(w, table, col)?,
            };
            previous.push((col, value));
        }
        if !previous.is_empty() {
            w.write_fields(table, row_id, &previous)?;
            reverted += 1;
        }
    }
    Ok(Reverted { rows: reverted, kept_newer })
}

type Logged = (i64, String, String, String, Value);

/// The changes the transaction (`hlc`, `device`) logged, oldest first.
fn transaction_changes(w: &Writer, hlc: &str, device: &str) -> Result<Vec<Logged>, StoreError> {
    let conn = w.conn();
    let read = |stmt: &mut rusqlite::Statement, params: &[&dyn rusqlite::ToSql], stamps: &[String]| -> Result<Vec<Logged>, StoreError> {
        let rows = stmt.query_map(params, |r| Ok(((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?), r.get::<_, String>(5)?)))?;
        let mut logged = Vec::new();
        for row in rows {
            let (change, stamp) = row?;
            if stamps.is_empty() || stamps.contains(&stamp) {
                logged.push(change);
            }
        }
        Ok(logged)
    };
    let run: Option<(i64, i64)> = conn.query_row(TRANSACTION_RUN, [hlc, device], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
    let Some((first, last)) = run else {
        return read(&mut conn.prepare(RECEIVED_TRANSACTION_CHANGES)?, &[&hlc, &device], &[]);
    };
    let stamps: Vec<String> = {
        let mut stmt = conn.prepare(RUN_STAMPS)?;
        let rows = stmt.query_map(rusqlite::params![device, first, last], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    read(&mut conn.prepare(RUN_CHANGES)?, &[&first, &last, &device], &stamps)
}

fn current(w: &Writer, table: &Table, row_id: &str, col: &str) -> Result<Option<Value>, StoreError> {
    if !table.has_column(col) {
        return Err(StoreError::UnknownColumn { table: table.name.into(), column: col.into() });
    }
    Ok(w.conn().query_row(&format!("SELECT {col} FROM {} WHERE id = ?1", table.name), [row_id], |r| r.get(0)).optional()?)
}

/// The schema default of a synced column, evaluated (NULL when it has none).
fn column_default(w: &Writer, table: &Table, col: &str) -> Result<Value, StoreError> {
    crate::defaults::of(w.conn(), table, col)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use super::RUN_CHANGES;
    use crate::migrations::{migrate, MIGRATIONS};

    #[test]
    fn a_transaction_is_read_as_a_run_of_the_log_without_a_scan() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, MIGRATIONS, "").unwrap();
        let plan: Vec<String> = {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {RUN_CHANGES}")).unwrap();
            let rows = stmt.query_map(rusqlite::params![1, 9, "device"], |r| r.get::<_, String>(3)).unwrap();
            rows.collect::<Result<_, _>>().unwrap()
        };
        assert!(plan.iter().all(|step| step.starts_with("SEARCH")), "{plan:?}");
        assert!(plan.iter().any(|step| step.contains("INTEGER PRIMARY KEY (rowid>? AND rowid<?)")), "{plan:?}");
    }
}
