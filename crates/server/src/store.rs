//! What the server keeps, behind one trait so that SQLite and PostgreSQL can hold it alike.
//! The server itself is stateless: every request reads and writes through a `Store`.

use std::sync::Weak;

use tandem_sync_protocol::{
    Change, Device, FileStatus, Member, PendingInvite, PullResponse, PushResponse, Role, SnapshotCursor, SnapshotPage,
};

use crate::pokes::Pokes;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} is already in use")]
    Taken(&'static str),
    #[error("this device belongs to another account")]
    DeviceOfAnother,
    #[error("a team needs at least one admin")]
    LastAdmin,
    /// A chunk of a file that does not start where the bytes the server has end.
    #[error("the server has {has} bytes of this file: send the next chunk from offset {has}")]
    FileOffset { has: u64 },
    /// A chunk of a file that declares another size than its first chunk did.
    #[error("this file was declared as {declared} bytes; send the same size with every chunk")]
    FileSize { declared: u64 },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Postgres(#[from] postgres::Error),
    #[error("stored data is damaged: {0}")]
    Damaged(String),
}

/// The signed-in device a request comes from, as its token names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub workspace_id: String,
    pub workspace_name: String,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub device_id: String,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct NewDevice {
    pub id: String,
    pub name: String,
    pub token_hash: Vec<u8>,
}

/// A user as sign-in needs it: the password hash to check, and who they are.
#[derive(Debug, Clone)]
pub struct StoredUser {
    pub id: String,
    pub workspace_id: String,
    pub password_hash: String,
}

#[derive(Debug, Clone)]
pub struct NewInvite {
    pub workspace_id: String,
    pub email: String,
    pub role: Role,
    pub code_hash: Vec<u8>,
    pub expires_at: String,
}

pub trait Store: Send + Sync + 'static {
    /// Creates a workspace whose first user (an admin) signs in with `device`.
    fn create_workspace(&self, id: &str, name: &str, admin: &NewUser, device: &NewDevice, now: &str) -> Result<Caller, StoreError>;
    fn user_by_email(&self, email: &str) -> Result<Option<StoredUser>, StoreError>;
    /// Signs `device` in for `user_id` (a device signing in again gets a new token).
    fn sign_in_device(&self, user_id: &str, device: &NewDevice, now: &str) -> Result<Caller, StoreError>;
    /// The device holding this token, unless it was revoked; notes when it was last seen.
    fn caller(&self, token_hash: &[u8], now: &str) -> Result<Option<Caller>, StoreError>;
    /// Revokes a device of `workspace_id`; false if it has no such device.
    fn revoke_device(&self, workspace_id: &str, device_id: &str, now: &str) -> Result<bool, StoreError>;
    fn members(&self, workspace_id: &str) -> Result<Vec<Member>, StoreError>;
    /// Gives member `user_id` of `workspace_id` a new role; false if there is no such member.
    /// Refuses (`LastAdmin`) to leave the team without an admin.
    fn set_role(&self, workspace_id: &str, user_id: &str, role: Role) -> Result<bool, StoreError>;
    /// The workspace's devices, or only `user_id`'s.
    fn devices(&self, workspace_id: &str, user_id: Option<&str>) -> Result<Vec<Device>, StoreError>;
    /// Records an invite; one not used yet for the same email in the workspace is replaced.
    fn create_invite(&self, invite: &NewInvite) -> Result<(), StoreError>;
    /// The workspace's invites not used yet and not expired at `now`, soonest to expire first.
    fn pending_invites(&self, workspace_id: &str, now: &str) -> Result<Vec<PendingInvite>, StoreError>;
    /// Withdraws an unused invite of `workspace_id` (`id`: its code's digest in hex); false if
    /// it has no such invite.
    fn cancel_invite(&self, workspace_id: &str, id: &str) -> Result<bool, StoreError>;
    /// Uses up an unexpired invite for `email` and creates its user and first device, in one
    /// transaction; None if there is no such invite.
    fn accept_invite(&self, code_hash: &[u8], user: &NewUser, device: &NewDevice, now: &str) -> Result<Option<Caller>, StoreError>;

    /// Numbers the changes the workspace has not seen (a retried push numbers nothing twice),
    /// keeps each field's winner, and returns the new head. Pushes to one workspace are
    /// serialized, so sequence numbers commit in order and a reader never sees a gap.
    fn push(&self, workspace_id: &str, changes: &[Change]) -> Result<PushResponse, StoreError>;
    /// The changes after `after` that fit in `limit`, oldest first, leaving out those private to
    /// anyone but the user `viewer`.
    fn pull(&self, workspace_id: &str, viewer: &str, after: i64, limit: PageLimit) -> Result<PullResponse, StoreError>;
    /// One page of the fields' winners `viewer` may see as of `as_of` (the head, when None), after `from`.
    fn snapshot(
        &self,
        workspace_id: &str,
        viewer: &str,
        as_of: Option<i64>,
        from: Option<&SnapshotCursor>,
        limit: PageLimit,
    ) -> Result<SnapshotPage, StoreError>;

    /// What the team holds of the library file `hash`, if anything.
    fn file_status(&self, workspace_id: &str, hash: &str) -> Result<Option<FileStatus>, StoreError>;
    /// Appends `bytes` at `offset` to the file `hash` of `size` bytes (created by its first
    /// chunk). Refuses an offset other than the bytes it has (`FileOffset`) and a size other than
    /// the first chunk declared (`FileSize`); chunks to one file are serialized. A complete file
    /// takes nothing more.
    fn append_file(
        &self,
        workspace_id: &str,
        hash: &str,
        size: u64,
        offset: u64,
        bytes: &[u8],
        now: &str,
    ) -> Result<FileStatus, StoreError>;
    /// Up to `max` bytes of the file from `offset`.
    fn read_file(&self, workspace_id: &str, hash: &str, offset: u64, max: usize) -> Result<Vec<u8>, StoreError>;
    /// Marks a file whose every byte arrived and was checked against its hash.
    fn complete_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError>;
    /// Forgets a file and its bytes (they did not match its hash).
    fn discard_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError>;

    /// Pokes `pokes`, for as long as they live, with the heads that other server instances
    /// sharing this store push (a store that only this process uses has nothing to add: its
    /// pushes poke through `sync_routes::push`). May block while it connects: call it off the
    /// async runtime.
    fn watch_heads(&self, pokes: Weak<Pokes>) -> Result<(), StoreError> {
        let _ = pokes;
        Ok(())
    }
}

