//! The one way to change a synced table: every field written is logged with the transaction's
//! clock and device in the same SQLite transaction.

use std::collections::BTreeSet;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::hlc::Hlc;

use crate::changes::{self, LogRow, PURGED};
use crate::tables::Table;
use crate::StoreError;

/// Who asked for a write, so the change feed and (later) conflict rules can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteSource {
    User,
    Undo,
    Import,
    Sample,
    Sync,
    Background,
    /// A received change this device sends on as its own, having joined another team with its
    /// records merged in (see `Db::adopt_received`). Never written through `Db::write`.
    Adopted,
}

impl WriteSource {
    pub fn as_str(self) -> &'static str {
        match self {
            WriteSource::User => "user",
            WriteSource::Undo => "undo",
            WriteSource::Import => "import",
            WriteSource::Sample => "sample",
            WriteSource::Sync => "sync",
            WriteSource::Background => "background",
            WriteSource::Adopted => "adopted",
        }
    }
}

/// Which rows an operation may touch.
#[derive(Clone, Copy)]
enum RowState {
    Any,
    Live,
    Trashed,
}

/// What one committed transaction touched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committed {
    pub hlc: String,
    pub source: Option<WriteSource>,
    pub tables: BTreeSet<String>,
    pub ids: BTreeSet<String>,
    /// True if the transaction purged a record, which cannot be undone.
    pub purged: bool,
}

/// Writes rows inside one open transaction; see `Db::write`.
pub struct Writer<'tx> {
    conn: &'tx Connection,
    hlc: String,
    device: &'tx str,
    source: WriteSource,
    now: DateTime<Utc>,
    committed: Committed,
}

impl<'tx> Writer<'tx> {
    pub(crate) fn new(conn: &'tx Connection, hlc: Hlc, device: &'tx str, source: WriteSource, now: DateTime<Utc>) -> Self {
        let hlc = hlc.to_string();
        let committed = Committed { hlc: hlc.clone(), source: Some(source), ..Committed::default() };
        Writer { conn, hlc, device, source, now, committed }
    }

    /// The transaction, for reads that must see this transaction's own writes.
    pub fn conn(&self) -> &Connection {
        self.conn
    }

    /// This transaction's clock and device: what undo and the import history name it by.
    pub fn txn_id(&self) -> (&str, &str) {
        (&self.hlc, self.device)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn now_text(&self) -> String {
        self.now.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// Creates or updates fields of one row; `updated_at` is set for you.
    pub fn set(&mut self, table: &Table, id: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
        let mut all: Vec<(&str, Value)> = fields.to_vec();
        all.push(("updated_at", Value::Text(self.now_text())));
        self.write_fields(table, id, &all)
    }

    /// Creates a row: like `set`, also stamping `created_at`. Fields left at their column default
    /// are written but not logged: a row that arrives elsewhere gets the same defaults, so the log
    /// (and sync) carries only what the new row says (an import writes half as many changes).
    /// A row that already exists (a derived id made again) logs every field: elsewhere its
    /// fields may not hold the defaults.
    pub fn create(&mut self, table: &Table, id: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
        let mut all: Vec<(&str, Value)> = fields.to_vec();
        let now = Value::Text(self.now_text());
        all.push(("created_at", now.clone()));
        all.push(("updated_at", now));
        let existed: bool = self
            .conn
            .prepare_cached(&format!("SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)", table.name))?
            .query_row([id], |r| r.get(0))?;
        changes::apply_row(self.conn, table, id, &all)?;
        let mut logged = Vec::with_capacity(all.len());
        for (col, value) in &all {
            if existed || !crate::defaults::is_default(self.conn, table, col, value)? {
                logged.push(self.log_row(table, id, col, value));
            }
        }
        changes::log(self.conn, &logged)?;
        self.committed.tables.insert(table.name.to_owned());
        self.committed.ids.insert(id.to_owned());
        Ok(())
    }

    /// Updates the live row `id`, or creates a new row when `id` is None; returns the row's id.
    pub fn save(&mut self, table: &Table, id: Option<&str>, fields: &[(&str, Value)]) -> Result<String, StoreError> {
        match id {
            Some(id) => {
                self.require_row(table, id, RowState::Live)?;
                self.set(table, id, fields)?;
                Ok(id.to_owned())
            }
            None => {
                let id = crate::new_id();
                self.create(table, &id, fields)?;
                Ok(id)
            }
        }
    }

    /// Moves a row to the Trash.
    pub fn soft_delete(&mut self, table: &Table, id: &str) -> Result<(), StoreError> {
        self.require_row(table, id, RowState::Any)?;
        self.write_fields(table, id, &[("deleted", Value::Integer(1)), ("deleted_at", Value::Text(self.now_text()))])
    }

    /// Brings a row back from the Trash.
    pub fn restore(&mut self, table: &Table, id: &str) -> Result<(), StoreError> {
        self.require_row(table, id, RowState::Any)?;
        self.write_fields(table, id, &[("deleted", Value::Integer(0)), ("deleted_at", Value::Null)])
    }

    /// Removes a trashed row for good; the purge itself is a logged change so replay and sync agree.
    /// A live row is refused: only what the user sees in the Trash can be purged.
    pub fn purge(&mut self, table: &Table, id: &str) -> Result<(), StoreError> {
        self.require_row(table, id, RowState::Trashed)?;
        self.committed.purged = true;
        self.write_fields(table, id, &[(PURGED, Value::Null)])
    }

    /// Writes exactly the given fields, logging each; the low-level step undo also uses.
    pub fn write_fields(&mut self, table: &Table, id: &str, fields: &[(&str, Value)]) -> Result<(), StoreError> {
        changes::apply_row(self.conn, table, id, fields)?;
        let logged: Vec<LogRow> = fields.iter().map(|(col, value)| self.log_row(table, id, col, value)).collect();
        changes::log(self.conn, &logged)?;
        self.committed.tables.insert(table.name.to_owned());
        self.committed.ids.insert(id.to_owned());
        Ok(())
    }

    fn log_row<'a>(&'a self, table: &'a Table, id: &'a str, col: &'a str, value: &'a Value) -> LogRow<'a> {
        LogRow { hlc: &self.hlc, device: self.device, source: self.source.as_str(), table: table.name, row_id: id, col, value }
    }

    /// Fails with NotFound unless row `id` exists in the wanted state.
    fn require_row(&self, table: &Table, id: &str, wanted: RowState) -> Result<(), StoreError> {
        let deleted: Option<bool> =
            self.conn.query_row(&format!("SELECT deleted FROM {} WHERE id = ?1", table.name), [id], |r| r.get(0)).optional()?;
        let found = match (wanted, deleted) {
            (_, None) => false,
            (RowState::Any, Some(_)) => true,
            (RowState::Live, Some(deleted)) => !deleted,
            (RowState::Trashed, Some(deleted)) => deleted,
        };
        if found {
            return Ok(());
        }
        let what = match wanted {
            RowState::Trashed => format!("{} in the Trash", table.kind_label),
            _ => table.kind_label.to_owned(),
        };
        Err(StoreError::NotFound { what })
    }

    pub(crate) fn finish(self) -> Committed {
        self.committed
    }
}
