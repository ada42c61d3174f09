//! The workspace database: one writer connection behind `write`, a few readers behind `read`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use chrono::Utc;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::migrations::{self, Migration, MIGRATIONS};
use crate::remote_changes::{self, Applied, RemoteChange};
use crate::writer::{Committed, WriteSource, Writer};
use crate::{backups, changes, clock, outbox, StoreError};

pub struct OpenOptions {
    pub busy_timeout: Duration,
    pub migrations: &'static [Migration],
    /// How many automatic backups to keep.
    pub keep_backups: usize,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions { busy_timeout: Duration::from_secs(3), migrations: MIGRATIONS, keep_backups: 10 }
    }
}

pub struct Db {
    path: PathBuf,
    device_id: String,
    options: OpenOptions,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

impl Db {
    pub fn open(path: &Path) -> Result<Db, StoreError> {
        Db::open_with(path, OpenOptions::default())
    }

    /// Opens (or creates) the workspace at `path`, backing it up before any migration.
    pub fn open_with(path: &Path, options: OpenOptions) -> Result<Db, StoreError> {
        if path.is_dir() {
            return Err(StoreError::Unreadable { path: path.to_owned(), detail: "it is a folder, not a file".into() });
        }
        let classify = |e: rusqlite::Error| StoreError::classify(e, path);
        let known = options.migrations.len() as i64;
        if path.exists() {
            // Look before touching: switching to WAL below rewrites the header of a file we may refuse.
            let probe =
                Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(classify)?;
            probe.busy_timeout(options.busy_timeout).map_err(classify)?;
            let found = migrations::version(&probe).map_err(classify)?;
            if found > known {
                return Err(StoreError::TooNew { path: path.to_owned(), found, known });
            }
        }
        let mut writer = connect(path, &options, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE).map_err(classify)?;
        let found = migrations::version(&writer).map_err(classify)?;
        if found > known {
            return Err(StoreError::TooNew { path: path.to_owned(), found, known });
        }
        let mut backup_note = "(no backup needed: the workspace was new)".to_owned();
        if found > 0 && found < known {
            let made = backups::create(&writer, path, "pre-migration", Some(options.keep_backups))?;
            backup_note = made.path.display().to_string();
        }
        migrations::migrate(&mut writer, options.migrations, &backup_note).map_err(|e| match e {
            StoreError::Sqlite(e) => classify(e),
            other => other,
        })?;
        let device_id = {
            let tx = writer.transaction_with_behavior(TransactionBehavior::Immediate).map_err(classify)?;
            let id = clock::ensure_device(&tx)?;
            tx.commit()?;
            id
        };
        Ok(Db { path: path.to_owned(), device_id, options, writer: Mutex::new(writer), readers: Mutex::new(Vec::new()) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    pub fn keep_backups(&self) -> usize {
        self.options.keep_backups
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction with a fresh clock tick; commits if it returns Ok.
    pub fn write<T, E: From<StoreError>>(
        &self,
        source: WriteSource,
        f: impl FnOnce(&mut Writer) -> Result<T, E>,
    ) -> Result<(T, Committed), E> {
        self.immediate_transaction(|tx| {
            let now = Utc::now();
            let hlc = clock::tick(tx, now.timestamp_millis().max(0) as u64)?;
            let logged_after = changes::change_mark(tx)?;
            let mut writer = Writer::new(tx, hlc, &self.device_id, source, now);
            let out = f(&mut writer)?;
            let committed = writer.finish();
            changes::note_local_transaction(tx, &committed.hlc, &self.device_id, logged_after)?;
            Ok((out, committed))
        })
    }

    /// Applies changes received from other devices in one `BEGIN IMMEDIATE` transaction:
    /// last writer wins per field, every new change is logged with source "sync" (see
    /// `remote_changes`). A batch naming an unknown table or column, or stamped too far in the
    /// future, is refused whole.
    pub fn apply_remote(&self, changes: &[RemoteChange]) -> Result<Applied, StoreError> {
        self.immediate_transaction(|tx| remote_changes::apply(tx, changes, now_ms()))
    }

    /// Like `apply_remote`, but keeps the changes naming a table or column this version does not
    /// know (a newer Tandem made them) instead of refusing the batch; `unpark` applies them later.
    pub fn receive(&self, changes: &[RemoteChange]) -> Result<outbox::Received, StoreError> {
        self.immediate_transaction(|tx| outbox::receive(tx, changes, now_ms()))
    }

    /// Applies the kept changes this version now knows; call after an update.
    pub fn unpark(&self) -> Result<Applied, StoreError> {
        self.immediate_transaction(|tx| outbox::unpark(tx, now_ms()))
    }

    /// Makes every field's current value, where another device wrote it, this device's to send:
    /// for a device that joins another team with its records merged in, whose server has never
    /// seen what the first team's devices wrote. Returns how many fields.
    pub fn adopt_received(&self) -> Result<usize, StoreError> {
        self.immediate_transaction(|tx| outbox::adopt_received(tx, &self.device_id))
    }

    /// Re-stamps this device's changes after `after_seq` from a clock restarted at now (the server
    /// refused them as too far in the future); returns how many transactions were re-stamped.
    pub fn restamp_unsent(&self, after_seq: i64) -> Result<usize, StoreError> {
        self.immediate_transaction(|tx| outbox::restamp_unsent(tx, &self.device_id, after_seq, now_ms()))
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction on the writer connection; commits if it returns Ok.
    fn immediate_transaction<T, E: From<StoreError>>(&self, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E> {
        let mut conn = self.writer.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| StoreError::classify(e, &self.path))?;
        let out = f(&tx)?;
        tx.commit().map_err(|e| StoreError::classify(e, &self.path))?;
        Ok(out)
    }

    /// Runs `f` on a read-only connection from the pool.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => self.open_reader()?,
        };
        let out = f(&conn);
        self.readers.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
        out
    }

    /// A separate read-only connection, e.g. for watching what other processes commit.
    pub fn open_reader(&self) -> Result<Connection, StoreError> {
        let conn =
            connect(&self.path, &self.options, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(|e| StoreError::classify(e, &self.path))?;
        conn.pragma_update(None, "query_only", true)?;
        conn.pragma_update(None, "mmap_size", 268_435_456)?;
        Ok(conn)
    }

    /// Runs `f` with the writer connection held, outside any transaction (backups, export).
    pub(crate) fn with_writer<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut conn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut conn)
    }

    pub(crate) fn migrations(&self) -> &'static [Migration] {
        self.options.migrations
    }
}

fn connect(path: &Path, options: &OpenOptions, flags: OpenFlags) -> Result<Connection, rusqlite::Error> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(options.busy_timeout)?;
    // Every repository caches its statements; the default 16 would evict them on each import row.
    conn.set_prepared_statement_cache_capacity(256);
    // A large import is one transaction; a 64 MiB page cache keeps it from spilling to the WAL midway.
    conn.pragma_update(None, "cache_size", -65_536)?;
    // The first statement that reads the file: a damaged or foreign file fails here.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Statement journals (an upsert with triggers keeps one per statement) stay in memory instead
    // of spilling to a temporary file: an import's writes were a tenth system calls.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

fn now_ms() -> u64 {
    Utc::now().timestamp_millis().max(0) as u64
}