/// Sizes and offsets are stored as 64-bit signed integers: at most `i64::MAX`, which no file reaches.
pub(crate) fn big(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// How much one pull or snapshot page may hold: changes, and bytes of their values as stored
/// (JSON), so that a page of long e-mail bodies or proposal sections stays a few megabytes in
/// the server's memory, on the wire and on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimit {
    pub changes: usize,
    pub value_bytes: usize,
}

/// Counts a page's bytes while its rows are read, in order: a row is taken while the values before
/// it add up to less than `PageLimit::value_bytes`, so the first always is. The rows after the cut
/// are never read (SQLite steps through its results, PostgreSQL fetches them in batches sized by
/// `rows_wanted`), so a page of long e-mail bodies costs what it holds, and a page of short ones
/// pays nothing for the check.
pub(crate) struct PageBytes {
    limit: PageLimit,
    taken: usize,
    bytes: usize,
    cut: bool,
}

impl PageBytes {
    pub(crate) fn new(limit: PageLimit) -> PageBytes {
        PageBytes { limit, taken: 0, bytes: 0, cut: false }
    }

    /// Whether the next row, with a value of `bytes`, belongs to the page.
    pub(crate) fn take(&mut self, bytes: usize) -> bool {
        if self.taken > 0 && self.bytes >= self.limit.value_bytes {
            self.cut = true;
            return false;
        }
        self.taken += 1;
        self.bytes += bytes;
        true
    }

