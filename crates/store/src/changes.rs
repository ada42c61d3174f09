//! The change log and the one function that applies changes to rows, used alike by local
//! writes, replay and sync (`remote_changes`), so all three produce the same tables.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::tables::{self, Table};
use crate::StoreError;

/// The column name a change uses to say "this row was purged for good".
pub const PURGED: &str = "*";

/// Writes `fields` of one row, creating the row if it does not exist yet.
pub(crate) fn apply_row(conn: &Connection, table: &Table, row_id: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
    if fields.iter().any(|(col, _)| *col == PURGED) {
        conn.prepare_cached(&format!("DELETE FROM {} WHERE id = ?1", table.name))?.execute([row_id])?;
        return Ok(());
    }
    if fields.is_empty() {
        return Ok(());
    }
    // A write that names a field twice keeps its last value, as its change log does (a
    // transaction sends, and replay applies, the last value it logged for a field).
    let mut unique: Vec<(&str, &Value)> = Vec::with_capacity(fields.len());
    for (col, value) in fields {
        if !table.has_column(col) {
            return Err(StoreError::UnknownColumn { table: table.name.into(), column: (*col).into() });
        }
        match unique.iter_mut().find(|(c, _)| c == col) {
            Some(slot) => slot.1 = value,
            None => unique.push((col, value)),
        }
    }
    let fields = unique;
    let cols: Vec<&str> = fields.iter().map(|(c, _)| *c).collect();
    let mut stmt = conn.prepare_cached(&upsert_sql(table, &cols))?;
    let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(fields.len() + 1);
    values.push(&row_id);
    values.extend(fields.iter().map(|(_, v)| *v as &dyn rusqlite::ToSql));
    stmt.execute(values.as_slice())?;
    Ok(())
}

/// The upsert of `cols` into `table`, its text made once per shape: an import writes the same few
/// shapes hundreds of thousands of times, and formatting the text each time was 5% of its time.
fn upsert_sql(table: &Table, cols: &[&str]) -> Rc<str> {
    /// Per table, each column list written and its statement.
    type Shapes = HashMap<&'static str, Vec<(Vec<String>, Rc<str>)>>;
    thread_local! {
        static MADE: RefCell<Shapes> = RefCell::new(HashMap::new());
    }
    /// Shapes kept per table; more means ad-hoc writes, which only pay the formatting again.
    const SHAPES: usize = 64;
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        let shapes = made.entry(table.name).or_default();
        if let Some((_, sql)) = shapes.iter().find(|(known, _)| known.iter().map(String::as_str).eq(cols.iter().copied())) {
            return sql.clone();
        }
        let placeholders: Vec<String> = (2..=cols.len() + 1).map(|i| format!("?{i}")).collect();
        let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
        let sql: Rc<str> = format!(
            "INSERT INTO {t} (id, {cols}) VALUES (?1, {ph}) ON CONFLICT (id) DO UPDATE SET {upd}",
            t = table.name,
            cols = cols.join(", "),
            ph = placeholders.join(", "),
            upd = updates.join(", ")
        )
        .into();
        if shapes.len() >= SHAPES {
            shapes.clear();
        }
        shapes.push((cols.iter().map(|c| (*c).to_owned()).collect(), sql.clone()));
        sql
    })
}

/// One change as the log keeps it.
pub(crate) struct LogRow<'a> {
    pub hlc: &'a str,
    pub device: &'a str,
    pub source: &'a str,
    pub table: &'a str,
    pub row_id: &'a str,
    pub col: &'a str,
    pub value: &'a Value,
}

/// Rows per `INSERT`: each statement also reads and writes the log's AUTOINCREMENT counter, so
/// one statement for a record's fields (or a page of received changes) instead of one per field.
const ROWS_PER_INSERT: usize = 32;

/// Appends `rows` to the change log, in order.
pub(crate) fn log(conn: &Connection, rows: &[LogRow]) -> Result<(), StoreError> {
    static INSERTS: OnceLock<Vec<String>> = OnceLock::new();
    // The statement for n rows is INSERTS[n - 1].
    let inserts = INSERTS.get_or_init(|| {
        (1..=ROWS_PER_INSERT)
            .map(|rows| {
                let tuples: Vec<String> = (0..rows)
                    .map(|i| {
                        let n = i * 7;
                        format!("(?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{})", n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7)
                    })
                    .collect();
                format!("INSERT INTO changes (hlc, device, source, tbl, row_id, col, value) VALUES {}", tuples.join(", "))
            })
            .collect()
    });
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut stmt = conn.prepare_cached(&inserts[chunk.len() - 1])?;
        let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(chunk.len() * 7);
        for row in chunk {
            values.extend([&row.hlc as &dyn rusqlite::ToSql, &row.device, &row.source, &row.table, &row.row_id, &row.col, row.value]);
        }
        stmt.execute(values.as_slice())?;
    }
    Ok(())
}

/// The newest change's number. Every write to a synced table logs a change, so whatever was read
/// from those tables at this number is still true while it stays.
pub fn change_mark(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT coalesce(max(seq), 0) FROM changes", [], |r| r.get(0))?)
}

/// Notes where the local transaction (`hlc`, `device`) lies in the log: its changes are the ones
/// logged after `logged_after` (one writer, one SQLite transaction). Undo finds them there.
pub(crate) fn note_local_transaction(conn: &Connection, hlc: &str, device: &str, logged_after: i64) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO local_transactions (hlc, device, first_seq, last_seq)
         SELECT ?1, ?2, min(seq), max(seq) FROM changes WHERE seq > ?3 HAVING count(*) > 0
         ON CONFLICT (hlc, device) DO UPDATE SET first_seq = min(first_seq, excluded.first_seq), last_seq = max(last_seq, excluded.last_seq)",
    )?
    .execute(params![hlc, device, logged_after])?;
    Ok(())
}

/// Where a committed change landed, for the change feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRef {
    pub seq: i64,
    pub hlc: String,
    pub device: String,
    pub table: String,
    pub row_id: String,
}

/// Changes logged after `seq`, oldest first, at most `limit`.
pub fn changes_after(conn: &Connection, seq: i64, limit: usize) -> Result<Vec<ChangeRef>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT seq, hlc, device, tbl, row_id FROM changes WHERE seq > ?1 ORDER BY seq LIMIT ?2")?;
    let rows = stmt.query_map(params![seq, limit as i64], |r| {
        Ok(ChangeRef { seq: r.get(0)?, hlc: r.get(1)?, device: r.get(2)?, table: r.get(3)?, row_id: r.get(4)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Applies every change logged in `source` to the synced tables of `target`, in clock order, with
/// the rules sync applies (`remote_changes`): the last writer by (hlc, device) wins each field and
/// a purged row stays gone. For a log without received changes this is log order.
pub fn replay_into(source: &Connection, target: &Connection) -> Result<(), StoreError> {
    let mut stmt = source.prepare(
        "SELECT tbl, row_id, col, value FROM changes c
         WHERE col = ?1 OR NOT EXISTS (SELECT 1 FROM changes p WHERE p.tbl = c.tbl AND p.row_id = c.row_id AND p.col = ?1)
         ORDER BY hlc, device, seq",
    )?;
    let mut rows = stmt.query([PURGED])?;
    while let Some(row) = rows.next()? {
        let (tbl, row_id, col, value): (String, String, String, Value) = (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?);
        let table = tables::find(&tbl).ok_or_else(|| StoreError::UnknownTable(tbl.clone()))?;
        apply_row(target, table, &row_id, &[(col.as_str(), value)])?;
    }
    Ok(())
}
