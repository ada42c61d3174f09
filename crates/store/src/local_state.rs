//! Per-device settings that never sync: whether setup ran, which member is this device's user.

use rusqlite::{Connection, OptionalExtension};

use crate::StoreError;

pub const SETUP_DONE: &str = "setup_done";
pub const PROFILE_MEMBER: &str = "profile_member_id";
/// "0" when closing the window quits Tandem instead of leaving it in the tray.
pub const KEEP_IN_TRAY: &str = "keep_running_in_tray";
/// "1" while the open tasks are kept in a calendar file on disk.
pub const CALENDAR_FILE: &str = "calendar_file";
/// The library collections whose files this device keeps, as a JSON array of ids.
pub const OFFLINE_COLLECTIONS: &str = "offline_collections";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT value FROM local_state WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Called inside a write transaction (`writer.conn()`), so it commits with the change it belongs to.
pub fn set(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO local_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
