//! This device's identity and its persisted hybrid logical clock.

use rusqlite::{Connection, OptionalExtension};
use tandem_domain::hlc::Hlc;

use crate::StoreError;

/// Reads the device id, creating it (and the clock) on the very first start.
pub(crate) fn ensure_device(conn: &Connection) -> Result<String, StoreError> {
    let existing: Option<String> = conn.query_row("SELECT device_id FROM device", [], |r| r.get(0)).optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = uuid::Uuid::now_v7().to_string();
    conn.execute("INSERT INTO device (singleton, device_id, hlc) VALUES (1, ?1, ?2)", [&id, &Hlc::default().to_string()])?;
    Ok(id)
}

/// Advances the clock for a local transaction and persists it inside that transaction.
pub(crate) fn tick(conn: &Connection, now_ms: u64) -> Result<Hlc, StoreError> {
    let stored: String = conn.query_row("SELECT hlc FROM device", [], |r| r.get(0))?;
    let next = Hlc::parse(&stored)?.tick(now_ms);
    conn.execute("UPDATE device SET hlc = ?1", [next.to_string()])?;
    Ok(next)
}

/// Merges the newest timestamp received from another device into the persisted clock, so every
/// later local write is stamped after it (and wins over it); refuses one too far in the future.
pub(crate) fn observe(conn: &Connection, remote: Hlc, now_ms: u64) -> Result<Hlc, StoreError> {
    let stored: String = conn.query_row("SELECT hlc FROM device", [], |r| r.get(0))?;
    let next = Hlc::parse(&stored)?.observe(remote, now_ms)?;
    conn.execute("UPDATE device SET hlc = ?1", [next.to_string()])?;
    Ok(next)
}

/// Sets the persisted clock, e.g. back to now after it ran ahead (see `outbox::restamp_unsent`).
pub(crate) fn set(conn: &Connection, hlc: Hlc) -> Result<(), StoreError> {
    conn.execute("UPDATE device SET hlc = ?1", [hlc.to_string()])?;
    Ok(())
}

/// This device's id, as `ensure_device` made it.
pub(crate) fn device_id(conn: &Connection) -> Result<String, StoreError> {
    Ok(conn.query_row("SELECT device_id FROM device", [], |r| r.get(0))?)
}
