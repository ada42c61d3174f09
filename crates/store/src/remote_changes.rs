//! Changes received from other devices. Each synced field is a last-writer-wins register ordered
//! by (HLC timestamp, device id), and a purge is final, so applying any permutation of the same
//! changes, with duplicates, leaves the same tables (DESIGN §4).

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{params, Connection};
use tandem_domain::hlc::Hlc;

use crate::changes::{self, PURGED};
use crate::tables::{self, Table};
use crate::{clock, StoreError, WriteSource};

/// One field written on some device, as that device's change log holds it.
/// (hlc, device, table, row_id, column) names the change: `changes_to_send` sends one value
/// per field per transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoteChange {
    pub hlc: String,
    pub device: String,
    pub table: String,
    pub row_id: String,
    /// A column of `table`, or `*` for a purge.
    pub column: String,
    pub value: Value,
}

/// What applying a batch of remote changes did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Changes written to their row: newer than every change logged for their field.
    pub applied: usize,
    /// Changes logged but not written: their field already holds a newer value.
    pub skipped_older: usize,
    /// Changes logged but not written: their row was purged, and a purge is final.
    pub skipped_purged: usize,
    /// Changes already in the log: ignored.
    pub duplicates: usize,
    /// The tables and row ids whose rows changed, for the change feed.
    pub tables: BTreeSet<String>,
    pub ids: BTreeSet<String>,
    /// True if a row was purged: as with a local purge, undo history no longer holds.
    pub purged: bool,
}

/// Applies `changes` inside the caller's open transaction; see `Db::apply_remote`.
pub(crate) fn apply(conn: &Connection, changes: &[RemoteChange], now_ms: u64) -> Result<Applied, StoreError> {
    // Check the whole batch before writing anything, so a bad change names itself clearly.
    let tables = changes.iter().map(table_of).collect::<Result<Vec<_>, _>>()?;
    let stamps = changes.iter().map(|c| Hlc::parse(&c.hlc)).collect::<Result<Vec<_>, _>>()?;
    if let Some(newest) = stamps.into_iter().max() {
        // Every later local write is stamped after what was received, and so wins over it.
        clock::observe(conn, newest, now_ms)?;
    }
    let mut out = Applied::default();
    for (change, table) in changes.iter().zip(tables) {
        match outcome(conn, change)? {
            Outcome::Duplicate => {
                out.duplicates += 1;
                continue;
            }
            Outcome::Apply => {
                changes::apply_row(conn, table, &change.row_id, &[(change.column.as_str(), change.value.clone())])?;
                out.applied += 1;
                out.purged |= change.column == PURGED;
                out.tables.insert(table.name.to_owned());
                out.ids.insert(change.row_id.clone());
            }
            Outcome::Older => out.skipped_older += 1,
            Outcome::RowPurged => out.skipped_purged += 1,
        }
        // Winner or loser, the change joins the log: history can show both values.
        changes::log(
            conn,
            &change.hlc,
            &change.device,
            WriteSource::Sync.as_str(),
            table.name,
            &change.row_id,
            &change.column,
            &change.value,
        )?;
    }
    Ok(out)
}

enum Outcome {
    Duplicate,
    Apply,
    Older,
    RowPurged,
}

fn outcome(conn: &Connection, c: &RemoteChange) -> Result<Outcome, StoreError> {
    let exists = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<bool, StoreError> {
        Ok(conn.prepare_cached(sql)?.query_row(args, |r| r.get(0))?)
    };
    let field = params![c.table, c.row_id, c.column, c.hlc, c.device];
    if exists("SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND hlc = ?4 AND device = ?5)", field)? {
        return Ok(Outcome::Duplicate);
    }
    if c.column == PURGED {
        return Ok(Outcome::Apply);
    }
    if exists("SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3)", params![c.table, c.row_id, PURGED])? {
        return Ok(Outcome::RowPurged);
    }
    // HLC strings are fixed width, so text order is clock order; equal clocks go to the larger device id.
    let newer_logged =
        exists("SELECT EXISTS (SELECT 1 FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 AND (hlc, device) > (?4, ?5))", field)?;
    Ok(if newer_logged { Outcome::Older } else { Outcome::Apply })
}

fn table_of(change: &RemoteChange) -> Result<&'static Table, StoreError> {
    let table = tables::find(&change.table).ok_or_else(|| StoreError::UnknownTable(change.table.clone()))?;
    if change.column != PURGED && !table.has_column(&change.column) {
        return Err(StoreError::UnknownColumn { table: table.name.into(), column: change.column.clone() });
    }
    Ok(table)
}

/// The changes logged after `after_seq`, oldest first, as another device receives them. A
/// transaction that wrote a field twice sends only its last value, so that no two changes share
/// (hlc, device, table, row, column) and a receiver can tell a duplicate by those alone.
pub fn changes_to_send(conn: &Connection, after_seq: i64) -> Result<Vec<RemoteChange>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT hlc, device, tbl, row_id, col, value FROM changes c WHERE seq > ?1 AND seq = (
             SELECT max(seq) FROM changes d
             WHERE d.tbl = c.tbl AND d.row_id = c.row_id AND d.col = c.col AND d.hlc = c.hlc AND d.device = c.device)
         ORDER BY seq",
    )?;
    let rows = stmt.query_map([after_seq], |r| {
        Ok(RemoteChange { hlc: r.get(0)?, device: r.get(1)?, table: r.get(2)?, row_id: r.get(3)?, column: r.get(4)?, value: r.get(5)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
