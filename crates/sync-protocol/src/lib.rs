//! The wire types of sync, shared by the client and the server so that the two cannot drift.
//!
//! Every request names `PROTOCOL` in the `Tandem-Protocol` header; a server answers a different
//! one with 426 "update needed" instead of guessing. Each change also carries the schema version
//! of the client that made it, so a client can keep changes to columns it does not know yet.

use serde::{Deserialize, Serialize};

mod value;
pub use value::FieldValue;

/// The version of this protocol. Bump it when a request or response changes shape.
pub const PROTOCOL: u32 = 1;
pub const PROTOCOL_HEADER: &str = "tandem-protocol";

/// One field written on one device: the client's change log row, as it travels.
/// `value` is JSON: null, a number (integer or real, as written), a string, or
/// `{"blob": "<base64>"}` for bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub hlc: String,
    pub device: String,
    pub table: String,
    pub row_id: String,
    /// A column of `table`, or `*` for a purge.
    pub column: String,
    pub value: serde_json::Value,
    /// The schema version (migration count) of the client that made the change.
    pub schema: u32,
    /// The user this change is private to (a private task's), or None for the whole team.
    /// The server sends it only to that user's devices, and takes it only from them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_to: Option<String>,
}

/// A change as the server numbered it: `seq` is its place in the workspace's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Numbered {
    pub seq: i64,
    #[serde(flatten)]
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushRequest {
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    /// Changes the server had not seen before, now numbered.
    pub accepted: usize,
    /// Changes it already had (a retried push): ignored.
    pub duplicates: usize,
    /// The workspace's newest sequence number after this push.
    pub head: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PullResponse {
    /// Changes after the asked-for sequence number, oldest first, without gaps.
    pub changes: Vec<Numbered>,
    /// The newest sequence number when the page was read; pull again while `changes` is full.
    pub head: i64,
    /// The last sequence number this page looked at: the next pull starts after it. Changes
    /// private to someone else are skipped, so it may lie beyond the last change returned.
    pub scanned_to: i64,
    /// The stamp (clock and device) of change number `after`, if there is one. A device compares
    /// it with the stamp it noted when it read that far: a server restored from an older backup
    /// numbers other changes there, or none, and the device then sends and reads everything again.
    #[serde(default)]
    pub after_stamp: Option<String>,
    /// The stamp of change number `scanned_to`, for the device to note beside its cursor.
    #[serde(default)]
    pub scanned_stamp: Option<String>,
}

/// One page of the server's current winner of every field, as of sequence number `as_of`.
/// A new device applies every page, then pulls the changes after `as_of`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SnapshotPage {
    pub as_of: i64,
    pub changes: Vec<Change>,
    /// Where the next page starts, or None after the last page.
    pub next: Option<SnapshotCursor>,
    /// On the first page, how many fields the snapshot holds (for a progress bar); None on
    /// later pages, which do not count again.
    pub total: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotCursor {
    pub table: String,
    pub row_id: String,
    pub column: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    /// Approves quotes above the discount limits (and sells).
    SalesManager,
    Marketer,
    Seller,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::SalesManager => "sales_manager",
            Role::Marketer => "marketer",
            Role::Seller => "seller",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        [Role::Admin, Role::SalesManager, Role::Marketer, Role::Seller].into_iter().find(|r| r.as_str() == text)
    }
}

/// Creates a team workspace with its first user, an admin.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CreateWorkspace {
    pub workspace_name: String,
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub device: DeviceIntro,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SignIn {
    pub email: String,
    pub password: String,
    pub device: DeviceIntro,
}

/// Accepts an invite: the one-time code an admin passed on, and the password chosen now.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AcceptInvite {
    pub email: String,
    pub code: String,
    pub display_name: String,
    pub password: String,
    pub device: DeviceIntro,
}

/// The device signing in: its id is the one its change log is stamped with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeviceIntro {
    pub id: String,
    pub name: String,
}

/// What a device learns when it signs in. The token is shown once: the server keeps its hash.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub workspace_id: String,
    pub workspace_name: String,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub device_id: String,
    pub name: String,
    pub email: String,
    pub created_at: String,
    pub last_seen_at: Option<String>,
    pub revoked: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoleChange {
    pub role: Role,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InviteRequest {
    pub email: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    pub email: String,
    pub role: Role,
    pub code: String,
    pub expires_at: String,
}

/// An invite nobody has used yet, as its team's admins see it: never its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingInvite {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub expires_at: String,
}

/// Library files travel by content hash (BLAKE3, 64 lowercase hex digits) in chunks of at most
/// this many bytes: `PUT /v1/files/{hash}?offset=N&size=S` appends one, so an upload cut off
/// anywhere resumes from what `GET /v1/files/{hash}` says the server has.
pub const MAX_FILE_CHUNK: usize = 4 * 1024 * 1024;

/// What the server holds of one library file of the caller's team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStatus {
    pub hash: String,
    /// The file's whole size, as declared by its first chunk.
    pub size: u64,
    /// How many bytes, from the start, the server has: the offset of the next chunk.
    pub received: u64,
    /// All bytes are there and their hash was checked: the file can be downloaded.
    pub complete: bool,
}

/// Every error the server returns: a stable code for programs, a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: ErrorCode,
    pub message: String,
    /// The input field the error is about, when there is one (e.g. "password").
    pub field: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Bad input; `field` names it.
    Invalid,
    /// Wrong email or password, or an unknown, expired or used invite code.
    BadCredentials,
    /// No token, or a token the server does not know or has revoked.
    Unauthorized,
    /// Signed in, but this user may not do this.
    Forbidden,
    /// A change stamped too far ahead of the server's clock: re-stamp and push again.
    ClockAhead,
    /// Client and server speak different protocol versions.
    UpdateNeeded,
    /// Already exists (e.g. an email already in use).
    Conflict,
    TooLarge,
    TooManyRequests,
    /// The server has no such thing for this team (e.g. a library file not uploaded yet).
    NotFound,
    Internal,
}
