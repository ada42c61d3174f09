//! The default store: one SQLite file. Pushes take the single writer connection in a
//! `BEGIN IMMEDIATE` transaction, so they are serialized and sequence numbers commit in order;
//! pulls read in WAL snapshots from a small pool and so never see half a push.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use tandem_sync_protocol::{
    Change, Device, FileStatus, Member, Numbered, PendingInvite, PullResponse, PushResponse, Role, SnapshotCursor, SnapshotPage,
};

use crate::store::{big, Caller, NewDevice, NewInvite, NewUser, PageBytes, PageLimit, Store, StoreError, StoredUser};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS workspaces (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    head INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_seen_at TEXT,
    revoked_at TEXT
);
CREATE TABLE IF NOT EXISTS invites (
    code_hash BLOB PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE TABLE IF NOT EXISTS changes (
    workspace_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    value TEXT NOT NULL,
    schema INTEGER NOT NULL,
    private_to TEXT,
    PRIMARY KEY (workspace_id, seq),
    UNIQUE (workspace_id, hlc, device, tbl, row_id, col)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS winners (
    workspace_id TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc TEXT NOT NULL,
    device TEXT NOT NULL,
    value TEXT NOT NULL,
    schema INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    private_to TEXT,
    PRIMARY KEY (workspace_id, tbl, row_id, col)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, hash)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS file_chunks (
    workspace_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    pos INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (workspace_id, hash, pos)
);
";

pub struct SqliteStore {
    path: std::path::PathBuf,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
}

impl SqliteStore {
    /// Opens (or creates) `server.db` in `dir`.
    pub fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Damaged(format!("cannot create {}: {e}", dir.display())))?;
        let path = dir.join("server.db");
        let writer = connect(&path)?;
        writer.execute_batch(SCHEMA)?;
        Ok(SqliteStore { path, writer: Mutex::new(writer), readers: Mutex::new(Vec::new()) })
    }

    fn write<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let mut conn = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` in one read transaction, so that everything it reads is from the same moment.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let mut conn = match pooled {
            Some(conn) => conn,
            None => connect(&self.path)?,
        };
        let out = {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
            let out = f(&tx);
            tx.finish()?;
            out
        };
        self.readers.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
        out
    }
}

fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
    Ok(conn)
}

fn role_of(text: String) -> Result<Role, rusqlite::Error> {
    Role::parse(&text)
        .ok_or_else(|| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("unknown role {text}").into()))
}

fn caller_of_device(conn: &Connection, device_id: &str) -> Result<Caller, StoreError> {
    Ok(conn.query_row(
        "SELECT w.id, w.name, u.id, u.email, u.display_name, u.role, d.id
         FROM devices d JOIN users u ON u.id = d.user_id JOIN workspaces w ON w.id = u.workspace_id WHERE d.id = ?1",
        [device_id],
        |r| {
            Ok(Caller {
                workspace_id: r.get(0)?,
                workspace_name: r.get(1)?,
                user_id: r.get(2)?,
                email: r.get(3)?,
                display_name: r.get(4)?,
                role: role_of(r.get(5)?)?,
                device_id: r.get(6)?,
            })
        },
    )?)
}

fn insert_user(conn: &Connection, workspace_id: &str, user: &NewUser, now: &str) -> Result<(), StoreError> {
    let taken: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM users WHERE email = ?1)", [&user.email], |r| r.get(0))?;
    if taken {
        return Err(StoreError::Taken("this email"));
    }
    conn.execute(
        "INSERT INTO users (id, workspace_id, email, display_name, role, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![user.id, workspace_id, user.email, user.display_name, user.role.as_str(), user.password_hash, now],
    )?;
    Ok(())
}

/// Adds the device, or gives a device signing in again a fresh token (and lifts a revocation:
/// the password was just checked).
fn upsert_device(conn: &Connection, user_id: &str, device: &NewDevice, now: &str) -> Result<(), StoreError> {
    let owner: Option<String> = conn.query_row("SELECT user_id FROM devices WHERE id = ?1", [&device.id], |r| r.get(0)).optional()?;
    match owner {
        Some(owner) if owner != user_id => Err(StoreError::DeviceOfAnother),
        Some(_) => {
            conn.execute(
                "UPDATE devices SET name = ?2, token_hash = ?3, revoked_at = NULL, last_seen_at = ?4 WHERE id = ?1",
                params![device.id, device.name, device.token_hash, now],
            )?;
            Ok(())
        }
        None => {
            conn.execute(
                "INSERT INTO devices (id, user_id, name, token_hash, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![device.id, user_id, device.name, device.token_hash, now],
            )?;
            Ok(())
        }
    }
}

/// The bytes of a row's stored value (JSON text), read without copying it.
fn value_bytes(r: &rusqlite::Row<'_>, at: usize) -> Result<usize, rusqlite::Error> {
    Ok(r.get_ref(at)?.as_bytes().map_or(0, <[u8]>::len))
}

fn change_of(r: &rusqlite::Row<'_>, offset: usize) -> Result<Change, rusqlite::Error> {
    let value: String = r.get(offset + 5)?;
    Ok(Change {
        hlc: r.get(offset)?,
        device: r.get(offset + 1)?,
        table: r.get(offset + 2)?,
        row_id: r.get(offset + 3)?,
        column: r.get(offset + 4)?,
        value: serde_json::from_str(&value)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(offset + 5, rusqlite::types::Type::Text, e.into()))?,
        schema: r.get(offset + 6)?,
        private_to: r.get(offset + 7)?,
    })
}

fn file_status_in(conn: &Connection, workspace_id: &str, hash: &str) -> Result<Option<FileStatus>, StoreError> {
    Ok(conn
        .query_row("SELECT size, received, complete FROM files WHERE workspace_id = ?1 AND hash = ?2", params![workspace_id, hash], |r| {
            let (size, received): (i64, i64) = (r.get(0)?, r.get(1)?);
            Ok(FileStatus { hash: hash.to_owned(), size: size.max(0) as u64, received: received.max(0) as u64, complete: r.get(2)? })
        })
        .optional()?)
}

impl Store for SqliteStore {
    fn create_workspace(&self, id: &str, name: &str, admin: &NewUser, device: &NewDevice, now: &str) -> Result<Caller, StoreError> {
        self.write(|conn| {
            conn.execute("INSERT INTO workspaces (id, name, created_at) VALUES (?1, ?2, ?3)", params![id, name, now])?;
            insert_user(conn, id, admin, now)?;
            upsert_device(conn, &admin.id, device, now)?;
            caller_of_device(conn, &device.id)
        })
    }

    fn user_by_email(&self, email: &str) -> Result<Option<StoredUser>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .query_row("SELECT id, workspace_id, password_hash FROM users WHERE email = ?1", [email], |r| {
                    Ok(StoredUser { id: r.get(0)?, workspace_id: r.get(1)?, password_hash: r.get(2)? })
                })
                .optional()?)
        })
    }

    fn sign_in_device(&self, user_id: &str, device: &NewDevice, now: &str) -> Result<Caller, StoreError> {
        self.write(|conn| {
            upsert_device(conn, user_id, device, now)?;
            caller_of_device(conn, &device.id)
        })
    }

    fn caller(&self, token_hash: &[u8], now: &str) -> Result<Option<Caller>, StoreError> {
        // Seen-at is for the admin's device list: minute precision is plenty, so most requests
        // only read, and do not wait behind pushes for the single writer.
        let minute = &now[..now.len().min(16)];
        let found: Option<(Caller, bool)> = self.read(|conn| {
            let device: Option<(String, bool)> = conn
                .query_row(
                    "SELECT id, last_seen_at IS NULL OR substr(last_seen_at, 1, 16) < ?2 FROM devices WHERE token_hash = ?1 AND revoked_at IS NULL",
                    params![token_hash, minute],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            device.map(|(id, stale)| Ok((caller_of_device(conn, &id)?, stale))).transpose()
        })?;
        let Some((caller, stale)) = found else { return Ok(None) };
        if stale {
            self.write(|conn| {
                conn.execute("UPDATE devices SET last_seen_at = ?2 WHERE id = ?1", params![caller.device_id, now])?;
                Ok(())
            })?;
        }
        Ok(Some(caller))
    }

    fn revoke_device(&self, workspace_id: &str, device_id: &str, now: &str) -> Result<bool, StoreError> {
        self.write(|conn| {
            let n = conn.execute(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, ?3)
                 WHERE id = ?1 AND user_id IN (SELECT id FROM users WHERE workspace_id = ?2)",
                params![device_id, workspace_id, now],
            )?;
            Ok(n == 1)
        })
    }

    fn members(&self, workspace_id: &str) -> Result<Vec<Member>, StoreError> {
        self.read(|conn| {
            let mut stmt =
                conn.prepare("SELECT id, email, display_name, role FROM users WHERE workspace_id = ?1 ORDER BY display_name, email")?;
            let rows = stmt.query_map([workspace_id], |r| {
                Ok(Member { user_id: r.get(0)?, email: r.get(1)?, display_name: r.get(2)?, role: role_of(r.get(3)?)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn set_role(&self, workspace_id: &str, user_id: &str, role: Role) -> Result<bool, StoreError> {
        self.write(|conn| {
            let changed = conn
                .execute("UPDATE users SET role = ?3 WHERE id = ?2 AND workspace_id = ?1", params![workspace_id, user_id, role.as_str()])?;
            let admins: i64 =
                conn.query_row("SELECT count(*) FROM users WHERE workspace_id = ?1 AND role = 'admin'", [workspace_id], |r| r.get(0))?;
            // Returning the error rolls the change back.
            if admins == 0 {
                return Err(StoreError::LastAdmin);
            }
            Ok(changed == 1)
        })
    }

    fn devices(&self, workspace_id: &str, user_id: Option<&str>) -> Result<Vec<Device>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT d.id, d.name, u.email, d.created_at, d.last_seen_at, d.revoked_at IS NOT NULL
                 FROM devices d JOIN users u ON u.id = d.user_id
                 WHERE u.workspace_id = ?1 AND (?2 IS NULL OR u.id = ?2)
                 ORDER BY d.revoked_at IS NOT NULL, u.email, d.name",
            )?;
            let rows = stmt.query_map(params![workspace_id, user_id], |r| {
                Ok(Device {
                    device_id: r.get(0)?,
                    name: r.get(1)?,
                    email: r.get(2)?,
                    created_at: r.get(3)?,
                    last_seen_at: r.get(4)?,
                    revoked: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn create_invite(&self, invite: &NewInvite) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute(
                "DELETE FROM invites WHERE workspace_id = ?1 AND email = ?2 AND used_at IS NULL",
                params![invite.workspace_id, invite.email],
            )?;
            conn.execute(
                "INSERT INTO invites (code_hash, workspace_id, email, role, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![invite.code_hash, invite.workspace_id, invite.email, invite.role.as_str(), invite.expires_at],
            )?;
            Ok(())
        })
    }

    fn pending_invites(&self, workspace_id: &str, now: &str) -> Result<Vec<PendingInvite>, StoreError> {
        self.read(|conn| {
            let mut stmt = conn.prepare(
                "SELECT lower(hex(code_hash)), email, role, expires_at FROM invites
                 WHERE workspace_id = ?1 AND used_at IS NULL AND expires_at > ?2 ORDER BY expires_at, email",
            )?;
            let rows = stmt.query_map(params![workspace_id, now], |r| {
                Ok(PendingInvite { id: r.get(0)?, email: r.get(1)?, role: role_of(r.get(2)?)?, expires_at: r.get(3)? })
            })?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    fn cancel_invite(&self, workspace_id: &str, id: &str) -> Result<bool, StoreError> {
        self.write(|conn| {
            let n = conn.execute(
                "DELETE FROM invites WHERE workspace_id = ?1 AND lower(hex(code_hash)) = lower(?2) AND used_at IS NULL",
                params![workspace_id, id],
            )?;
            Ok(n == 1)
        })
    }

    fn accept_invite(&self, code_hash: &[u8], user: &NewUser, device: &NewDevice, now: &str) -> Result<Option<Caller>, StoreError> {
        self.write(|conn| {
            let invite: Option<(String, String)> = conn
                .query_row(
                    "SELECT workspace_id, role FROM invites WHERE code_hash = ?1 AND email = ?2 AND used_at IS NULL AND expires_at > ?3",
                    params![code_hash, user.email, now],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((workspace_id, role)) = invite else { return Ok(None) };
            let role = role_of(role)?;
            conn.execute("UPDATE invites SET used_at = ?2 WHERE code_hash = ?1", params![code_hash, now])?;
            insert_user(conn, &workspace_id, &NewUser { role, ..user.clone() }, now)?;
            upsert_device(conn, &user.id, device, now)?;
            caller_of_device(conn, &device.id).map(Some)
        })
    }

    fn push(&self, workspace_id: &str, changes: &[Change]) -> Result<PushResponse, StoreError> {
        self.write(|conn| {
            let mut head: i64 = conn.query_row("SELECT head FROM workspaces WHERE id = ?1", [workspace_id], |r| r.get(0))?;
            let (mut accepted, mut duplicates) = (0, 0);
            let mut insert = conn.prepare_cached(
                "INSERT INTO changes (workspace_id, seq, hlc, device, tbl, row_id, col, value, schema, private_to)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (workspace_id, hlc, device, tbl, row_id, col) DO NOTHING",
            )?;
            let mut win = conn.prepare_cached(
                "INSERT INTO winners (workspace_id, tbl, row_id, col, hlc, device, value, schema, seq, private_to)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (workspace_id, tbl, row_id, col) DO UPDATE SET
                     hlc = excluded.hlc, device = excluded.device, value = excluded.value, schema = excluded.schema, seq = excluded.seq,
                     private_to = excluded.private_to
                 WHERE (excluded.hlc, excluded.device) > (winners.hlc, winners.device)",
            )?;
            for c in changes {
                let value = c.value.to_string();
                let inserted = insert.execute(params![
                    workspace_id,
                    head + 1,
                    c.hlc,
                    c.device,
                    c.table,
                    c.row_id,
                    c.column,
                    value,
                    c.schema,
                    c.private_to
                ])?;
                if inserted == 0 {
                    duplicates += 1;
                    continue;
                }
                head += 1;
                accepted += 1;
                win.execute(params![workspace_id, c.table, c.row_id, c.column, c.hlc, c.device, value, c.schema, head, c.private_to])?;
            }
            conn.execute("UPDATE workspaces SET head = ?2 WHERE id = ?1", params![workspace_id, head])?;
            Ok(PushResponse { accepted, duplicates, head })
        })
    }

    fn pull(&self, workspace_id: &str, viewer: &str, after: i64, limit: PageLimit) -> Result<PullResponse, StoreError> {
        self.read(|conn| {
            let head: i64 = conn.query_row("SELECT head FROM workspaces WHERE id = ?1", [workspace_id], |r| r.get(0))?;
            let mut stmt = conn.prepare_cached(
                "SELECT seq, hlc, device, tbl, row_id, col, value, schema, private_to FROM changes
                 WHERE workspace_id = ?1 AND seq > ?2 AND (private_to IS NULL OR private_to = ?4) ORDER BY seq LIMIT ?3",
            )?;
            let mut rows = stmt.query(params![workspace_id, after, limit.changes as i64, viewer])?;
            let mut counted = PageBytes::new(limit);
            let mut changes = Vec::new();
            while let Some(r) = rows.next()? {
                if !counted.take(value_bytes(r, 6)?) {
                    break;
                }
                changes.push(Numbered { seq: r.get(0)?, change: change_of(r, 1)? });
            }
            crate::store::pull_response(changes, &counted, head, after, |scanned| {
                let mut stmt =
                    conn.prepare_cached("SELECT seq, hlc || ' ' || device FROM changes WHERE workspace_id = ?1 AND seq IN (?2, ?3)")?;
                let rows = stmt.query_map(params![workspace_id, after, scanned], |r| Ok((r.get(0)?, r.get(1)?)))?;
                Ok(rows.collect::<Result<_, _>>()?)
            })
        })
    }

    fn snapshot(
        &self,
        workspace_id: &str,
        viewer: &str,
        as_of: Option<i64>,
        from: Option<&SnapshotCursor>,
        limit: PageLimit,
    ) -> Result<SnapshotPage, StoreError> {
        self.read(|conn| {
            let as_of = match as_of {
                Some(n) => n,
                None => conn.query_row("SELECT head FROM workspaces WHERE id = ?1", [workspace_id], |r| r.get(0))?,
            };
            // A winner replaced after `as_of` is left out: its replacement comes with the changes
            // after `as_of`. Fields of a purged row are left out: the purge says all there is.
            let visible = "w.workspace_id = ?1 AND w.seq <= ?2 AND (w.private_to IS NULL OR w.private_to = ?7) AND (w.col = '*' OR NOT EXISTS (
                    SELECT 1 FROM winners p WHERE p.workspace_id = w.workspace_id AND p.tbl = w.tbl AND p.row_id = w.row_id AND p.col = '*'))";
            // Counted once, for the first page: counting on every page made a bootstrap quadratic.
            let total: Option<i64> = match from {
                Some(_) => None,
                None => Some(conn.query_row(
                    &format!("SELECT count(*) FROM winners w WHERE {}", visible.replace("?7", "?3")),
                    params![workspace_id, as_of, viewer],
                    |r| r.get(0),
                )?),
            };
            let (t, r, c) = from.map(|f| (f.table.as_str(), f.row_id.as_str(), f.column.as_str())).unwrap_or(("", "", ""));
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT hlc, device, tbl, row_id, col, value, schema, private_to FROM winners w
                 WHERE {visible} AND (w.tbl, w.row_id, w.col) > (?3, ?4, ?5)
                 ORDER BY w.tbl, w.row_id, w.col LIMIT ?6"
            ))?;
            let mut rows = stmt.query(params![workspace_id, as_of, t, r, c, limit.changes as i64, viewer])?;
            let mut counted = PageBytes::new(limit);
            let mut changes = Vec::new();
            while let Some(r) = rows.next()? {
                if !counted.take(value_bytes(r, 5)?) {
                    break;
                }
                changes.push(change_of(r, 0)?);
            }
            Ok(SnapshotPage { as_of, next: crate::store::next_cursor(&changes, &counted), changes, total })
        })
    }

    fn file_status(&self, workspace_id: &str, hash: &str) -> Result<Option<FileStatus>, StoreError> {
        self.read(|conn| file_status_in(conn, workspace_id, hash))
    }

    fn append_file(
        &self,
        workspace_id: &str,
        hash: &str,
        size: u64,
        offset: u64,
        bytes: &[u8],
        now: &str,
    ) -> Result<FileStatus, StoreError> {
        self.write(|conn| {
            conn.execute(
                "INSERT INTO files (workspace_id, hash, size, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                params![workspace_id, hash, big(size), now],
            )?;
            let mut file = file_status_in(conn, workspace_id, hash)?.ok_or_else(|| StoreError::Damaged("a file row vanished".into()))?;
            if file.size != size {
                return Err(StoreError::FileSize { declared: file.size });
            }
            if file.complete {
                return Ok(file);
            }
            if file.received != offset {
                return Err(StoreError::FileOffset { has: file.received });
            }
            if !bytes.is_empty() {
                conn.execute(
                    "INSERT INTO file_chunks (workspace_id, hash, pos, bytes) VALUES (?1, ?2, ?3, ?4)",
                    params![workspace_id, hash, big(offset), bytes],
                )?;
                file.received += bytes.len() as u64;
                conn.execute(
                    "UPDATE files SET received = ?3 WHERE workspace_id = ?1 AND hash = ?2",
                    params![workspace_id, hash, big(file.received)],
                )?;
            }
            Ok(file)
        })
    }

    fn read_file(&self, workspace_id: &str, hash: &str, offset: u64, max: usize) -> Result<Vec<u8>, StoreError> {
        let end = offset + max as u64;
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT pos, bytes FROM file_chunks
                 WHERE workspace_id = ?1 AND hash = ?2 AND pos < ?4 AND pos + length(bytes) > ?3 ORDER BY pos",
            )?;
            let rows =
                stmt.query_map(params![workspace_id, hash, big(offset), big(end)], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
            let mut out = Vec::with_capacity(max.min(1 << 20));
            for row in rows {
                let (pos, bytes) = row?;
                out.extend_from_slice(overlap(pos.max(0) as u64, &bytes, offset, end));
            }
            Ok(out)
        })
    }

    fn complete_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute("UPDATE files SET complete = 1 WHERE workspace_id = ?1 AND hash = ?2", params![workspace_id, hash])?;
            Ok(())
        })
    }

    fn discard_file(&self, workspace_id: &str, hash: &str) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute("DELETE FROM file_chunks WHERE workspace_id = ?1 AND hash = ?2", params![workspace_id, hash])?;
            conn.execute("DELETE FROM files WHERE workspace_id = ?1 AND hash = ?2 AND complete = 0", params![workspace_id, hash])?;
            Ok(())
        })
    }
}

/// The part of the chunk stored at `pos` that lies in `[from, to)`.
pub(crate) fn overlap(pos: u64, bytes: &[u8], from: u64, to: u64) -> &[u8] {
    let start = from.saturating_sub(pos).min(bytes.len() as u64) as usize;
    let stop = to.saturating_sub(pos).min(bytes.len() as u64) as usize;
    &bytes[start..stop.max(start)]
}
