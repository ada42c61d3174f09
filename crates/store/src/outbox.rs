//! This device's side of sync: the local changes the server has not acknowledged, changes
//! received before this version knows their columns, and re-stamping after a clock was wrong.

use rusqlite::types::Value;
use rusqlite::{params, Connection};
use tandem_domain::hlc::Hlc;

use crate::changes::PURGED;
use crate::remote_changes::{self, Applied, RemoteChange};
use crate::tables;
use crate::{clock, StoreError, WriteSource};

/// Local changes logged after `after_seq` (the last one the server acknowledged), oldest first,
/// with their log sequence numbers. Received changes are not sent back. As in
/// `changes_to_send`, a transaction that wrote a field twice sends only its last value.
pub fn unsent(conn: &Connection, after_seq: i64, limit: usize) -> Result<Vec<(i64, RemoteChange)>, StoreError> {
    unsent_within(conn, after_seq, limit, usize::MAX)
}

/// Like `unsent`, ending the page before it holds more than about `max_bytes` (values and
/// names, as sent); the first change always comes, whatever its size. A page of 1,000 edits to a
/// long proposal section would otherwise pass the server's limit on a request — and be refused
/// again on every pass.
pub fn unsent_within(conn: &Connection, after_seq: i64, limit: usize, max_bytes: usize) -> Result<Vec<(i64, RemoteChange)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, hlc, device, tbl, row_id, col, value FROM changes c WHERE seq > ?1 AND source <> ?2 AND seq = (
             SELECT max(seq) FROM changes d
             WHERE d.tbl = c.tbl AND d.row_id = c.row_id AND d.col = c.col AND d.hlc = c.hlc AND d.device = c.device)
         ORDER BY seq LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![after_seq, WriteSource::Sync.as_str(), limit as i64], |r| {
        Ok((
            r.get(0)?,
            RemoteChange { hlc: r.get(1)?, device: r.get(2)?, table: r.get(3)?, row_id: r.get(4)?, column: r.get(5)?, value: r.get(6)? },
        ))
    })?;
    let mut page = Vec::new();
    let mut bytes = 0;
    for row in rows {
        let (seq, change) = row?;
        bytes += wire_bytes(&change);
        if bytes > max_bytes && !page.is_empty() {
            break;
        }
        page.push((seq, change));
    }
    Ok(page)
}

/// About how many bytes a change takes in a push: its value, its names and stamp, the JSON around them.
fn wire_bytes(change: &RemoteChange) -> usize {
    let value = match &change.value {
        Value::Text(text) => json_string_bytes(text),
        // Bytes travel in base64.
        Value::Blob(bytes) => bytes.len().div_ceil(3) * 4,
        Value::Null | Value::Integer(_) | Value::Real(_) => 24,
    };
    value + change.hlc.len() + change.device.len() + change.table.len() + change.row_id.len() + change.column.len() + 96
}

/// The length of `text` as a JSON string: quotes, backslashes and control characters are escaped
/// (a text full of them is up to six times as long on the wire).
fn json_string_bytes(text: &str) -> usize {
    let escaped = |b: &u8| match b {
        b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 2,
        0..=0x1f => 6,
        _ => 1,
    };
    text.as_bytes().iter().map(escaped).sum::<usize>() + 2
}

/// How many changed fields wait for the server after `after_seq` (for a progress bar).
pub fn unsent_count(conn: &Connection, after_seq: i64) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM changes WHERE seq > ?1 AND source <> ?2",
        params![after_seq, WriteSource::Sync.as_str()],
        |r| r.get(0),
    )?)
}

/// How many edits (transactions) wait for the server after `after_seq`: what a user counts.
pub fn unsent_edits(conn: &Connection, after_seq: i64) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM (SELECT DISTINCT hlc, device FROM changes WHERE seq > ?1 AND source <> ?2)",
        params![after_seq, WriteSource::Sync.as_str()],
        |r| r.get(0),
    )?)
}

/// What receiving a batch did: applied (or older, or duplicate), and kept for a newer version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Received {
    pub applied: Applied,
    /// Changes naming a table or column this version does not know: kept in `sync_parked`.
    pub parked: usize,
}

fn known(change: &RemoteChange) -> bool {
    tables::find(&change.table).is_some_and(|t| change.column == PURGED || t.has_column(&change.column))
}

/// Applies what this version knows and keeps the rest for after an update (see `Db::receive`).
pub(crate) fn receive(conn: &Connection, changes: &[RemoteChange], now_ms: u64) -> Result<Received, StoreError> {
    if changes.iter().all(known) {
        // What a pass almost always receives: no copy of the page to split it.
        return Ok(Received { applied: remote_changes::apply(conn, changes, now_ms)?, parked: 0 });
    }
    let (known, unknown): (Vec<_>, Vec<_>) = changes.iter().cloned().partition(known);
    let applied = remote_changes::apply(conn, &known, now_ms)?;
    let mut park = conn.prepare_cached(
        "INSERT INTO sync_parked (hlc, device, tbl, row_id, col, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (hlc, device, tbl, row_id, col) DO NOTHING",
    )?;
    for c in &unknown {
        park.execute(params![c.hlc, c.device, c.table, c.row_id, c.column, c.value])?;
    }
    Ok(Received { applied, parked: unknown.len() })
}

