//! Team sync's types at the boundary: the status, the account, signing in, the team's members,
//! devices and invites, and the workspaces kept aside.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where this device's sync stands, for the status indicator and Settings → Team sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// Not signed in to a team: this workspace lives on this device only.
    Off,
    Synced,
    Syncing,
    /// The server cannot be reached; changes wait and are sent when it can.
    Offline,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncRole {
    Admin,
    SalesManager,
    Marketer,
    Seller,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncAccount {
    pub server_url: String,
    pub workspace_id: String,
    pub workspace_name: String,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: SyncRole,
    pub device_id: String,
    pub device_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncStatus {
    pub account: Option<SyncAccount>,
    pub state: SyncState,
    /// RFC 3339.
    pub last_synced_at: Option<String>,
    /// Local edits (transactions) not yet acknowledged by the server.
    #[ts(type = "number")]
    pub pending: i64,
    pub error: Option<String>,
    /// How far the running pass is, when it has much to do (a new device reading the team's workspace).
    pub progress: Option<SyncProgress>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    Sending,
    /// Reading the team's workspace for the first time.
    Bootstrapping,
    Receiving,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    #[ts(type = "number")]
    pub done: i64,
    /// None when the total is not known (receiving what teammates changed).
    #[ts(type = "number | null")]
    pub total: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SignInInput {
    pub server_url: String,
    pub email: String,
    pub password: String,
    pub device_name: String,
    pub local_records: LocalRecords,
}

/// What happens to the records already on this device when it joins a team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LocalRecords {
    /// Merged into the team's workspace (and the team's records added here).
    Merge,
    /// Moved to a workspace of their own on this computer, opened in a window of its own; this
    /// device then holds only the team's records.
    KeepAside,
}

/// A workspace kept aside when this device joined a team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeptAsideWorkspace {
    /// The folder's name under the data folder's `kept-aside`.
    pub id: String,
    pub name: String,
    /// RFC 3339.
    pub kept_at: String,
    pub contacts: i64,
    pub companies: i64,
    pub deals: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CreateTeamInput {
    pub server_url: String,
    pub workspace_name: String,
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub device_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct JoinTeamInput {
    pub server_url: String,
    pub email: String,
    pub code: String,
    pub display_name: String,
    pub password: String,
    pub device_name: String,
    pub local_records: LocalRecords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamMember {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: SyncRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TeamDevice {
    pub device_id: String,
    pub name: String,
    pub email: String,
    pub created_at: String,
    pub last_seen_at: Option<String>,
    pub revoked: bool,
    pub this_device: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InviteInput {
    pub email: String,
    pub role: SyncRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Invite {
    pub email: String,
    pub role: SyncRole,
    pub code: String,
    pub expires_at: String,
}

/// An invite nobody has used yet (its code is never shown again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PendingInvite {
    pub id: String,
    pub email: String,
    pub role: SyncRole,
    pub expires_at: String,
}
