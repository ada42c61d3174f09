//! Changes received from other devices. Each synced field is a last-writer-wins register ordered
//! by (HLC timestamp, device id), and a purge is final, so applying any permutation of the same
//! changes, with duplicates, leaves the same tables (DESIGN §4).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::types::Value;
use rusqlite::{params, Connection};
use tandem_domain::hlc::Hlc;

use crate::changes::{self, LogRow, PURGED};
use crate::tables::{self, Table, CONTACTS, CONTACT_POINTS};
use crate::{clock, search_index, StoreError, WriteSource};

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
///
/// Each change is judged against everything logged for its field before it, this batch's
/// earlier changes included, exactly as if the batch arrived one change at a time. To spare a
/// round trip per check, what is logged for a row is read once per batch (`RowLog`), and the
/// winning fields of each row are written once, at the end: one upsert per row instead of one
/// per field, and the batch's contacts indexed for search in one statement.
pub(crate) fn apply(conn: &Connection, changes: &[RemoteChange], now_ms: u64) -> Result<Applied, StoreError> {
    // Check the whole batch before writing anything, so a bad change names itself clearly.
    let tables = changes.iter().map(table_of).collect::<Result<Vec<_>, _>>()?;
    let stamps = changes.iter().map(|c| Hlc::parse(&c.hlc)).collect::<Result<Vec<_>, _>>()?;
    if let Some(newest) = stamps.into_iter().max() {
        // Every later local write is stamped after what was received, and so wins over it.
        clock::observe(conn, newest, now_ms)?;
    }
    let mut out = Applied::default();
    let mut rows: HashMap<(&str, &str), usize> = HashMap::new();
    let mut logs: Vec<(&'static Table, &str, RowLog, Pending)> = Vec::new();
    let mut logged: Vec<LogRow> = Vec::with_capacity(changes.len());
    for (change, table) in changes.iter().zip(tables) {
        let at = match rows.get(&(table.name, change.row_id.as_str())) {
            Some(&at) => at,
            None => {
                logs.push((table, change.row_id.as_str(), RowLog::read(conn, table.name, &change.row_id)?, Pending::Fields(Vec::new())));
                rows.insert((table.name, change.row_id.as_str()), logs.len() - 1);
                logs.len() - 1
            }
        };
        let (_, _, log, pending) = &mut logs[at];
        match log.outcome(change) {
            Outcome::Duplicate => {
                out.duplicates += 1;
                continue;
            }
            Outcome::Apply => {
                pending.add(change);
                out.applied += 1;
                out.purged |= change.column == PURGED;
                out.tables.insert(table.name.to_owned());
                out.ids.insert(change.row_id.clone());
            }
            Outcome::Older => out.skipped_older += 1,
            Outcome::RowPurged => out.skipped_purged += 1,
        }
        log.note(change);
        // Winner or loser, the change joins the log: history can show both values. (Rows read
        // above are new to this batch, so nothing reads these before they are written below.)
        logged.push(LogRow {
            hlc: &change.hlc,
            device: &change.device,
            source: WriteSource::Sync.as_str(),
            table: table.name,
            row_id: &change.row_id,
            col: &change.column,
            value: &change.value,
        });
    }
    changes::log(conn, &logged)?;
    // As an import does: the contact search triggers stand aside while the rows are written,
    // and the contacts written are indexed in one statement at the end (FTS5 would otherwise
    // flush its index after every row). Contact points re-index the contact they point at, old
    // and new, which only their triggers know: a batch holding any keeps the triggers.
    let contacts: Vec<String> = logs.iter().filter(|(t, ..)| t.name == CONTACTS.name).map(|(_, id, ..)| (*id).to_owned()).collect();
    let defer = !contacts.is_empty() && !logs.iter().any(|(t, ..)| t.name == CONTACT_POINTS.name);
    if defer {
        search_index::defer_contacts(conn)?;
    }
    for (table, row_id, _, pending) in logs {
        match pending {
            Pending::Purged => changes::apply_row(conn, table, row_id, &[(PURGED, Value::Null)])?,
            Pending::Fields(fields) => {
                let fields: Vec<(&str, Value)> = fields.into_iter().map(|(col, value)| (col, value.clone())).collect();
                changes::apply_row(conn, table, row_id, &fields)?;
            }
        }
    }
    if defer {
        search_index::index_deferred_contacts(conn, &contacts)?;
    }
    Ok(out)
}

enum Outcome {
    Duplicate,
    Apply,
    Older,
    RowPurged,
}

/// A change's name within its row: (column, hlc, device). Read from the log, it owns its text; noted
/// from the batch, it borrows the received change's, so judging a batch copies no strings.
type Name<'a> = (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>);

/// What one row's log holds, as far as judging a received change needs: every change's name,
/// each field's newest (hlc, device), and whether the row was purged.
struct RowLog<'a> {
    names: HashSet<Name<'a>>,
    newest: HashMap<Cow<'a, str>, (Cow<'a, str>, Cow<'a, str>)>,
    purged: bool,
}

impl<'a> RowLog<'a> {
    fn read(conn: &Connection, table: &str, row_id: &str) -> Result<RowLog<'a>, StoreError> {
        let mut log = RowLog { names: HashSet::new(), newest: HashMap::new(), purged: false };
        let mut stmt = conn.prepare_cached("SELECT col, hlc, device FROM changes WHERE tbl = ?1 AND row_id = ?2")?;
        let mut found = stmt.query(params![table, row_id])?;
        while let Some(r) = found.next()? {
            let (col, hlc, device): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            log.add((col.into(), hlc.into(), device.into()));
        }
        Ok(log)
    }

    fn add(&mut self, (col, hlc, device): Name<'a>) {
        self.purged |= col == PURGED;
        // HLC strings are fixed width, so text order is clock order; equal clocks go to the larger device id.
        let newer = self.newest.get(&col).is_none_or(|(h, d)| (&hlc, &device) > (h, d));
        if newer {
            self.newest.insert(col.clone(), (hlc.clone(), device.clone()));
        }
        self.names.insert((col, hlc, device));
    }

    fn note(&mut self, c: &'a RemoteChange) {
        self.add(name(c));
    }

    fn outcome(&self, c: &'a RemoteChange) -> Outcome {
        if self.names.contains(&name(c)) {
            return Outcome::Duplicate;
        }
        if c.column == PURGED {
            return Outcome::Apply;
        }
        if self.purged {
            return Outcome::RowPurged;
        }
        let newer_logged =
            self.newest.get(c.column.as_str()).is_some_and(|(h, d)| (h.as_ref(), d.as_ref()) > (c.hlc.as_str(), c.device.as_str()));
        if newer_logged {
            Outcome::Older
        } else {
            Outcome::Apply
        }
    }
}

fn name(c: &RemoteChange) -> Name<'_> {
    (Cow::Borrowed(&c.column), Cow::Borrowed(&c.hlc), Cow::Borrowed(&c.device))
}

/// The fields of one row that this batch makes win, in the order they won, or its purge.
enum Pending<'a> {
    Fields(Vec<(&'a str, &'a Value)>),
    Purged,
}

impl<'a> Pending<'a> {
    fn add(&mut self, c: &'a RemoteChange) {
        if c.column == PURGED {
            *self = Pending::Purged;
            return;
        }
        if let Pending::Fields(fields) = self {
            // A field that wins twice in one batch keeps the later (newer) value.
            fields.retain(|(col, _)| *col != c.column);
            fields.push((c.column.as_str(), &c.value));
        }
    }
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
