//! Rolling backups with SQLite's online backup API, and restoring one into the live database.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::backup::{Backup as SqliteBackup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::{migrations, Db, StoreError};

/// A backup file in the workspace's backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    pub name: String,
    pub path: PathBuf,
    pub created_at: DateTime<Utc>,
    pub reason: String,
    pub size_bytes: u64,
}

/// Copies every page in one step (a consistent snapshot), waiting briefly while the source is busy.
pub(crate) fn copy_all(source: &Connection, dest: &mut Connection) -> Result<(), StoreError> {
    let backup = SqliteBackup::new(source, dest)?;
    for _ in 0..2_000 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    Err(StoreError::Locked { path: PathBuf::from("the backup source") })
}

pub fn backup_dir(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Copies the database at `conn` to a new timestamped file and keeps only the newest `keep`.
/// `keep: None` prunes nothing (a restore must not prune away the backup it is about to read).
pub(crate) fn create(conn: &Connection, db_path: &Path, reason: &str, keep: Option<usize>) -> Result<BackupFile, StoreError> {
    let dir = backup_dir(db_path);
    std::fs::create_dir_all(&dir)?;
    // Names sort by time: never before the newest backup (a clock once set ahead), never a clash.
    let newest = list(db_path)?.first().map(|b| b.created_at);
    let mut stamp = newest.map_or(Utc::now(), |n| Utc::now().max(n + chrono::Duration::milliseconds(1)));
    let mut name = format!("tandem-{}-{reason}.db", stamp.format("%Y%m%dT%H%M%S%3fZ"));
    while dir.join(&name).exists() {
        stamp += chrono::Duration::milliseconds(1);
        name = format!("tandem-{}-{reason}.db", stamp.format("%Y%m%dT%H%M%S%3fZ"));
    }
    let path = dir.join(&name);
    // Written under a temporary name and renamed when complete: a backup cut short by a crash
    // or exit is never listed, offered or restored.
    let partial = dir.join(format!("{name}.partial"));
    remove_abandoned_partials(&dir);
    let mut dest = Connection::open(&partial)?;
    // One step: a consistent snapshot, never restarted by a concurrent writer.
    copy_all(conn, &mut dest)?;
    // A standalone file: no -wal/-shm companions left beside it when it is opened later.
    let _mode: String = dest.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    drop(dest);
    std::fs::rename(&partial, &path)?;
    if let Some(keep) = keep {
        prune(&dir, keep)?;
    }
    tracing::info!(backup = %path.display(), reason, "backup written");
    describe(&path).ok_or_else(|| StoreError::NotFound { what: format!("Backup {name}") })
}

/// Deletes partial backups left by a process that stopped mid-copy (older than an hour, so a
/// backup still being written by another thread is left alone).
fn remove_abandoned_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.filter_map(|e| e.ok()) {
        let abandoned = entry.path().extension().is_some_and(|ext| ext == "partial")
            && entry.metadata().and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().unwrap_or_default() > Duration::from_secs(3600));
        if abandoned {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The backups on disk, newest first.
pub fn list(db_path: &Path) -> Result<Vec<BackupFile>, StoreError> {
    let dir = backup_dir(db_path);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut out: Vec<BackupFile> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok()).filter_map(|e| describe(&e.path())).collect();
    out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.name.cmp(&a.name)));
    Ok(out)
}

fn find(db_path: &Path, name: &str) -> Result<BackupFile, StoreError> {
    list(db_path)?.into_iter().find(|b| b.name == name).ok_or_else(|| StoreError::NotFound { what: format!("Backup {name}") })
}

fn describe(path: &Path) -> Option<BackupFile> {
    let name = path.file_name()?.to_str()?.to_owned();
    let stem = name.strip_prefix("tandem-")?.strip_suffix(".db")?;
    let (stamp, reason) = stem.split_once('-')?;
    let created_at = NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%3fZ").ok()?.and_utc();
    let size_bytes = std::fs::metadata(path).ok()?.len();
    Some(BackupFile { name: name.clone(), path: path.to_owned(), created_at, reason: reason.to_owned(), size_bytes })
}