    /// About how many more rows the page can take, for a store that fetches them in batches: what is
    /// left of its count, and of its bytes at the average value so far (a few at first, since one
    /// value may be megabytes). At least 1, so a batch never asks for "everything".
    pub(crate) fn rows_wanted(&self) -> usize {
        const FIRST: usize = 64;
        let left = self.limit.changes.saturating_sub(self.taken);
        let by_bytes = match self.bytes.checked_div(self.taken) {
            Some(average) => self.limit.value_bytes.saturating_sub(self.bytes) / average.max(1) + 1,
            None => FIRST,
        };
        left.min(by_bytes).max(1)
    }

    /// Whether more may follow the page: it holds as many rows as it could, or its bytes cut it short.
    pub(crate) fn more_may_follow(&self) -> bool {
        self.cut || (self.taken > 0 && self.taken >= self.limit.changes)
    }
}

/// How far a pull page looked: to its last change when more may follow, else to the head
/// (everything up to it was seen, including changes private to others that were left out).
fn scanned_to(page: &[tandem_sync_protocol::Numbered], counted: &PageBytes, head: i64) -> i64 {
    match page.last() {
        Some(last) if counted.more_may_follow() => last.seq,
        _ => head,
    }
}

/// The stamps of the changes numbered `after` and `scanned_to` (see `PullResponse`), read by
/// `SELECT seq, hlc || ' ' || device FROM changes WHERE workspace_id = … AND seq IN (after, scanned_to)`.
pub(crate) fn pull_response(
    changes: Vec<tandem_sync_protocol::Numbered>,
    counted: &PageBytes,
    head: i64,
    after: i64,
    stamps: impl FnOnce(i64) -> Result<Vec<(i64, String)>, StoreError>,
) -> Result<PullResponse, StoreError> {
    let scanned = scanned_to(&changes, counted, head);
    let stamps = stamps(scanned)?;
    let stamp_of = |seq: i64| stamps.iter().find(|(s, _)| *s == seq).map(|(_, stamp)| stamp.clone());
    Ok(PullResponse { after_stamp: stamp_of(after), scanned_stamp: stamp_of(scanned), scanned_to: scanned, changes, head })
}

/// Where the snapshot page after `page` starts: after its last field, when more may follow.
pub(crate) fn next_cursor(page: &[tandem_sync_protocol::Change], counted: &PageBytes) -> Option<SnapshotCursor> {
    let last = page.last().filter(|_| counted.more_may_follow())?;
    Some(SnapshotCursor { table: last.table.clone(), row_id: last.row_id.clone(), column: last.column.clone() })
}

#[cfg(test)]
mod tests {
    use super::{PageBytes, PageLimit};

    #[test]
    fn batches_are_sized_by_what_is_left_of_the_page() {
        let mut page = PageBytes::new(PageLimit { changes: 5_000, value_bytes: 1_000 });
        assert_eq!(page.rows_wanted(), 64, "a few at first: one value may be megabytes");
        assert!(page.take(50) && page.take(50));
        assert_eq!(page.rows_wanted(), 19, "900 bytes left at 50 a value, and one to cross the limit");
        assert!(page.take(950));
        assert_eq!(page.rows_wanted(), 1, "full: one more row, to find the cut");
        assert!(!page.take(1) && page.more_may_follow());

        let few = PageBytes::new(PageLimit { changes: 3, value_bytes: 1_000_000 });
        assert_eq!(few.rows_wanted(), 3);
        // Never 0, which a PostgreSQL portal reads as "every row".
        assert_eq!(PageBytes::new(PageLimit { changes: 0, value_bytes: 0 }).rows_wanted(), 1);
    }
}