/// Applies the parked changes this version now knows (after an update), and forgets them.
pub(crate) fn unpark(conn: &Connection, now_ms: u64) -> Result<Applied, StoreError> {
    let parked: Vec<(i64, RemoteChange)> = {
        let mut stmt = conn.prepare("SELECT id, hlc, device, tbl, row_id, col, value FROM sync_parked ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                RemoteChange {
                    hlc: r.get(1)?,
                    device: r.get(2)?,
                    table: r.get(3)?,
                    row_id: r.get(4)?,
                    column: r.get(5)?,
                    value: r.get(6)?,
                },
            ))
        })?;
        rows.collect::<Result<_, _>>()?
    };
    let (now_known, _): (Vec<_>, Vec<_>) = parked.into_iter().partition(|(_, c)| known(c));
    let changes: Vec<RemoteChange> = now_known.iter().map(|(_, c)| c.clone()).collect();
    let applied = remote_changes::apply(conn, &changes, now_ms)?;
    for (id, _) in &now_known {
        conn.execute("DELETE FROM sync_parked WHERE id = ?1", [id])?;
    }
    Ok(applied)
}

pub fn parked_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT count(*) FROM sync_parked", [], |r| r.get(0))?)
}

/// Copies each field's winning change, where another device made it, as this device's (a server
/// takes from a device only its own changes), under the winner's stamp: the value is the same
/// and it is as old as it was, so an edit a teammate made since still wins. Purges and deletions
/// are fields like any other. Not an edit: neither undo nor re-stamping touches these copies.
pub(crate) fn adopt_received(conn: &Connection, device: &str) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "INSERT INTO changes (hlc, device, source, tbl, row_id, col, value)
         SELECT c.hlc, ?1, ?2, c.tbl, c.row_id, c.col, c.value FROM changes c
         WHERE c.device <> ?1 AND c.seq = (
             SELECT d.seq FROM changes d WHERE d.tbl = c.tbl AND d.row_id = c.row_id AND d.col = c.col
             ORDER BY d.hlc DESC, d.device DESC, d.seq DESC LIMIT 1)
         AND NOT EXISTS (
             SELECT 1 FROM changes m WHERE m.tbl = c.tbl AND m.row_id = c.row_id AND m.col = c.col AND m.hlc = c.hlc AND m.device = ?1)
         ORDER BY c.seq",
        params![device, WriteSource::Adopted.as_str()],
    )?)
}

/// Re-stamps the local changes after `after_seq` with the clock as it is now, after the server
/// refused them as too far in the future: this device's clock was wrong when they were made
/// (and the persisted clock still runs ahead). The clock restarts from now, but never before
/// what this device has received or the server has acknowledged; each unsent transaction gets a
/// fresh stamp, in order. The new stamps come after every received change, as the old ones did,
/// so no field's local winner changes, and after every acknowledged one, so a later edit still
/// wins over an earlier one. A transaction the server took part of (a push page ended inside
/// it) keeps its stamp: the server accepted that stamp, and undo needs the whole under one.
pub(crate) fn restamp_unsent(conn: &Connection, device: &str, after_seq: i64, now_ms: u64) -> Result<usize, StoreError> {
    let floor: Option<String> = conn.query_row(
        "SELECT max(hlc) FROM changes WHERE source = ?1 OR seq <= ?2",
        params![WriteSource::Sync.as_str(), after_seq],
        |r| r.get(0),
    )?;
    let floor = match floor {
        Some(h) => Hlc::parse(&h)?,
        None => Hlc::default(),
    };
    let mut clock_now = floor.max(Hlc { wall_ms: now_ms, counter: 0 });
    let stamps: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT hlc FROM changes c WHERE seq > ?1 AND source NOT IN (?2, ?4) AND device = ?3 AND NOT EXISTS (
                 SELECT 1 FROM local_transactions t WHERE t.hlc = c.hlc AND t.device = c.device AND t.first_seq <= ?1)
             GROUP BY hlc ORDER BY min(seq)",
        )?;
        let rows = stmt.query_map(params![after_seq, WriteSource::Sync.as_str(), device, WriteSource::Adopted.as_str()], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for old in &stamps {
        clock_now = clock_now.tick(now_ms);
        let new = clock_now.to_string();
        conn.execute(
            "UPDATE changes SET hlc = ?1 WHERE seq > ?2 AND source NOT IN (?3, ?6) AND device = ?4 AND hlc = ?5",
            params![new, after_seq, WriteSource::Sync.as_str(), device, old, WriteSource::Adopted.as_str()],
        )?;
        // An import's history entry names its transaction by stamp, and teammates undo it by
        // that name: an entry not yet sent names the new stamp, in its row and in its change.
        conn.execute(
            "UPDATE changes SET value = ?1 WHERE seq > ?2 AND device = ?3 AND hlc = ?1 AND tbl = 'imports' AND col = 'txn_hlc' AND value = ?4",
            params![new, after_seq, device, old],
        )?;
        conn.execute(
            "UPDATE imports SET txn_hlc = ?1 WHERE id IN (
                 SELECT row_id FROM changes WHERE seq > ?2 AND device = ?3 AND hlc = ?1 AND tbl = 'imports' AND col = 'txn_hlc' AND value = ?1)",
            params![new, after_seq, device],
        )?;
        // The re-stamped part is a run of its own under the new stamp. The old stamp keeps its row
        // over the whole run: the undo stack and the import history know the transaction by it.
        conn.execute(
            "INSERT INTO local_transactions (hlc, device, first_seq, last_seq)
             SELECT ?1, device, max(first_seq, ?2 + 1), last_seq FROM local_transactions WHERE hlc = ?3 AND device = ?4",
            params![new, after_seq, old, device],
        )?;
    }
    clock::set(conn, clock_now)?;
    Ok(stamps.len())
}
