//! Which team this device syncs with, and how far it got: kept in the device's own local state
//! (never synced). The token is not here: it lives in the keychain (see `vault`).

use serde::{Deserialize, Serialize};
use tandem_store::{local_state, Db, WriteSource};
use tandem_sync_protocol::{Role, Session};

use crate::SyncError;

const ACCOUNT: &str = "sync_account";
/// The last of this device's change-log entries the server acknowledged.
pub const ACKED_SEQ: &str = "sync_acked_seq";
/// The last workspace sequence number this device pulled.
pub const PULLED_SEQ: &str = "sync_pulled_seq";
/// The stamp of the change at `PULLED_SEQ`, as the server gave it: if the server later numbers
/// another change there, it was restored from an older backup (see `PullResponse::after_stamp`).
pub const PULLED_STAMP: &str = "sync_pulled_stamp";
pub const LAST_SYNCED_AT: &str = "sync_last_synced_at";
/// Set once the team's workspace was read from a snapshot: later passes only pull.
pub const BOOTSTRAPPED: &str = "sync_bootstrapped";
/// A device that joined from a snapshot then reads the changes made before it (the values that
/// lost, who wrote what) for its records' history: read up to this sequence number so far…
pub const HISTORY_SEQ: &str = "sync_history_seq";
/// …of this one, the snapshot's.
pub const HISTORY_TO: &str = "sync_history_to";
/// The team workspace this device last synced with; kept after signing out.
const LAST_WORKSPACE: &str = "sync_last_workspace";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub server_url: String,
    pub workspace_id: String,
    pub workspace_name: String,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub device_id: String,
    pub device_name: String,
}

impl Account {
    pub fn of_session(server_url: &str, session: &Session, device_name: &str) -> Account {
        Account {
            server_url: server_url.to_owned(),
            workspace_id: session.workspace_id.clone(),
            workspace_name: session.workspace_name.clone(),
            user_id: session.user_id.clone(),
            email: session.email.clone(),
            display_name: session.display_name.clone(),
            role: session.role,
            device_id: session.device_id.clone(),
            device_name: device_name.to_owned(),
        }
    }

    /// The keychain entry's user name: one token per team and device.
    pub fn keychain_user(&self) -> String {
        format!("{}/{}", self.workspace_id, self.device_id)
    }
}

pub fn load(db: &Db) -> Result<Option<Account>, SyncError> {
    let Some(text) = db.read(|c| local_state::get(c, ACCOUNT))? else { return Ok(None) };
    serde_json::from_str(&text).map(Some).map_err(|e| SyncError::Protocol(format!("this device's sync settings are damaged: {e}")))
}

/// Remembers the account, starting every cursor from the beginning: the first pass sends
/// everything this device has and reads the team's workspace from a snapshot, and the passes
/// after it read that team's history from its first change (not from where another team's got).
pub fn save(db: &Db, account: &Account) -> Result<(), SyncError> {
    let text = serde_json::to_string(account).map_err(|e| SyncError::Protocol(e.to_string()))?;
    db.write(WriteSource::Background, |w| {
        local_state::set(w.conn(), ACCOUNT, &text)?;
        local_state::set(w.conn(), LAST_WORKSPACE, &account.workspace_id)?;
        local_state::set(w.conn(), ACKED_SEQ, "0")?;
        local_state::set(w.conn(), PULLED_SEQ, "0")?;
        local_state::set(w.conn(), PULLED_STAMP, "")?;
        local_state::set(w.conn(), LAST_SYNCED_AT, "")?;
        local_state::set(w.conn(), HISTORY_SEQ, "0")?;
        local_state::set(w.conn(), HISTORY_TO, "0")?;
        local_state::set(w.conn(), BOOTSTRAPPED, "")
    })?;
    Ok(())
}

/// Whether records this device received may be unknown to the team workspace `workspace_id`:
/// it last synced with another one (or with one an older version did not note).
pub fn received_elsewhere(db: &Db, workspace_id: &str) -> Result<bool, SyncError> {
    Ok(db.read(|c| local_state::get(c, LAST_WORKSPACE))?.as_deref() != Some(workspace_id))
}

/// The account in the saved text, if it can be read.
fn saved(text: Option<String>) -> Option<Account> {
    text.and_then(|text| serde_json::from_str(&text).ok())
}

pub fn forget(db: &Db) -> Result<(), SyncError> {
    db.write(WriteSource::Background, |w| {
        // Noted here too for an account saved by a version that did not note it at sign-in.
        if let Some(account) = saved(local_state::get(w.conn(), ACCOUNT)?) {
            local_state::set(w.conn(), LAST_WORKSPACE, &account.workspace_id)?;
        }
        for key in [ACCOUNT, ACKED_SEQ, PULLED_SEQ, PULLED_STAMP, LAST_SYNCED_AT, BOOTSTRAPPED, HISTORY_SEQ, HISTORY_TO] {
            w.conn().execute("DELETE FROM local_state WHERE key = ?1", [key])?;
        }
        Ok::<_, tandem_store::StoreError>(())
    })?;
    Ok(())
}

pub fn cursor(db: &Db, key: &str) -> Result<i64, SyncError> {
    Ok(db.read(|c| local_state::get(c, key))?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

/// Moves a pass's cursors, in one transaction with a check that the account the pass began for
/// (its `keychain_user`) is still this device's: after a sign-out and a sign-in to another team,
/// a late write from the old pass would make the new account skip that many changes.
pub fn advance(db: &Db, pass_of: &str, cursors: &[(&str, &str)]) -> Result<(), SyncError> {
    db.write(WriteSource::Background, |w| {
        if saved(local_state::get(w.conn(), ACCOUNT)?).is_none_or(|a| a.keychain_user() != pass_of) {
            return Err(SyncError::SignedOutDuringPass);
        }
        for (key, value) in cursors {
            local_state::set(w.conn(), key, value)?;
        }
        Ok(())
    })
    .map(|_| ())
}

pub fn set_state(db: &Db, key: &str, value: &str) -> Result<(), SyncError> {
    db.write(WriteSource::Background, |w| local_state::set(w.conn(), key, value))?;
    Ok(())
}

pub fn state(db: &Db, key: &str) -> Result<Option<String>, SyncError> {
    Ok(db.read(|c| local_state::get(c, key))?.filter(|v| !v.is_empty()))
}
