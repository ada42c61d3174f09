//! Keeping a workspace aside: its records go to a database of their own, and this one starts
//! empty, keeping only what belongs to the device (its id, clock and per-device settings). A
//! device that joins a team without merging its own records in does this first.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::backups::copy_all;
use crate::local_state::{self, CALENDAR_FILE, KEEP_IN_TRAY, SETUP_DONE};
use crate::{migrations, Db, StoreError};

/// Per-device settings that stay with the emptied workspace.
const DEVICE_KEYS: [&str; 3] = [SETUP_DONE, KEEP_IN_TRAY, CALENDAR_FILE];
/// When a kept-aside copy was made (RFC 3339), written into the copy.
pub const KEPT_ASIDE_AT: &str = "kept_aside_at";

impl Db {
    /// Writes the whole workspace to `dest` (a new file), then empties this one; both in one hold
    /// of the writer, so no change lands between them. The copy gets a device id of its own: if it
    /// ever syncs too, its changes and this device's can never carry the same stamp.
    pub fn set_aside(&self, dest: &Path, kept_at: &str) -> Result<(), StoreError> {
        self.with_writer(|conn| {
            // The writer's lock holds off this process; another (the CLI) could still commit
            // between the copy and the emptying, and its change would be in neither.
            let version_before = data_version(conn)?;
            copy_to_new_file(self.path(), dest, kept_at)?;
            let empty = empty_like(conn, self.migrations())?;
            if data_version(conn)? != version_before {
                let _ = std::fs::remove_file(dest);
                return Err(StoreError::Io(std::io::Error::other(
                    "another program changed the workspace while it was being kept aside; nothing was moved, try again",
                )));
            }
            // One step of the backup API: the emptied workspace appears whole or not at all.
            copy_all(&empty, conn)?;
            tracing::info!(dest = %dest.display(), "workspace kept aside; this one starts empty");
            Ok(())
        })
    }
}

fn copy_to_new_file(source: &Path, dest: &Path, kept_at: &str) -> Result<(), StoreError> {
    if dest.exists() {
        return Err(StoreError::Io(std::io::Error::new(std::io::ErrorKind::AlreadyExists, format!("{} already exists", dest.display()))));
    }
    // Written under a temporary name and renamed when complete: a copy cut short is never listed.
    let partial = dest.with_extension("db.partial");
    let _ = std::fs::remove_file(&partial);
    // From a plain read-only connection: from the writer's (its 64 MiB cache and settings),
    // VACUUM INTO took twice as long (15 s against 7.6 s at 100k contacts).
    let reader = Connection::open_with_flags(source, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    reader.execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
    drop(reader);
    let copy = Connection::open(&partial)?;
    copy.execute("UPDATE device SET device_id = ?1", [uuid::Uuid::now_v7().to_string()])?;
    local_state::set(&copy, KEPT_ASIDE_AT, kept_at)?;
    // Opened beside the team's workspace, it must not write the same calendar file, and
    // closing its window quits it rather than leaving a second Tandem in the tray.
    copy.execute("DELETE FROM local_state WHERE key = ?1", [CALENDAR_FILE])?;
    local_state::set(&copy, KEEP_IN_TRAY, "0")?;
    drop(copy);
    std::fs::rename(&partial, dest)?;
    Ok(())
}

/// A new, empty database at the current schema holding this device's id, clock and settings.
fn empty_like(conn: &Connection, all: &[migrations::Migration]) -> Result<Connection, StoreError> {
    let mut empty = Connection::open_in_memory()?;
    // The backup API into a WAL database needs the same page size on both sides.
    let page_size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    empty.pragma_update(None, "page_size", page_size)?;
    migrations::migrate(&mut empty, all, "(a new, empty workspace)")?;
    let (device_id, hlc): (String, String) = conn.query_row("SELECT device_id, hlc FROM device", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    empty.execute("INSERT INTO device (singleton, device_id, hlc) VALUES (1, ?1, ?2)", [&device_id, &hlc])?;
    for key in DEVICE_KEYS {
        if let Some(value) = local_state::get(conn, key)? {
            local_state::set(&empty, key, &value)?;
        }
    }
    Ok(empty)
}

fn data_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
}