fn prune(dir: &Path, keep: usize) -> Result<(), StoreError> {
    let mut files: Vec<BackupFile> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).filter_map(|e| describe(&e.path())).collect();
    files.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.name.cmp(&a.name)));
    for old in files.into_iter().skip(keep) {
        std::fs::remove_file(&old.path)?;
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", old.path.display()));
        }
    }
    Ok(())
}

impl Db {
    /// Backs up from a reader connection, so writes are not held up while the copy runs.
    pub fn backup_now(&self, reason: &str) -> Result<BackupFile, StoreError> {
        create(&self.open_reader()?, self.path(), reason, Some(self.keep_backups()))
    }

    /// Makes a daily backup unless one was made in the last 24 hours or nothing was ever written.
    pub fn backup_if_due(&self) -> Result<Option<BackupFile>, StoreError> {
        let empty: bool = self.read(|conn| Ok(conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM changes)", [], |r| r.get(0))?))?;
        if empty {
            return Ok(None);
        }
        let newest = list(self.path())?.into_iter().next();
        // A backup dated in the future (a clock once set ahead) does not count as recent.
        let now = Utc::now();
        if newest.is_some_and(|b| b.created_at <= now && now - b.created_at < chrono::Duration::hours(24)) {
            return Ok(None);
        }
        self.backup_now("daily").map(Some)
    }

    /// Replaces the live database with the backup named `name`, after backing up the current state.
    pub fn restore_backup(&self, name: &str) -> Result<BackupFile, StoreError> {
        let source = find(self.path(), name)?;
        let safety = create(&self.open_reader()?, self.path(), "pre-restore", None)?;
        self.with_writer(|conn| {
            let clock_before: String = conn.query_row("SELECT hlc FROM device", [], |r| r.get(0))?;
            let src = Connection::open_with_flags(&source.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            copy_all(&src, conn)?;
            // An older backup may predate a migration; its clock must not run backwards either.
            migrations::migrate(conn, self.migrations(), &safety.path.display().to_string())?;
            conn.execute("UPDATE device SET hlc = max(hlc, ?1)", [clock_before])?;
            Ok(())
        })?;
        prune(&backup_dir(self.path()), self.keep_backups())?;
        tracing::info!(backup = name, "backup restored");
        Ok(source)
    }

    /// Writes a compact copy of the whole database to `dest` (which must not exist).
    pub fn copy_to(&self, dest: &Path) -> Result<(), StoreError> {
        self.with_writer(|conn| {
            conn.execute("VACUUM INTO ?1", [dest.to_string_lossy()])?;
            Ok(())
        })
    }
}

/// Recovers a workspace that cannot be opened: the damaged file (and its WAL) is moved aside —
/// never deleted — and a copy of backup `name` takes its place. Returns where the damaged file went.
pub fn replace_damaged(db_path: &Path, name: &str) -> Result<PathBuf, StoreError> {
    let source = find(db_path, name)?;
    let stamp = Utc::now().format("%Y%m%dT%H%M%S%3fZ");
    let file_name = db_path.file_name().and_then(|n| n.to_str()).unwrap_or("tandem.db");
    let aside = db_path.with_file_name(format!("{file_name}.damaged-{stamp}"));
    // The WAL and shared memory go first: a stray WAL must never meet the restored file.
    for suffix in ["-wal", "-shm"] {
        let side = db_path.with_file_name(format!("{file_name}{suffix}"));
        if side.exists() {
            std::fs::rename(
                &side,
                aside.with_file_name(format!("{}{suffix}", aside.file_name().and_then(|n| n.to_str()).unwrap_or_default())),
            )?;
        }
    }
    // Copied beside it, flushed, then renamed into place: a crash never leaves half a database.
    let incoming = db_path.with_file_name(format!("{file_name}.restoring"));
    std::fs::copy(&source.path, &incoming)?;
    std::fs::File::open(&incoming)?.sync_all()?;
    if db_path.exists() {
        std::fs::rename(db_path, &aside)?;
    }
    std::fs::rename(&incoming, db_path)?;
    tracing::warn!(damaged = %aside.display(), backup = name, "damaged workspace replaced by a backup");
    Ok(aside)
}
